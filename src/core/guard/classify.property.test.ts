/**
 * Generated command lines: no mutating or destructive kubectl command is ever classed read-only,
 * whatever the flag order, the name kubectl goes by, the wrapper or the chain around it; read-only
 * verbs with any read-only flags stay read-only; a read-only and a mutating command chained are
 * mutating.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify } from './classify';

/** One kubectl command: the verb words, its positional args, and its flags (each a word list). */
interface Cmd {
	verb: string[];
	args: string[];
	flags: string[][];
}

const quote = (w: string) => (/^[\w@%+=:,./{}-]+$/.test(w) ? w : `'${w.replace(/'/g, `'\\''`)}'`);

const name = fc.constantFrom('payments-primary', 'payments-secondary', 'checkout-api');
const node = fc.constantFrom('ip-10-0-1-23.ec2.internal', 'ip-10-0-18-87.ec2.internal');
const replicas = fc.integer({ min: 1, max: 20 });
const deploy = fc.constantFrom('deploy', 'deployment', 'deployments.apps', 'deployment.v1.apps');

const globals: fc.Arbitrary<string[][]> = fc.subarray([
	['-n', 'payments'],
	['--context=prod-us-east-1'],
	['--context', 'prod-eu-west-1'],
	['-v=6'],
	['--request-timeout=30s'],
	['--namespace=payments']
]);

const c = (verb: string, args: string[], ...flags: string[][]): Cmd => ({
	verb: verb.split(' '),
	args,
	flags
});

const mutating: fc.Arbitrary<Cmd> = fc.oneof(
	fc
		.tuple(deploy, name, replicas)
		.map(([d, n, r]) => c('scale', [`${d}/${n}`], [`--replicas=${r}`])),
	fc
		.tuple(deploy, name, replicas)
		.map(([d, n, r]) => c('scale', [d, n], ['--replicas', String(r)])),
	fc
		.tuple(name, replicas)
		.map(([n, r]) => c('patch', ['deployment', n], ['-p', `{"spec":{"replicas":${r}}}`])),
	name.map((n) => c('set image', [`deploy/${n}`, 'app=registry.example.com/payments:1.42.1'])),
	name.map((n) => c('set env', [`deploy/${n}`, 'LOG_LEVEL=info'])),
	name.map((n) => c('label', ['deploy', n, 'incident=inc-2291'], ['--overwrite'])),
	name.map((n) => c('annotate', [`deploy/${n}`, 'note=paged'])),
	node.map((n) => c('cordon', [n])),
	node.map((n) => c('uncordon', [n])),
	node.map((n) => c('taint', ['nodes', n, 'dedicated=payments:NoSchedule'])),
	fc
		.tuple(fc.constantFrom('undo', 'restart', 'pause', 'resume'), name)
		.map(([v, n]) => c(`rollout ${v}`, [`deployment/${n}`])),
	name.map((n) => c('create deployment', [n], ['--image=nginx:1.27'])),
	name.map((n) => c('create configmap', [n], ['--from-literal=A=1'])),
	fc.constant(c('create namespace', ['payments-canary'])),
	fc.constant(c('apply', [], ['-f', 'payments.yaml'])),
	fc.constant(c('apply', [], ['-f', 'payments.yaml'], ['--dry-run=none'])),
	fc.constant(c('replace', [], ['-f', 'payments.yaml'])),
	name.map((n) => c('edit', ['deploy', n])),
	name.map((n) => c('autoscale', [`deploy/${n}`], ['--min=2'], ['--max=8'])),
	name.map((n) => c('expose', ['deploy', n], ['--port=8080'])),
	fc.constant(c('run', ['netshoot'], ['--image=nicolaka/netshoot'], ['--restart=Never'])),
	fc.constant(c('certificate approve', ['csr-8m2kd'])),
	fc.constant(c('auth reconcile', [], ['-f', 'rbac.yaml'])),
	name.map((n) => c('exec', [`deploy/${n}`, '--', 'sh', '-c', 'kill 1'], ['-i'])),
	name.map((n) => c('cp', ['./fix.jar', `payments/${n}-0:/app/fix.jar`])),
	name.map((n) => c('port-forward', [`svc/${n}`, '8080:8080'])),
	name.map((n) => c('debug', [`${n}-0`], ['--image=busybox:1.36'], ['-it']))
);

const destructive: fc.Arbitrary<Cmd> = fc.oneof(
	fc.tuple(deploy, name).map(([d, n]) => c('delete', [d, n])),
	name.map((n) => c('delete', [`pod/${n}-0`], ['--grace-period=0'], ['--force'])),
	fc.constant(c('delete', ['pods'], ['-l', 'app=payments'])),
	fc.constant(c('delete', ['pods'], ['--all'], ['--cascade=orphan'])),
	node.map((n) => c('drain', [n], ['--ignore-daemonsets'], ['--delete-emptydir-data'])),
	fc.tuple(deploy, name).map(([d, n]) => c('scale', [`${d}/${n}`], ['--replicas=0'])),
	fc.tuple(deploy, name).map(([d, n]) => c('scale', [d, n], ['--replicas', '0'])),
	fc.constant(c('replace', [], ['--force'], ['-f', 'payments.yaml'])),
	fc.constant(c('apply', [], ['-f', 'manifests/'], ['--prune'], ['-l', 'app=payments'])),
	node.map((n) => c('taint', ['nodes', n, 'dedicated=payments:NoExecute']))
);

const readOnly: fc.Arbitrary<Cmd> = fc.oneof(
	fc
		.tuple(
			fc.constantFrom('pods', 'po', 'deploy', 'svc,ep', 'nodes', 'events', 'secrets', 'all'),
			fc.subarray([
				['-o', 'wide'],
				['-o', 'yaml'],
				['-ojson'],
				['-o', 'name'],
				['-l', 'app=payments'],
				['-A'],
				['-w'],
				['--show-labels'],
				['--sort-by=.metadata.name'],
				['--no-headers'],
				['-L', 'app'],
				['--field-selector', 'status.phase=Running']
			])
		)
		.map(([t, flags]) => c('get', [t], ...flags)),
	fc
		.tuple(
			name,
			fc.subarray([
				['--tail=50'],
				['--since=10m'],
				['-c', 'app'],
				['-f'],
				['--previous'],
				['--timestamps']
			])
		)
		.map(([n, flags]) => c('logs', [`deploy/${n}`], ...flags)),
	name.map((n) => c('describe', ['deploy', n])),
	fc.constant(c('top pod', [], ['--sort-by=cpu'])),
	name.map((n) => c('rollout status', [`deploy/${n}`], ['--timeout=120s'])),
	name.map((n) => c('rollout history', [`deploy/${n}`])),
	fc.constant(c('auth can-i', ['delete', 'pods'])),
	fc.constant(c('events', [], ['--for', 'deployment/payments-primary'])),
	name.map((n) => c('wait', [`deploy/${n}`], ['--for=condition=Available'], ['--timeout=5m'])),
	fc.constant(c('explain', ['deployment.spec.replicas'])),
	fc.constant(c('api-resources', [])),
	fc.constant(c('config view', [], ['--minify'])),
	name.map((n) => c('apply', [], ['-f', `${n}.yaml`], ['--dry-run=server'])),
	name.map((n) => c('delete', ['deploy', n], ['--dry-run=client']))
);

/** Global flags before or after the verb; verb flags slotted anywhere among the args (in order). */
function argv(cmd: Cmd, global: string[][], before: boolean, order: number[]): string[] {
	// `--` ends flags: a command's trailing `-- sh -c …` stays last, flags go before it.
	const dash = cmd.args.indexOf('--');
	const args = dash >= 0 ? cmd.args.slice(0, dash) : cmd.args;
	const body: string[][] = args.map((a) => [a]);
	cmd.flags.forEach((flag, i) =>
		body.splice((order[i % order.length] ?? 0) % (body.length + 1), 0, flag)
	);
	if (dash >= 0) body.push(cmd.args.slice(dash));
	const g = global.flat();
	return before ? [...g, ...cmd.verb, ...body.flat()] : [...cmd.verb, ...body.flat(), ...g];
}

const kubectlName = fc.constantFrom('kubectl', 'k', '/usr/local/bin/kubectl');

function line(cmd: fc.Arbitrary<Cmd>): fc.Arbitrary<string> {
	return fc
		.tuple(
			cmd,
			globals,
			fc.boolean(),
			fc.array(fc.nat(9), { minLength: 1, maxLength: 6 }),
			kubectlName
		)
		.map(([c, g, before, order, k]) => [k, ...argv(c, g, before, order)].map(quote).join(' '));
}

type Wrap = (inner: string) => string;
const wrappers: fc.Arbitrary<Wrap> = fc.constantFrom<Wrap>(
	(l) => l,
	(l) => `sudo ${l}`,
	(l) => `watch -n 5 ${l}`,
	(l) => `bash -c ${quote(l)}`,
	(l) => `sh -ec ${quote(l)}`,
	(l) => `timeout 60s ${l}`,
	(l) => `KUBECONFIG=/home/oncall/.kube/config ${l}`
);

const readOnlyLine = line(readOnly);
const ops = fc.constantFrom(' && ', ' ; ', ' || ', '\n');

describe('classify properties', () => {
	it('never classes a mutating or destructive command read-only', () => {
		fc.assert(
			fc.property(
				line(fc.oneof(mutating, destructive)),
				wrappers,
				readOnlyLine,
				ops,
				fc.boolean(),
				(l, wrap, ro, op, first) => {
					const wrapped = wrap(l);
					const chained = first ? `${ro}${op}${wrapped}` : `${wrapped}${op}${ro}`;
					expect(classify(wrapped).class).not.toBe('read-only');
					expect(classify(chained).class).not.toBe('read-only');
				}
			),
			{ numRuns: 400 }
		);
	});

	it('sees mutations through xargs and $(…) with the names left out', () => {
		fc.assert(
			fc.property(
				fc.oneof(mutating, destructive),
				globals,
				kubectlName,
				fc.nat(2),
				(cmd, g, k, form) => {
					const flags = [...g, ...cmd.flags].flat().map(quote).join(' ');
					const verb = cmd.verb.join(' ');
					const source = 'kubectl get pods -n payments -o name';
					const text = [
						`${source} | xargs ${k} ${verb} ${flags}`,
						`${source} | xargs -I{} ${k} ${verb} {} ${flags}`,
						`${k} ${verb} $(${source}) ${flags}`
					][form];
					expect(classify(text).class).not.toBe('read-only');
				}
			),
			{ numRuns: 300 }
		);
	});

	it('keeps read-only verbs with read-only flags read-only, piped into text tools too', () => {
		const tail = fc.constantFrom(
			'',
			' | grep -v Running',
			' | head -20',
			' | sort | uniq -c',
			' | wc -l'
		);
		fc.assert(
			fc.property(readOnlyLine, tail, wrappers, (l, t, wrap) => {
				const result = classify(wrap(l + t));
				expect(result.class).toBe('read-only');
				expect(result.chainsMutations).toBe(false);
			}),
			{ numRuns: 400 }
		);
	});

	it('classes a read-only command chained with a mutating one as mutating', () => {
		fc.assert(
			fc.property(readOnlyLine, line(mutating), ops, fc.boolean(), (ro, mut, op, first) => {
				const result = classify(first ? `${ro}${op}${mut}` : `${mut}${op}${ro}`);
				expect(result.class).toBe('mutating');
				expect(result.chainsMutations).toBe(false);
			}),
			{ numRuns: 300 }
		);
	});
});
