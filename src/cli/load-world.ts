/**
 * Finds the world a CLI command runs against: a built-in cluster by name, or manifests files —
 * hand-written, or a cluster dump (`kubectl get … -o yaml|json`), whose status is kept. Several
 * files make one cluster: `--cluster nodes.yaml,pods.json`.
 */
import { basename, extname } from 'node:path';
import { BUILTIN_CLUSTERS } from '../core/cluster/builtin/index';
import { buildWorld } from '../core/cluster/build';
import type { World } from '../core/cluster/types';
import { importObjects } from '../core/cluster/import/import-objects';
import type { DumpFile } from '../core/cluster/import/parse-dump';
import type { CliIO } from './io';

export type Loaded = { ok: true; world: World; now: number } | { ok: false; message: string };

/** Looks like a path rather than a built-in name. */
function isPath(spec: string): boolean {
	return /[/\\]/.test(spec) || /\.(ya?ml|json)$/i.test(spec);
}

/** `spec`: a built-in name, or one or more files (comma-separated, or a list). */
export async function loadWorld(
	spec: string | string[],
	seed: number | undefined,
	io: CliIO
): Promise<Loaded> {
	const specs = (Array.isArray(spec) ? spec : [spec]).flatMap((s) => s.split(',')).filter(Boolean);
	if (specs.length === 1 && !isPath(specs[0])) return builtin(specs[0], seed);
	const files: DumpFile[] = [];
	for (const path of specs) {
		try {
			files.push({ name: path, text: await io.readFile(path) });
		} catch (e) {
			return {
				ok: false,
				message: `preflight: cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? e}\n`
			};
		}
	}
	const imported = importObjects(files);
	if (!imported.ok)
		return { ok: false, message: imported.errors.map((e) => `${e.message}\n`).join('') };
	const context = basename(specs[0], extname(specs[0]));
	// A dump is seen as of its newest timestamp: it was taken then or later, so AGE may read younger.
	const world = buildWorld({
		contexts: [
			{
				name: context,
				cluster: {
					name: context,
					server: 'https://127.0.0.1:6443',
					seed: seed ?? 1,
					objects: imported.objects,
					now: imported.now
				}
			}
		],
		current: context
	});
	return { ok: true, world, now: imported.now };
}

function builtin(name: string, seed: number | undefined): Loaded {
	const make = BUILTIN_CLUSTERS[name];
	if (!make) {
		const names = Object.keys(BUILTIN_CLUSTERS).join(', ');
		return {
			ok: false,
			message: `preflight: no built-in cluster "${name}" (built-in: ${names}); give a manifests file to build your own\n`
		};
	}
	return { ok: true, ...make(seed) };
}
