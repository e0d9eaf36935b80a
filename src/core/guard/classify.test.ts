import { describe, expect, it } from 'vitest';
import { classify } from './classify';

describe('classify', () => {
	it('reads flags before the verb with the real parser and fills the target', () => {
		expect(
			classify(
				'kubectl --context=prod-eu-west-1 -n payments delete pod payments-primary-7c9d8f6b5-x2x7q'
			)
		).toEqual({
			class: 'destructive',
			sensitive: false,
			chainsMutations: false,
			commands: [
				{
					argv: [
						'--context=prod-eu-west-1',
						'-n',
						'payments',
						'delete',
						'pod',
						'payments-primary-7c9d8f6b5-x2x7q'
					],
					verb: 'delete',
					class: 'destructive',
					sensitive: false,
					localConfig: false,
					reason: 'delete removes objects',
					target: {
						context: 'prod-eu-west-1',
						namespace: 'payments',
						allNamespaces: false,
						resources: ['pods'],
						names: ['payments-primary-7c9d8f6b5-x2x7q']
					}
				}
			]
		});
	});

	it('normalises types, splits TYPE/NAME, skips assignments and keeps the selector', () => {
		const [label] = classify(
			'kubectl label deploy/payments-primary statefulset/payments-ledger -n payments team=payments'
		).commands;
		expect(label.target).toEqual({
			namespace: 'payments',
			allNamespaces: false,
			resources: ['deployments.apps', 'statefulsets.apps'],
			names: ['payments-primary', 'payments-ledger']
		});
		const [get] = classify('kubectl get po,svc -A -l app=payments').commands;
		expect(get.target).toEqual({
			allNamespaces: true,
			resources: ['pods', 'services'],
			names: [],
			selector: 'app=payments'
		});
	});

	it('says why a dry run only reads and why --dry-run=none does not', () => {
		expect(classify('kubectl apply -f payments.yaml --dry-run=server').commands[0].reason).toBe(
			'--dry-run=server: apply only asks the server what would happen'
		);
		expect(classify('kubectl scale deploy/x --replicas=0 --dry-run').commands[0]).toMatchObject({
			class: 'read-only',
			reason: '--dry-run=client: scale only prints what it would send'
		});
		expect(
			classify('kubectl scale deploy/x --replicas=0 --dry-run=none').commands[0]
		).toMatchObject({
			class: 'destructive',
			reason:
				'scale changes the replica count; --dry-run=none really runs it; scales to 0 replicas: every pod stops'
		});
	});

	it('marks secret output sensitive, describe secret too (keys and sizes)', () => {
		expect(
			classify('kubectl get secret payments-db -n payments -o yaml').commands[0]
		).toMatchObject({
			class: 'read-only',
			sensitive: true,
			reason: 'get only reads; -o yaml prints the secret values'
		});
		expect(classify('kubectl describe secret payments-db -n payments').commands[0]).toMatchObject({
			class: 'read-only',
			sensitive: true,
			reason:
				"describe only reads; describe shows the secret's keys and the size of each value, not the values"
		});
	});

	it('treats plugins as unknown and says so', () => {
		expect(classify('kubectl foo bar')).toEqual({
			class: 'unknown',
			sensitive: false,
			chainsMutations: false,
			commands: [
				{
					argv: ['foo', 'bar'],
					verb: '',
					class: 'unknown',
					sensitive: false,
					localConfig: false,
					reason:
						'kubectl foo is not a kubectl command (a plugin or a typo): unknown, treated as mutating'
				}
			]
		});
	});

	it('still classifies a line kubectl would refuse over one flag, and says so', () => {
		expect(classify('kubectl delete pod payments-1 --bogus -n payments').commands[0]).toMatchObject(
			{
				verb: 'delete',
				class: 'destructive',
				reason: 'delete removes objects; kubectl would refuse it as written: unknown flag: --bogus',
				target: { namespace: 'payments', resources: ['pods'], names: ['payments-1'] }
			}
		);
	});

	it('marks local kubeconfig changes', () => {
		expect(classify('kubectl config use-context prod-eu-west-1').commands[0]).toMatchObject({
			verb: 'config use-context',
			class: 'mutating',
			localConfig: true,
			reason:
				'config use-context changes the current context in the local kubeconfig (not the cluster)'
		});
	});

	it('sees xargs and $(…) names as unknown', () => {
		const xargs = classify('kubectl get pods -o name | xargs -I{} kubectl delete {} -n payments');
		expect(xargs.commands[1]).toMatchObject({
			argv: ['delete', '{}', '-n', 'payments'],
			class: 'destructive',
			target: {
				namespace: 'payments',
				allNamespaces: false,
				resources: [],
				names: [],
				namesUnknown: true
			}
		});
		const sub = classify('kubectl delete pod $(kubectl get pods -o name | head -1)');
		expect(sub.commands.map((c) => [c.argv[0] ?? '', c.class])).toEqual([
			['get', 'read-only'],
			['head', 'read-only'],
			['delete', 'destructive']
		]);
		expect(sub.commands[2].target).toEqual({
			allNamespaces: false,
			resources: ['pods'],
			names: [],
			namesUnknown: true
		});
	});

	it('flags a chain of more than one mutation', () => {
		const chain = 'kubectl scale deploy/a --replicas=3 && kubectl rollout restart deploy/b';
		expect(classify(chain)).toMatchObject({ class: 'mutating', chainsMutations: true });
		const one = 'kubectl scale deploy/a --replicas=3 && kubectl rollout status deploy/a';
		expect(classify(one)).toMatchObject({ class: 'mutating', chainsMutations: false });
		expect(classify('rm -f /tmp/x; kubectl cordon n1')).toMatchObject({
			class: 'unknown',
			chainsMutations: true
		});
	});

	it('returns the shell error for a line that does not parse', () => {
		expect(classify("kubectl get pods -n 'payments")).toEqual({
			class: 'unknown',
			sensitive: false,
			commands: [],
			chainsMutations: false,
			error: "the line does not parse as shell: unclosed ' quote"
		});
	});

	it('classifies other tools and an empty line', () => {
		expect(classify('')).toEqual({
			class: 'read-only',
			sensitive: false,
			commands: [],
			chainsMutations: false
		});
		expect(classify('curl -X POST https://payments.internal/flush').commands[0]).toEqual({
			argv: ['curl', '-X', 'POST', 'https://payments.internal/flush'],
			verb: '',
			class: 'unknown',
			sensitive: false,
			localConfig: false,
			reason: 'curl is not a command the guard knows: unknown, treated as mutating'
		});
		expect(classify('kubectl get pods > /tmp/pods.txt').commands[0].reason).toBe(
			'get only reads; writes /tmp/pods.txt locally'
		);
	});
});
