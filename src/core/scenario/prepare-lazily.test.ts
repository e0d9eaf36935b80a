import { describe, expect, it } from 'vitest';
import { runKubectl } from '../kubectl/run';
import { prepareLazily, prepareScenario, type Prepare, type Prepared } from './prepare';
import { appManifests, scenario } from './scenario-fixture';
import type { Scenario } from './schema';

function ok(result: Prepare): Prepared {
	if (!result.ok) throw new Error(JSON.stringify(result.problems));
	return result.prepared;
}

/** Both ways of preparing, with what each gives as plain data. */
function both(s: Scenario): [Prepared, Prepared] {
	return [ok(prepareScenario(s)), ok(prepareLazily(s))];
}

const plain = (p: Prepared) => ({ scenario: p.scenario, now: p.now, t0: p.t0, world: p.world });

const SCALED_DOWN = scenario({ builtin: 'payments', history: '20m' }, [
	{
		at: '-20m',
		note: 'Scaled down.',
		kubectl: 'kubectl scale deploy/payments-secondary -n payments --replicas=1'
	},
	{ at: '5m', note: 'Later.', kubectl: 'kubectl get pods -n payments' }
]);

const OWN_CONTEXTS = scenario({
	builtin: 'payments',
	current: 'staging-us-east-1',
	contexts: [
		{ name: 'staging-us-east-1', namespace: 'checkout', manifests: appManifests('checkout') },
		{ name: 'dev', manifests: appManifests('orders', 'orders-api', 3) }
	]
});

describe('prepareLazily', () => {
	it('gives the times and the world prepareScenario gives, starting events applied', () => {
		const [eager, lazy] = both(SCALED_DOWN);
		expect(plain(lazy)).toEqual(plain(eager));
		const line = 'get deploy payments-secondary -n payments --no-headers'.split(' ');
		expect(runKubectl(lazy.world, line, lazy.now).stdout).toBe(
			'payments-secondary   1/1   1     1     123d\n'
		);
	});

	it('builds the scenario’s own contexts the same way, once however often it is read', () => {
		const [eager, lazy] = both(OWN_CONTEXTS);
		expect(plain(lazy)).toEqual(plain(eager));
		expect(lazy.world).toBe(lazy.world);
		expect(lazy.world.contexts.map((c) => c.name)).toEqual([
			'prod-us-east-1',
			'prod-eu-west-1',
			'staging-us-east-1',
			'dev'
		]);
	});

	it('reports every problem prepareScenario finds before building a world', () => {
		const broken = scenario(
			{
				current: 'prod',
				contexts: [
					{ name: 'staging', files: ['clusters/staging.yaml'] },
					{ name: 'staging', manifests: appManifests('default') }
				]
			},
			[{ at: '1m', note: 'Elsewhere.', context: 'qa', kubectl: 'kubectl get pods' }]
		);
		const expected = {
			ok: false,
			problems: [
				{
					path: ['world', 'contexts', 0, 'files', 0],
					message: 'cannot read clusters/staging.yaml'
				},
				{ path: ['world', 'contexts', 1, 'name'], message: 'context "staging" is defined twice' },
				{ path: ['world', 'current'], message: 'no context "prod" (contexts: staging)' },
				{ path: ['timeline', 0, 'context'], message: 'no context "qa" (contexts: staging)' }
			]
		};
		expect(prepareLazily(broken)).toEqual(expected);
		expect(prepareScenario(broken)).toEqual(expected);
		expect(prepareLazily(scenario({ builtin: 'shop' }))).toEqual({
			ok: false,
			problems: [
				{ path: ['world', 'builtin'], message: 'no built-in world "shop" (built-in: payments)' }
			]
		});
	});

	it('skips a starting event that fails, as a run skips a failing timeline event', () => {
		const failing = scenario({ builtin: 'payments' }, [
			{ at: '-30m', note: 'Gone.', kubectl: 'kubectl delete deploy payments-tertiary -n payments' },
			{
				at: '-30m',
				note: 'Scaled down.',
				kubectl: 'kubectl scale deploy/payments-secondary -n payments --replicas=1'
			}
		]);
		expect(prepareScenario(failing)).toEqual({
			ok: false,
			problems: [
				{
					path: ['timeline', 0, 'kubectl'],
					message: 'Error from server (NotFound): deployments.apps "payments-tertiary" not found'
				}
			]
		});
		const lazy = ok(prepareLazily(failing));
		const withoutIt = ok(prepareScenario({ ...failing, timeline: failing.timeline.slice(1) }));
		expect(lazy.world).toEqual(withoutIt.world);
	});
});
