/**
 * The draft linter's budget: classify + blast radius + lint of one guarded step on the built-in
 * payments cluster (target p50 ≤ 1 ms). Part of `npm run bench`.
 */
import { paymentsWorld } from '../src/core/cluster/builtin/payments';
import { blastRadius } from '../src/core/guard/blast-radius';
import { classify } from '../src/core/guard/classify';
import { lintDraft } from '../src/core/guard/lint-draft';
import { figureRow, measure } from './measure';

const ACTION = 'kubectl scale deploy/payments-secondary -n payments --replicas=6';

const DRAFT = {
	step: 2,
	title: 'Scale the healthy pool up',
	preflight: {
		command: 'kubectl get deploy/payments-secondary -n payments -o wide',
		expect: 'payments-secondary exists in namespace payments with READY 2/2',
		stopIf: {
			text: 'payments-secondary is not found',
			when: 'missing deployment/payments-secondary@payments'
		}
	},
	action: {
		command: ACTION,
		blastRadius: 'adds 4 pods to payments-secondary in namespace payments on prod-us-east-1'
	},
	verify: {
		command: 'kubectl rollout status deploy/payments-secondary -n payments --timeout=2m',
		expect: 'deployment "payments-secondary" successfully rolled out; 6/6 ready'
	},
	rollback: { command: 'kubectl scale deploy/payments-secondary -n payments --replicas=2' },
	staleFlags: [],
	confirm: 'Confirm the pre-flight passed and tell me to proceed.'
};

const { world, now } = paymentsWorld();

function run(): number {
	classify(ACTION);
	blastRadius(world, now, ACTION);
	// A fresh object each time: the linter memoises per draft.
	return lintDraft({ ...DRAFT }, { world, now }).findings.length;
}

const found = run();
if (found !== 0) throw new Error(`the benchmark draft should be clean, got ${found} findings`);
const timing = measure(run, 2000, 200);
console.log('\n## guard: classify + blast radius + lint of one draft (payments)');
console.log(
	`${figureRow('scale deploy/payments-secondary --replicas=6, clean draft', timing)}  (${timing.runs} runs)  target ≤ 1 ms p50`
);
