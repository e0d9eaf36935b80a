/**
 * `blastRadius` and `deriveRollback` on the built-in payments world: each simulates the action
 * through kubectl and diffs the worlds. Part of `npm run bench`.
 */
import { BUILTIN_CLUSTERS } from '../src/core/cluster/builtin/index';
import { blastRadius } from '../src/core/guard/blast-radius';
import { deriveRollback } from '../src/core/guard/rollback';
import { figureRow, measure } from './measure';

const { world, now } = BUILTIN_CLUSTERS.payments();

const LINES = [
	'kubectl scale deployment/payments-secondary -n payments --replicas=6',
	'kubectl set image deployment/payments-secondary -n payments payments=registry.example.com/payments:v2.5.0',
	'kubectl drain ip-10-0-22-204.ec2.internal --ignore-daemonsets --delete-emptydir-data'
];

console.log('\n## guard: blast radius + rollback on payments (part of the ≤ 1 ms budget)');
for (const line of LINES) {
	const timing = measure(
		() => {
			if (!blastRadius(world, now, line).ok || !deriveRollback(world, now, line).ok)
				throw new Error(line);
		},
		2000,
		100
	);
	console.log(figureRow(line.slice(0, 58), timing));
}
