import { describe, expect, it } from 'vitest';
import { BUILTIN_CLUSTERS } from '../cluster/builtin/index';
import { deriveVerify } from './verify';

const { world, now } = BUILTIN_CLUSTERS.payments();
const NODE = 'ip-10-0-22-204.ec2.internal';

const verify = (line: string) => deriveVerify(world, now, line);

describe('deriveVerify on the payments world', () => {
	it('workload changes → rollout status with a timeout and the ready count', () => {
		expect(verify('kubectl scale deploy/payments-secondary -n payments --replicas=6')).toEqual({
			ok: true,
			command: 'kubectl rollout status deployment/payments-secondary -n payments --timeout=2m',
			expect: 'deployment "payments-secondary" successfully rolled out; 6/6 ready'
		});
		expect(
			verify(
				'kubectl set image deploy/payments-secondary -n payments payments=example/payments:v2.5.0'
			)
		).toEqual({
			ok: true,
			command: 'kubectl rollout status deployment/payments-secondary -n payments --timeout=2m',
			expect: 'deployment "payments-secondary" successfully rolled out; 2/2 ready'
		});
		expect(verify('kubectl rollout restart ds/node-exporter -n monitoring')).toEqual({
			ok: true,
			command: 'kubectl rollout status daemonset/node-exporter -n monitoring --timeout=2m',
			expect: 'daemon set "node-exporter" successfully rolled out; 6/6 ready'
		});
	});

	it('node changes → get node with the STATUS it will show', () => {
		expect(verify(`kubectl cordon ${NODE} --context prod-us-east-1`)).toEqual({
			ok: true,
			command: `kubectl get node ${NODE} --context prod-us-east-1`,
			expect: `node ${NODE} shows STATUS Ready,SchedulingDisabled`
		});
		expect(verify(`kubectl drain ${NODE} --ignore-daemonsets --delete-emptydir-data`)).toEqual({
			ok: true,
			command: `kubectl get node ${NODE}`,
			expect: `node ${NODE} shows STATUS Ready,SchedulingDisabled; only DaemonSet pods are left on it`
		});
		expect(verify(`kubectl taint nodes ${NODE} dedicated=batch:NoSchedule`)).toEqual({
			ok: true,
			command: `kubectl get node ${NODE} -o 'jsonpath={.spec.taints}'`,
			expect: "the node's taints include dedicated=batch:NoSchedule"
		});
	});

	it('label, annotate and patch → the changed field', () => {
		expect(verify('kubectl label deploy payments-secondary -n payments oncall=sre')).toEqual({
			ok: true,
			command: 'kubectl get deployment/payments-secondary -n payments --show-labels',
			expect: 'the labels of deployment payments-secondary include oncall=sre'
		});
		expect(
			verify(`kubectl patch svc payments-api -n payments -p '{"spec":{"type":"NodePort"}}'`)
		).toEqual({
			ok: true,
			command: `kubectl get service/payments-api -n payments -o 'jsonpath={.spec.type}'`,
			expect: 'prints NodePort'
		});
	});

	it('delete, create and use-context', () => {
		expect(verify('kubectl delete deploy payments-secondary -n payments')).toEqual({
			ok: true,
			command: 'kubectl get deployment payments-secondary -n payments',
			expect: 'Error from server (NotFound): deployments.apps "payments-secondary" not found'
		});
		expect(
			verify('kubectl create configmap feature-flags -n payments --from-literal=refunds=off')
		).toEqual({
			ok: true,
			command: 'kubectl get configmap feature-flags -n payments',
			expect: 'lists configmap feature-flags'
		});
		expect(verify('kubectl config use-context prod-eu-west-1')).toEqual({
			ok: true,
			command: 'kubectl config current-context',
			expect: 'prints prod-eu-west-1'
		});
	});

	it('a no-op still checks its target; a read-only line has nothing to verify', () => {
		expect(verify('kubectl scale deploy/payments-primary -n payments --replicas=4')).toEqual({
			ok: true,
			command: 'kubectl rollout status deployment/payments-primary -n payments --timeout=2m',
			expect: 'deployment "payments-primary" successfully rolled out; 4/4 ready'
		});
		expect(verify('kubectl get pods -n payments')).toEqual({
			ok: false,
			message: 'the line only reads: there is nothing to verify'
		});
	});
});
