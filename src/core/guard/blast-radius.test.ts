import { describe, expect, it } from 'vitest';
import { BUILTIN_CLUSTERS } from '../cluster/builtin/index';
import { blastRadius } from './blast-radius';

const { world, now } = BUILTIN_CLUSTERS.payments();
const CTX = 'prod-us-east-1';
const NODE = 'ip-10-0-22-204.ec2.internal';
const none = { create: 0, evict: 0, kill: 0 };
const deployment = (name: string, change: 'create' | 'update' | 'delete') => ({
	kind: 'Deployment',
	resource: 'deployments.apps',
	name,
	namespace: 'payments',
	change
});

function radius(line: string) {
	const r = blastRadius(world, now, line);
	if (!r.ok) throw new Error(r.message);
	return r.radius;
}

describe('blastRadius on the payments world', () => {
	it('scale up adds pods and names the replica delta', () => {
		expect(radius('kubectl scale deploy/payments-secondary -n payments --replicas=6')).toEqual({
			context: CTX,
			namespace: 'payments',
			objects: [deployment('payments-secondary', 'update')],
			pods: { create: 4, evict: 0, kill: 0 },
			replicas: [{ object: 'deployment/payments-secondary', from: 2, to: 6 }],
			sentence: 'adds 4 pods to payments-secondary in namespace payments on prod-us-east-1'
		});
	});

	it('scale down kills the difference', () => {
		const r = radius('kubectl -n payments scale deployment payments-primary --replicas=2');
		expect(r.pods).toEqual({ create: 0, evict: 0, kill: 2 });
		expect(r.replicas).toEqual([{ object: 'deployment/payments-primary', from: 4, to: 2 }]);
		expect(r.sentence).toBe(
			'removes 2 pods from payments-primary in namespace payments on prod-us-east-1'
		);
	});

	it('set image and rollout restart replace every pod', () => {
		for (const line of [
			'kubectl set image deploy/payments-secondary -n payments payments=registry.example.com/payments:v2.5.0',
			'kubectl rollout restart deploy/payments-secondary -n payments'
		]) {
			const r = radius(line);
			expect(r.objects).toEqual([deployment('payments-secondary', 'update')]);
			expect(r.pods).toEqual({ create: 2, evict: 0, kill: 2 });
			expect(r.replicas).toEqual([]);
			expect(r.sentence).toBe(
				'replaces the 2 pods of deployment payments-secondary in namespace payments on prod-us-east-1'
			);
		}
	});

	it('drain evicts the pods the budgets allow now and says how many they hold', () => {
		const r = radius(`kubectl drain ${NODE} --ignore-daemonsets --delete-emptydir-data`);
		expect(r.context).toBe(CTX);
		expect(r.namespace).toBeUndefined();
		expect(r.pods).toEqual({ create: 0, evict: 4, kill: 0 });
		expect(
			r.objects.map((o) => `${o.change} ${o.resource} ${o.namespace ?? ''}/${o.name}`)
		).toEqual([
			`update nodes /${NODE}`,
			'delete pods checkout/checkout-api-d65b5f844-4dhdw',
			'delete pods checkout/checkout-worker-5f49b7b9b9-5wqzs',
			'delete pods payments/payments-api-5dc6c5b4b5-bmt6n',
			'delete pods payments/payments-primary-57695ffb65-5j7l5'
		]);
		expect(r.sentence).toBe(
			`evicts 4 pods from node ${NODE} (namespaces checkout, payments) on prod-us-east-1; 1 more is held by PodDisruptionBudget payments-pools and retried`
		);
	});

	it('drain --disable-eviction deletes past the budget; --grace-period=0 kills', () => {
		const base = `kubectl drain ${NODE} --ignore-daemonsets --delete-emptydir-data`;
		const deleted = radius(`${base} --disable-eviction`);
		expect([deleted.pods, deleted.sentence]).toEqual([
			{ create: 0, evict: 0, kill: 5 },
			`deletes 5 pods from node ${NODE} (namespaces payments, checkout) on prod-us-east-1, bypassing PodDisruptionBudget payments-pools (--disable-eviction kills pods the budget would keep)`
		]);
		const killed = radius(`${base} --force --grace-period=0`);
		expect([killed.pods, killed.sentence]).toEqual([
			{ create: 0, evict: 0, kill: 4 },
			`kills 4 pods from node ${NODE} (namespaces checkout, payments) on prod-us-east-1 with no graceful shutdown (--grace-period=0); 1 more is held by PodDisruptionBudget payments-pools and retried`
		]);
	});

	it('cordon changes the node only', () => {
		expect(radius(`kubectl cordon ${NODE}`)).toEqual({
			context: CTX,
			objects: [{ kind: 'Node', resource: 'nodes', name: NODE, change: 'update' }],
			pods: none,
			replicas: [],
			sentence: `cordons node ${NODE} on prod-us-east-1: no new pods land there; its 8 pods keep running`
		});
	});

	it('a NoExecute taint evicts the pods that do not tolerate it', () => {
		const r = radius(`kubectl taint nodes ${NODE} dedicated=batch:NoExecute`);
		expect(r.pods).toEqual({ create: 0, evict: 5, kill: 0 });
		expect(r.sentence).toBe(
			`taints node ${NODE} with dedicated=batch:NoExecute on prod-us-east-1 and evicts 5 pods that do not tolerate it`
		);
	});

	it('deleting a deployment kills its pods', () => {
		expect(radius('kubectl delete deployment payments-secondary -n payments')).toEqual({
			context: CTX,
			namespace: 'payments',
			objects: [deployment('payments-secondary', 'delete')],
			pods: { create: 0, evict: 0, kill: 2 },
			replicas: [],
			sentence:
				'deletes deployment payments-secondary and its 2 pods in namespace payments on prod-us-east-1'
		});
	});

	it('deleting a pod kills one pod', () => {
		const r = radius(
			'kubectl delete pod payments-secondary-79cdfbd889-m65kz -n payments --grace-period=0 --force'
		);
		expect(r.pods).toEqual({ create: 0, evict: 0, kill: 1 });
		expect(r.sentence).toBe(
			'deletes pod payments-secondary-79cdfbd889-m65kz in namespace payments on prod-us-east-1'
		);
	});

	it('label, annotate and patch name the object and what they set', () => {
		expect(radius('kubectl label deploy payments-secondary -n payments oncall=sre').sentence).toBe(
			'labels deployment payments-secondary (oncall=sre) in namespace payments on prod-us-east-1'
		);
		const patched = radius(
			`kubectl patch deploy payments-primary -n payments -p '{"spec":{"replicas":6}}'`
		);
		expect(patched.pods).toEqual({ create: 2, evict: 0, kill: 0 });
		expect(patched.sentence).toBe(
			'adds 2 pods to payments-primary in namespace payments on prod-us-east-1'
		);
	});

	it('create names the new object', () => {
		const r = radius(
			'kubectl create configmap feature-flags -n payments --from-literal=refunds=off'
		);
		expect(r.objects).toEqual([
			{
				kind: 'ConfigMap',
				resource: 'configmaps',
				name: 'feature-flags',
				namespace: 'payments',
				change: 'create'
			}
		]);
		expect(r.sentence).toBe(
			'creates configmap feature-flags in namespace payments on prod-us-east-1'
		);
	});

	it('use-context changes only the local kubeconfig', () => {
		expect(radius('kubectl config use-context prod-eu-west-1')).toEqual({
			context: CTX,
			objects: [],
			pods: none,
			replicas: [],
			sentence:
				'switches the local kubeconfig from prod-us-east-1 to prod-eu-west-1; changes nothing in any cluster'
		});
	});

	it('a scale to the current replicas changes nothing', () => {
		const r = radius('kubectl scale deploy/payments-primary -n payments --replicas=4');
		expect(r.objects).toEqual([]);
		expect(r.sentence).toBe(
			'changes nothing: deployment payments-primary in namespace payments on prod-us-east-1 is already as requested'
		);
	});

	it('a read-only line has an empty radius', () => {
		expect(radius('kubectl get pods -n payments -o wide | grep secondary')).toEqual({
			context: CTX,
			namespace: 'payments',
			objects: [],
			pods: none,
			replicas: [],
			sentence: 'reads only; changes nothing'
		});
		expect(
			radius('kubectl scale deploy/payments-primary -n payments --replicas=9 --dry-run=server')
				.sentence
		).toBe('reads only; changes nothing');
	});

	it('chained mutations are simulated in order', () => {
		const r = radius(
			`kubectl cordon ${NODE} && kubectl scale deploy/payments-secondary -n payments --replicas=4`
		);
		expect(r.pods).toEqual({ create: 2, evict: 0, kill: 0 });
		expect(r.sentence).toBe(
			`cordons node ${NODE} on prod-us-east-1: no new pods land there; its 8 pods keep running; then adds 2 pods to payments-secondary in namespace payments on prod-us-east-1`
		);
	});

	it('a line kubectl rejects is not ok, with kubectl’s error', () => {
		expect(blastRadius(world, now, 'kubectl delete deploy payments-tertiary -n payments')).toEqual({
			ok: false,
			message: 'Error from server (NotFound): deployments.apps "payments-tertiary" not found'
		});
		expect(
			blastRadius(world, now, 'kubectl scale deploy/payments-primary --replicas=two -n payments')
		).toEqual({
			ok: false,
			message:
				'error: invalid argument "two" for "--replicas" flag: strconv.ParseInt: parsing "two": invalid syntax\nSee \'kubectl scale --help\' for usage.'
		});
		expect(blastRadius(world, now, 'kubectl get pods | xargs kubectl delete pod')).toEqual({
			ok: false,
			message:
				"kubectl delete pod takes names from another command's output: it cannot be simulated"
		});
	});
});
