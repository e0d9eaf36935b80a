import { describe, expect, it } from 'vitest';
import { PAYMENTS_EPOCH } from '../cluster/builtin/payments';
import { runKubectl } from '../kubectl/run';
import { DEFAULT_START, prepareScenario, type Prepared } from './prepare';
import { appManifests, scenario } from './scenario-fixture';

function ok(result: ReturnType<typeof prepareScenario>): Prepared {
	if (!result.ok) throw new Error(JSON.stringify(result.problems));
	return result.prepared;
}

const kubectl = (p: Prepared, line: string) => runKubectl(p.world, line.split(' '), p.now).stdout;

describe('prepareScenario', () => {
	it('starts from a built-in world at its own time, t = 0 after the history', () => {
		const p = ok(prepareScenario(scenario({ builtin: 'payments', history: '45m' })));
		expect(p.now).toBe(PAYMENTS_EPOCH);
		expect(p.t0).toBe(PAYMENTS_EPOCH + 45 * 60_000);
		expect(p.world.contexts.map((c) => c.name)).toEqual(['prod-us-east-1', 'prod-eu-west-1']);
		expect(p.world.currentContext).toBe('prod-us-east-1');
	});

	it('adds its own contexts after the built-in ones, built at the same time', () => {
		const p = ok(
			prepareScenario(
				scenario({
					builtin: 'payments',
					current: 'staging-us-east-1',
					contexts: [
						{
							name: 'staging-us-east-1',
							cluster: 'staging',
							namespace: 'checkout',
							manifests: appManifests('checkout')
						}
					]
				})
			)
		);
		expect(p.world.contexts).toEqual([
			{
				name: 'prod-us-east-1',
				cluster: 'arn:aws:eks:us-east-1:123456789012:cluster/prod-us-east-1',
				user: 'arn:aws:eks:us-east-1:123456789012:cluster/prod-us-east-1'
			},
			{
				name: 'prod-eu-west-1',
				cluster: 'arn:aws:eks:eu-west-1:123456789012:cluster/prod-eu-west-1',
				user: 'arn:aws:eks:eu-west-1:123456789012:cluster/prod-eu-west-1'
			},
			{ name: 'staging-us-east-1', cluster: 'staging', user: 'staging', namespace: 'checkout' }
		]);
		expect(p.world.currentContext).toBe('staging-us-east-1');
		expect(kubectl(p, 'get deploy --no-headers')).toBe('checkout-cache   2/2   2     2     11d\n');
	});

	it('builds manifests at start minus history, with the first context current', () => {
		const p = ok(
			prepareScenario(
				scenario({
					history: '10m',
					seed: 3,
					contexts: [
						{ name: 'prod-eu-west-1', namespace: 'orders', manifests: appManifests('orders') },
						{
							name: 'prod-us-east-1',
							version: 'v1.31.7',
							server: 'https://10.0.0.1:6443',
							files: ['clusters/us.yaml'],
							basics: false
						}
					]
				}),
				(path) => (path === 'clusters/us.yaml' ? appManifests('orders', 'orders-api') : undefined)
			)
		);
		expect(p.t0).toBe(DEFAULT_START);
		expect(p.now).toBe(DEFAULT_START - 10 * 60_000);
		expect(p.world.currentContext).toBe('prod-eu-west-1');
		const clusters = Object.values(p.world.clusters).map((c) => [c.name, c.server, c.version]);
		expect(clusters).toEqual([
			[
				'prod-eu-west-1',
				'https://B071C7724831B7CE5B4A8D80E4EC6B25.gr7.eu-west-1.eks.amazonaws.com',
				'v1.32.4'
			],
			['prod-us-east-1', 'https://10.0.0.1:6443', 'v1.31.7']
		]);
		expect(kubectl(p, 'get ns --no-headers')).toBe(
			[
				'default           Active   21d',
				'kube-node-lease   Active   21d',
				'kube-public       Active   21d',
				'kube-system       Active   21d',
				'orders            Active   11d',
				''
			].join('\n')
		);
		const us = { ...p, world: { ...p.world, currentContext: 'prod-us-east-1' } };
		expect(kubectl(us, 'get ns --no-headers')).toBe('orders   Active   11d\n');
		expect(kubectl(us, 'get deploy -n orders --no-headers')).toBe(
			'orders-api   2/2   2     2     11d\n'
		);
	});

	it('takes t = 0 from world.start', () => {
		const p = ok(
			prepareScenario(
				scenario({
					start: '2026-04-01T12:00:00Z',
					contexts: [{ name: 'dev', manifests: appManifests('default') }]
				})
			)
		);
		expect([p.now, p.t0]).toEqual([
			Date.parse('2026-04-01T11:30:00Z'),
			Date.parse('2026-04-01T12:00:00Z')
		]);
	});

	it('applies the events at exactly -history while preparing', () => {
		const p = ok(
			prepareScenario(
				scenario({ builtin: 'payments', history: '20m' }, [
					{
						at: '-20m',
						note: 'Scaled down.',
						kubectl: 'kubectl scale deploy/payments-secondary -n payments --replicas=1'
					}
				])
			)
		);
		expect(kubectl(p, 'get deploy payments-secondary -n payments --no-headers')).toBe(
			'payments-secondary   1/1   1     1     123d\n'
		);
	});

	it('reports every problem with the path it concerns', () => {
		const result = prepareScenario(
			scenario(
				{
					current: 'prod',
					contexts: [
						{
							name: 'staging',
							manifests: 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\ndata: {a: 1}\n',
							files: ['clusters/staging.yaml']
						},
						{ name: 'staging', manifests: appManifests('default') }
					]
				},
				[
					{ at: '-2h', note: 'Too early.', kubectl: 'kubectl get pods' },
					{ at: '1m', note: 'Elsewhere.', context: 'qa', kubectl: 'kubectl get pods' }
				]
			)
		);
		expect(result).toEqual({
			ok: false,
			problems: [
				{
					path: ['world', 'contexts', 0, 'manifests'],
					message: 'manifests:4:11: document 1 (ConfigMap x): data.a: expected a string, got 1'
				},
				{
					path: ['world', 'contexts', 0, 'files', 0],
					message: 'cannot read clusters/staging.yaml'
				},
				{ path: ['world', 'contexts', 1, 'name'], message: 'context "staging" is defined twice' },
				{ path: ['world', 'current'], message: 'no context "prod" (contexts: staging)' },
				{
					path: ['timeline', 0, 'at'],
					message: '-2h is before the history starts (-30m): make world.history at least 2h'
				},
				{ path: ['timeline', 1, 'context'], message: 'no context "qa" (contexts: staging)' }
			]
		});
	});

	it('reports an unknown built-in, an empty world and a failing starting event', () => {
		expect(prepareScenario(scenario({ builtin: 'shop' }))).toEqual({
			ok: false,
			problems: [
				{ path: ['world', 'builtin'], message: 'no built-in world "shop" (built-in: payments)' }
			]
		});
		expect(prepareScenario(scenario({}))).toEqual({
			ok: false,
			problems: [{ path: ['world'], message: 'give a builtin world or at least one context' }]
		});
		const failing = scenario({ builtin: 'payments' }, [
			{ at: '-30m', note: 'Gone.', kubectl: 'kubectl delete deploy payments-tertiary -n payments' }
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
	});
});
