import { describe, expect, it } from 'vitest';
import { BUILTIN_CLUSTERS } from '../cluster/builtin/index';
import { deriveRollback } from './rollback';

const { world, now } = BUILTIN_CLUSTERS.payments();
const NODE = 'ip-10-0-22-204.ec2.internal';
const IMAGE = '123456789012.dkr.ecr.us-east-1.amazonaws.com/payments:v2.4.0';

function rollback(line: string) {
	const r = deriveRollback(world, now, line);
	if (!r.ok) throw new Error(r.message);
	return r.rollback;
}

describe('deriveRollback on the payments world', () => {
	it('scale → the previous replicas, with -n as the action gave it', () => {
		expect(rollback('kubectl scale deploy/payments-secondary -n payments --replicas=6')).toEqual({
			command: 'kubectl scale deployment/payments-secondary -n payments --replicas=2'
		});
		expect(
			rollback(
				'kubectl --context prod-us-east-1 -n payments scale deploy payments-primary --replicas=1'
			)
		).toEqual({
			command:
				'kubectl scale deployment/payments-primary -n payments --context prod-us-east-1 --replicas=4'
		});
	});

	it('set image → the previous image per container', () => {
		expect(
			rollback(
				'kubectl set image deploy/payments-secondary -n payments payments=example/payments:v2.5.0'
			)
		).toEqual({
			command: `kubectl set image deployment/payments-secondary -n payments payments=${IMAGE}`
		});
	});

	it('rollout restart → undo to the current revision', () => {
		expect(rollback('kubectl rollout restart deploy/payments-secondary -n payments')).toEqual({
			command: 'kubectl rollout undo deployment/payments-secondary -n payments --to-revision=1'
		});
	});

	it('cordon ↔ uncordon; drain → uncordon with what it cannot undo', () => {
		expect(rollback(`kubectl cordon ${NODE}`)).toEqual({ command: `kubectl uncordon ${NODE}` });
		expect(rollback(`kubectl drain ${NODE} --ignore-daemonsets --delete-emptydir-data`)).toEqual({
			command: `kubectl uncordon ${NODE}`,
			note: 'evicted pods are not moved back; they reschedule where the scheduler puts them'
		});
		expect(rollback(`kubectl cordon ${NODE} && kubectl uncordon ${NODE}`)).toEqual({
			command: `kubectl cordon ${NODE} && kubectl uncordon ${NODE}`
		});
	});

	it('taint → the inverse taint', () => {
		expect(rollback(`kubectl taint nodes ${NODE} dedicated=batch:NoSchedule`)).toEqual({
			command: `kubectl taint nodes ${NODE} dedicated:NoSchedule-`
		});
	});

	it('label and annotate → the previous values, removing added keys', () => {
		expect(
			rollback(
				'kubectl label deploy payments-secondary -n payments team=sre oncall=sre --overwrite'
			)
		).toEqual({
			command:
				'kubectl label deployment/payments-secondary -n payments team=payments oncall- --overwrite'
		});
		expect(
			rollback(
				`kubectl annotate deploy payments-secondary -n payments 'incident=INC-4521 failover'`
			)
		).toEqual({
			command: 'kubectl annotate deployment/payments-secondary -n payments incident-'
		});
	});

	it('patch → a merge patch restoring exactly the touched paths', () => {
		expect(
			rollback(
				`kubectl patch deploy payments-primary -n payments -p '{"spec":{"replicas":6,"template":{"metadata":{"annotations":{"restarted":"now"}}}}}'`
			)
		).toEqual({
			command: `kubectl patch deployment/payments-primary -n payments --type merge -p '{"spec":{"replicas":4,"template":{"metadata":{"annotations":{"restarted":null}}}}}'`
		});
	});

	it('delete is not reversible by a command: the note says how to keep the manifest', () => {
		expect(rollback('kubectl delete deploy payments-secondary -n payments')).toEqual({
			command: '',
			note: 'not reversible by a command: deployment payments-secondary is deleted; recreate it from the manifest saved with `kubectl get deployment payments-secondary -n payments -o yaml` before deleting'
		});
	});

	it('create → delete; use-context → the previous context', () => {
		expect(
			rollback('kubectl create configmap feature-flags -n payments --from-literal=refunds=off')
		).toEqual({
			command: 'kubectl delete configmap feature-flags -n payments'
		});
		expect(rollback('kubectl config use-context prod-eu-west-1')).toEqual({
			command: 'kubectl config use-context prod-us-east-1'
		});
	});

	it('nothing to undo for a read-only line or a no-op; not ok for a rejected line', () => {
		expect(rollback('kubectl get deploy -n payments')).toEqual({
			command: '',
			note: 'nothing to undo: the line only reads'
		});
		expect(rollback('kubectl scale deploy/payments-primary -n payments --replicas=4')).toEqual({
			command: '',
			note: 'nothing to undo: in this state the command changes nothing'
		});
		expect(deriveRollback(world, now, 'kubectl cordon ip-10-9-9-9.ec2.internal')).toEqual({
			ok: false,
			message: 'Error from server (NotFound): nodes "ip-10-9-9-9.ec2.internal" not found'
		});
	});
});
