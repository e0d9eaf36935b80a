/**
 * `classify` on typical drafted lines (a pre-flight, an action, a chained line with a pipe into
 * xargs): figures for the guard's command classification. Part of `npm run bench`.
 */
import { classify } from '../src/core/guard/classify';
import { figureRow, measure } from './measure';

const LINES = [
	'kubectl get deploy payments-secondary -n payments -o wide',
	'kubectl scale deployment/payments-secondary -n payments --replicas=6',
	'kubectl get pods -n payments -l pool=secondary -o name | xargs -I{} kubectl delete {} -n payments --grace-period=30'
];

console.log('\n## guard: classify (part of the ≤ 1 ms classify + blast radius + lint budget)');
for (const line of LINES)
	console.log(
		figureRow(
			line.slice(0, 58),
			measure(() => classify(line), 5000, 200)
		)
	);
