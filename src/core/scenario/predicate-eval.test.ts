import { beforeAll, describe, expect, it } from 'vitest';
import { advanceWorld } from '../cluster/advance';
import type { World } from '../cluster/types';
import { runKubectl } from '../kubectl/run';
import { NOW, testWorld } from './health-world.test-util';
import {
	evaluatePredicate,
	evaluateValue,
	parsePredicate,
	parseValue,
	type EvalContext
} from './predicate';

// 30s after the build the crashing pool is in back-off (STATUS CrashLoopBackOff).
const AT = NOW + 30_000;
let world: World;

beforeAll(() => {
	world = advanceWorld(testWorld(), NOW, AT);
});

function ctx(extra: Partial<EvalContext> = {}): EvalContext {
	return { world, now: AT, t: 90_000, ...extra };
}

function value(text: string, c = ctx()) {
	const r = parseValue(text);
	if (!r.ok) throw new Error(`${r.offset}: ${r.message}`);
	return evaluateValue(r.expr, c);
}

function holds(text: string, c = ctx()) {
	const r = parsePredicate(text);
	if (!r.ok) throw new Error(`${r.offset}: ${r.message}`);
	return evaluatePredicate(r.expr, c);
}

describe('pods', () => {
	it('counts pods by kubectl STATUS: Ready, Pending, CrashLoopBackOff, restarts', () => {
		expect(runKubectl(world, ['get', 'pods', '-n', 'payments'], AT).stdout).toMatch(
			/payments-reconcile-\S+ +0\/1 +CrashLoopBackOff +5 \(28s ago\)/
		);
		const fields = ['count', 'ready', 'notReady', 'running', 'pending', 'crashing', 'restarts'];
		expect(fields.map((f) => value(`pods@payments{${f}}`))).toEqual([9, 6, 3, 6, 1, 2, 10]);
	});

	it('selects by label and by context; an unknown namespace has none, an unknown context null', () => {
		expect(value('pods@payments[pool=primary]{ready}')).toBe(4);
		expect(value('pods@payments[pool in (primary,secondary),app=payments]{count}')).toBe(6);
		expect(value('pods@payments[pool!=primary]{ready}')).toBe(2);
		expect(value('prod-eu-west-1:pods@payments{ready}')).toBe(3);
		expect(value('pods@checkout{count}')).toBe(0);
		expect(value('prod-ap-south-1:pods@payments{count}')).toBe(null);
	});

	it('does not count terminating pods as ready', () => {
		const deleted = runKubectl(
			world,
			['delete', 'pod', '-n', 'payments', '-l', 'pool=secondary', '--wait=false'],
			AT
		).world;
		const c = ctx({ world: deleted });
		expect(value('pods@payments[pool=secondary]{count}', c)).toBe(2);
		expect(value('pods@payments[pool=secondary]{ready}', c)).toBe(0);
		expect(value('pods@payments[pool=secondary]{notReady}', c)).toBe(2);
		expect(value('pods@payments[pool=secondary]{running}', c)).toBe(0);
	});
});

