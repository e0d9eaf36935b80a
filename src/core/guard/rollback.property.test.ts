/**
 * Applying an action and then its derived rollback restores the object: for scale, set image,
 * cordon/uncordon, label, annotate and patch, over the payments world and generated clusters.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { KubeObject, World } from '../cluster/types';
import { runKubectl } from '../kubectl/run';
import { classify } from './classify';
import { diffWorlds } from './diff-worlds';
import { reversibleLine, settingFor, settingKeys } from './property-worlds.test-util';
import { deriveRollback } from './rollback';

/** What a rollback must restore: everything but status and the write bookkeeping. */
function relevant(obj: KubeObject | undefined): unknown {
	if (!obj) return undefined;
	return {
		labels: obj.metadata.labels ?? {},
		annotations: obj.metadata.annotations ?? {},
		spec: obj.spec
	};
}

function run(world: World, line: string, now: number): World {
	let w = world;
	for (const c of classify(line).commands) {
		const r = runKubectl(w, c.argv, now);
		expect(r.exitCode, `${c.argv.join(' ')}: ${r.stderr}`).toBe(0);
		w = r.world;
	}
	return w;
}

describe('action then derived rollback', () => {
	it('restores every object the action changed', () => {
		const cases = settingKeys.chain((k) => fc.tuple(fc.constant(k), reversibleLine(settingFor(k))));
		fc.assert(
			fc.property(cases, ([key, line]) => {
				const s = settingFor(key);
				const rb = deriveRollback(s.world, s.now, line);
				expect(rb.ok).toBe(true);
				if (!rb.ok) return;
				const acted = run(s.world, line, s.now);
				const changed = diffWorlds(s.world, acted);
				if (changed.length === 0) {
					expect(rb.rollback.command).toBe('');
					return;
				}
				expect(rb.rollback.command).not.toBe('');
				const restored = run(acted, rb.rollback.command, s.now);
				for (const c of changed) {
					const key = c.resource;
					const cluster = (w: World) =>
						w.clusters[c.cluster].objects
							.get(key)
							?.get(c.namespace ?? '')
							?.get(c.name);
					expect(relevant(cluster(restored)), `${line} ⟲ ${rb.rollback.command}`).toEqual(
						relevant(cluster(s.world))
					);
				}
			}),
			{ numRuns: 150, seed: 4 }
		);
	});
});
