/**
 * The blast radius names exactly the objects the action changed: compared with a naive diff of
 * the worlds before and after running the line (every object serialised, status and write
 * bookkeeping left out), over the payments world and generated clusters.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { KubeObject, World } from '../cluster/types';
import { runKubectl } from '../kubectl/run';
import { blastRadius } from './blast-radius';
import { classify } from './classify';
import { anyLine, settingFor, settingKeys } from './property-worlds.test-util';

function all(world: World): Map<string, KubeObject> {
	const out = new Map<string, KubeObject>();
	for (const [cluster, { objects }] of Object.entries(world.clusters))
		for (const [key, byNs] of objects)
			for (const [ns, names] of byNs)
				for (const [name, obj] of names) out.set(`${cluster} ${key} ${ns}/${name}`, obj);
	return out;
}

function comparable(obj: KubeObject): string {
	const copy: Record<string, unknown> = structuredClone(obj);
	const meta = { ...obj.metadata } as Record<string, unknown>;
	delete copy.status;
	delete meta.resourceVersion;
	delete meta.generation;
	copy.metadata = meta;
	return JSON.stringify(copy, (_, v) =>
		v && typeof v === 'object' && !Array.isArray(v)
			? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
			: v
	);
}

function naiveDiff(before: World, after: World): string[] {
	const a = all(before);
	const b = all(after);
	const out: string[] = [];
	for (const [id, obj] of b) {
		const old = a.get(id);
		const short = id.slice(id.indexOf(' ') + 1);
		if (!old) out.push(`create ${short}`);
		else if (comparable(old) !== comparable(obj))
			out.push(
				`${obj.metadata.deletionTimestamp && !old.metadata.deletionTimestamp ? 'delete' : 'update'} ${short}`
			);
	}
	for (const id of a.keys()) if (!b.has(id)) out.push(`delete ${id.slice(id.indexOf(' ') + 1)}`);
	return out.sort();
}

describe('blast radius objects', () => {
	it('are exactly the objects the action changed', () => {
		const cases = settingKeys.chain((k) => fc.tuple(fc.constant(k), anyLine(settingFor(k))));
		fc.assert(
			fc.property(cases, ([key, line]) => {
				const s = settingFor(key);
				const r = blastRadius(s.world, s.now, line);
				let after = s.world;
				let failed = false;
				for (const c of classify(line).commands) {
					const out = runKubectl(after, c.argv, s.now);
					failed ||= out.exitCode !== 0;
					after = out.world;
				}
				expect(r.ok, line).toBe(!failed);
				if (!r.ok) return;
				const named = r.radius.objects
					.map((o) => `${o.change} ${o.resource} ${o.namespace ?? ''}/${o.name}`)
					.sort();
				expect(named, line).toEqual(naiveDiff(s.world, after));
			}),
			{ numRuns: 150, seed: 11 }
		);
	});
});