describe('object fields', () => {
	it('reads fields by jsonpath; no namespace means the context default', () => {
		expect(value('deploy/payments-primary{.spec.replicas}')).toBe(4);
		expect(value('deployment.apps/payments-secondary@payments{.status.readyReplicas}')).toBe(2);
		expect(value('deploy/payments-primary{.spec.template.spec.containers[0].image}')).toBe(
			'registry.example.com/payments:v2.4.0'
		);
		expect(value('deploy/payments-primary{.spec.template.spec.containers[-1].name}')).toBe('app');
		expect(
			value(`node/ip-10-0-1-23.ec2.internal{.metadata.labels['topology.kubernetes.io/zone']}`)
		).toBe('us-east-1a');
		expect(value('cm/payments-pools{.data}')).toBe(
			'{"primary.maxConnections":"200","replicas":"3"}'
		);
	});

	it('is null for a missing object, field, index or context', () => {
		expect(value('deploy/payments-tertiary{.spec.replicas}')).toBe(null);
		expect(value('deploy/payments-primary{.spec.nope}')).toBe(null);
		expect(value('deploy/payments-primary{.spec.template.spec.containers[3]}')).toBe(null);
		expect(value('deploy/payments-primary{.spec.replicas.deeper}')).toBe(null);
		// The eu context has no default namespace: `default` holds no payments deployment.
		expect(value('prod-eu-west-1:deploy/payments-primary{.spec.replicas}')).toBe(null);
		expect(value('prod-eu-west-1:deploy/payments-primary@payments{.spec.replicas}')).toBe(3);
		expect(value('nowhere:deploy/payments-primary@payments{.spec.replicas}')).toBe(null);
	});

	it('sees exists and missing', () => {
		expect(
			holds('exists deploy/payments-secondary and missing deploy/payments-tertiary@payments')
		).toBe(true);
		expect(holds('exists node/ip-10-0-18-87.ec2.internal')).toBe(true);
		expect(holds('exists prod-eu-west-1:deploy/payments-secondary@payments')).toBe(false);
		expect(holds('missing nowhere:ns/payments')).toBe(true);
	});
});

describe('comparisons', () => {
	it('compares numbers numerically, numeric strings too', () => {
		expect(holds("cm/payments-pools{.data['primary.maxConnections']} == 200")).toBe(true);
		expect(holds("cm/payments-pools{.data['primary.maxConnections']} > 30")).toBe(true);
		expect(holds("'10' > '9'")).toBe(true);
		expect(holds('cm/payments-pools{.data.replicas} == "3.0"')).toBe(true);
	});

	it('compares other strings lexically and only as equal or not across types', () => {
		expect(holds("deploy/payments-primary{.metadata.creationTimestamp} < '2026-03-12'")).toBe(true);
		expect(holds("'abc' < 'abd' and 'b' >= 'a'")).toBe(true);
		expect(holds("true == 'true' and 'x' != 1")).toBe(true);
		expect(holds("'x' < 1 or true > false")).toBe(false);
	});

	it('makes every comparison with null false except == null and != null', () => {
		const missing = 'deploy/payments-primary{.spec.nope}';
		expect(['==', '!=', '<', '<=', '>', '>='].map((op) => holds(`${missing} ${op} null`))).toEqual([
			true,
			false,
			false,
			false,
			false,
			false
		]);
		expect(['==', '!=', '<', '>='].map((op) => holds(`${missing} ${op} 0`))).toEqual([
			false,
			true,
			false,
			false
		]);
		expect(holds('deploy/payments-primary{.spec.replicas} != null')).toBe(true);
	});

	it('reads t in seconds since t=0 and durations as seconds', () => {
		expect(value('t')).toBe(90);
		expect(holds('t >= 90 and t == 1m30s and t < 2m')).toBe(true);
		expect(holds('t > 1m30s', ctx({ t: -60_000 }))).toBe(false);
	});

	it('reads SLIs when a health model is around, else null', () => {
		const sli = (id: string) =>
			id === 'payments'
				? { errorRate: 0.12, latencyMs: 240, saturation: 0.8, ready: 6 }
				: undefined;
		expect(holds('sli(payments).errorRate > 0.05 and sli(payments).ready == 6', ctx({ sli }))).toBe(
			true
		);
		expect(value('sli(checkout).latencyMs', ctx({ sli }))).toBe(null);
		expect(value('sli(payments).latencyMs')).toBe(null);
	});

	it('short-circuits and / or and negates with not', () => {
		expect(holds('not (t < 10 or missing deploy/payments-primary)')).toBe(true);
		expect(holds('t < 10 and t > 1 or t == 90')).toBe(true);
		expect(holds('not t == 90')).toBe(false);
	});
});
