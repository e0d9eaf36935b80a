/**
 * `node --import tsx bench/health.ts`: figures for the scenario language and health model on the
 * built-in payments world (not pass/fail). The briefing samples a dashboard every 30s over the
 * history (60 samples for 30 minutes), so slisAt must stay well under a millisecond.
 */
import { paymentsWorld } from '../src/core/cluster/builtin/payments';
import { slisAt } from '../src/core/scenario/health';
import { evaluatePredicate, parsePredicate } from '../src/core/scenario/predicate';
import { Health } from '../src/core/scenario/schema';
import { measure } from './measure';

function p50(runs: number, fn: () => void): string {
	const t = measure(fn, runs, Math.min(50, runs));
	return `p50 ${t.p50.toFixed(3)} ms  p95 ${t.p95.toFixed(3)} ms  (${runs} runs)`;
}

const { world, now } = paymentsWorld();
const region = (context: string, weight: number | string) => ({
	context,
	namespace: 'payments',
	weight,
	pools: [
		{
			selector: 'app=payments,pool=primary',
			rpsPerPod: 120,
			errorRateWhen: [
				{ when: "cm/payments-config@payments{.data.LOG_LEVEL} == 'debug'", rate: 0.3 }
			]
		},
		{ selector: 'app=payments,pool=secondary', rpsPerPod: 120 }
	]
});
const health = Health.parse({
	services: [
		{
			id: 'payments',
			title: 'payments-api',
			demand: 900,
			routes: [region('prod-us-east-1', 3), region('prod-eu-west-1', 1)]
		}
	],
	resolved: { when: 'sli(payments).errorRate < 0.01 and pods@payments[pool=primary]{ready} >= 4' }
});

const PREDICATE =
	'prod-us-east-1:deploy/payments-secondary@payments{.status.readyReplicas} >= 2 and (missing pdb/payments-pools@payments or pods@payments[app=payments,pool in (primary,secondary)]{crashing} == 0)';
const parsed = parsePredicate(PREDICATE);
if (!parsed.ok) throw new Error(parsed.message);
const expr = parsed.expr;

console.log('# scenario language and health model (Node ' + process.version + ')\n');
const rows: [string, () => unknown][] = [
	['slisAt, payments world, 1 service × 2 regions × 2 pools', () => slisAt(health, world, now, 0)],
	[`parsePredicate (${PREDICATE.length} chars)`, () => parsePredicate(PREDICATE)],
	[
		'evaluatePredicate (object, missing, pods by selector)',
		() => evaluatePredicate(expr, { world, now, t: 0 })
	]
];
for (const [name, fn] of rows) console.log(`${name.padEnd(58)} ${p50(5000, fn)}`);
console.log(`\npredicate holds: ${evaluatePredicate(expr, { world, now, t: 0 })}`);
console.log(`SLIs: ${JSON.stringify(slisAt(health, world, now, 0))}`);
