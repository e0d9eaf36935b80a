import { describe, expect, it } from 'vitest';
import { preparedScenario } from '../../../test/support/library';
import { runKubectl } from '../kubectl/run';
import { replay } from '../rehearsal/replay';
import { advanceWorld } from './advance';
import { BUILTIN_CLUSTERS } from './builtin/index';
import type { World } from './types';
import { decodeWorld, encodeWorld } from './world-codec';

/** Everything kubectl shows of a world: every resource in every context as YAML, and the config. */
function everything(world: World, now: number): string {
	const out: string[] = [runKubectl(world, ['config', 'view'], now).stdout];
	for (const context of world.contexts) {
		const cluster = world.clusters[context.cluster];
		for (const key of [...cluster.objects.keys()].sort()) {
			const r = runKubectl(world, ['get', key, '-A', '-o', 'yaml', '--context', context.name], now);
			expect(r.stderr).toBe('');
			out.push(`# ${context.name} ${key}\n${r.stdout}`);
		}
	}
	return out.join('\n');
}

/** Through JSON text and back, as IndexedDB and an export keep it. */
function roundTrip(world: World): World {
	const decoded = decodeWorld(JSON.parse(JSON.stringify(encodeWorld(world))));
	if (!decoded.ok) throw new Error(decoded.message);
	return decoded.world;
}

function pendingAfterRehearsal() {
	return replay(preparedScenario('payments-pool-drain'), 'free-play', [
		{ act: 'run', command: 'kubectl scale deploy/payments-secondary -n payments --replicas=6' },
		{ act: 'wait', seconds: 20 },
		{ act: 'run', command: 'kubectl rollout restart deploy/payments-primary -n payments' },
		{ act: 'run', command: 'kubectl config set-context --current --namespace=payments' },
		{ act: 'wait', seconds: 5 }
	]);
}

describe('encodeWorld / decodeWorld', () => {
	it('round-trips the payments world: kubectl shows the same of every object', () => {
		const { world, now } = BUILTIN_CLUSTERS.payments();
		const decoded = roundTrip(world);
		expect(everything(decoded, now)).toBe(everything(world, now));
		expect(JSON.stringify(encodeWorld(decoded))).toBe(JSON.stringify(encodeWorld(world)));
	});

	it('round-trips a scenario world mid-rehearsal, and the copy moves on exactly as the original', () => {
		const { world, now } = pendingAfterRehearsal();
		const decoded = roundTrip(world);
		expect(decoded.contexts.find((c) => c.name === 'prod-us-east-1')?.namespace).toBe('payments');
		expect(everything(decoded, now)).toBe(everything(world, now));
		// Counters and the random source come back too: the next change and reconcile agree.
		const scale = ['scale', 'deploy/payments-primary', '-n', 'payments', '--replicas=2'];
		const later = (w: World) => advanceWorld(runKubectl(w, scale, now).world, now, now + 45_000);
		expect(everything(later(decoded), now + 45_000)).toBe(everything(later(world), now + 45_000));
	});

	it('keeps the encoding tag and plain arrays, so JSON text holds all of it', () => {
		const { world } = BUILTIN_CLUSTERS.payments();
		const encoded = encodeWorld(world);
		expect(encoded.encoding).toBe('preflight-world/1');
		expect(JSON.parse(JSON.stringify(encoded))).toEqual(encoded);
		const pods = encoded.clusters[world.contexts[0].cluster].objects.find(([k]) => k === 'pods');
		// Entry arrays in the index's own order (namespaces as the builder added them).
		expect(pods?.[1].map(([ns]) => ns).sort()).toEqual([
			'checkout',
			'ingress-nginx',
			'kube-system',
			'monitoring',
			'payments'
		]);
	});

	it('refuses what is not a saved world, saying where it went wrong', () => {
		expect(decodeWorld(null)).toEqual({
			ok: false,
			message: 'not a saved world: expected an object'
		});
		expect(decodeWorld({ contexts: [] })).toEqual({
			ok: false,
			message: 'not a saved world: encoding is missing, expected "preflight-world/1"'
		});
		expect(decodeWorld({ encoding: 'preflight-world/9' })).toEqual({
			ok: false,
			message: 'not a saved world: encoding is "preflight-world/9", expected "preflight-world/1"'
		});
		const encoded = encodeWorld(BUILTIN_CLUSTERS.payments().world);
		const cluster = Object.keys(encoded.clusters)[0];
		const broken = JSON.parse(JSON.stringify(encoded));
		delete broken.clusters[cluster].objects[0][1][0][1][0][1].kind;
		expect(decodeWorld(broken)).toEqual({
			ok: false,
			message: `not a saved world: clusters.${cluster}.objects.0.1.0.1.0.1.kind: Invalid input: expected string, received undefined`
		});
		expect(decodeWorld({ ...encoded, currentContext: 7 })).toEqual({
			ok: false,
			message: 'not a saved world: currentContext: Invalid input: expected string, received number'
		});
	});
});
