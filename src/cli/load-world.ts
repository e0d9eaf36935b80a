/** Finds the world a CLI command runs against: a built-in cluster by name, or a manifests file. */
import { basename, extname } from 'node:path';
import { BUILTIN_CLUSTERS } from '../core/cluster/builtin/index';
import { parseManifests } from '../core/cluster/manifests';
import { buildWorld } from '../core/cluster/build';
import { latestTimestamp } from '../core/cluster/timestamps';
import type { World } from '../core/cluster/types';
import type { CliIO } from './io';

export type Loaded = { ok: true; world: World; now: number } | { ok: false; message: string };

/** Looks like a path rather than a built-in name. */
function isPath(spec: string): boolean {
	return /[/\\]/.test(spec) || /\.(ya?ml|json)$/i.test(spec);
}

export async function loadWorld(
	spec: string,
	seed: number | undefined,
	io: CliIO
): Promise<Loaded> {
	if (!isPath(spec)) {
		const make = BUILTIN_CLUSTERS[spec];
		if (!make) {
			const names = Object.keys(BUILTIN_CLUSTERS).join(', ');
			return {
				ok: false,
				message: `preflight: no built-in cluster "${spec}" (built-in: ${names}); give a manifests file to build your own\n`
			};
		}
		return { ok: true, ...make(seed) };
	}
	let text: string;
	try {
		text = await io.readFile(spec);
	} catch (e) {
		return {
			ok: false,
			message: `preflight: cannot read ${spec}: ${(e as NodeJS.ErrnoException).code ?? e}\n`
		};
	}
	const parsed = parseManifests(text, spec);
	if (!parsed.ok)
		return { ok: false, message: parsed.errors.map((e) => `${e.message}\n`).join('') };
	const context = basename(spec, extname(spec));
	// An imported dump is seen as of its newest timestamp, so AGE reads as it did when exported.
	const now = latestTimestamp(parsed.objects) ?? DEFAULT_EPOCH;
	const world = buildWorld({
		contexts: [
			{
				name: context,
				cluster: {
					name: context,
					server: 'https://127.0.0.1:6443',
					seed: seed ?? 1,
					objects: parsed.objects,
					now
				}
			}
		],
		current: context
	});
	return { ok: true, world, now };
}

const DEFAULT_EPOCH = Date.parse('2026-03-14T09:41:00Z');
