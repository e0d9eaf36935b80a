import { describe, expect, it } from 'vitest';
import type { FlagSpec, VerbSpec } from '../kubectl/types';
import { complete } from './completion';
import { testWorld } from './test-world';
import { ClusterTx } from '../cluster/store';
import type { World } from '../cluster/types';

const flag = (name: string, type: FlagSpec['type'], short?: string): FlagSpec => ({
	name,
	type,
	...(short ? { short } : {}),
	description: ''
});
const verb = (name: string, flags: FlagSpec[] = [], subcommands?: VerbSpec[]): VerbSpec => ({
	name,
	short: '',
	long: '',
	usage: '',
	flags,
	...(subcommands ? { subcommands } : { run: () => ({ stdout: '', stderr: '', exitCode: 0 }) })
});

const VERBS = [
	verb('get', [
		flag('output', 'string', 'o'),
		flag('all-namespaces', 'bool', 'A'),
		flag('watch', 'bool', 'w')
	]),
	verb('scale', [flag('replicas', 'int'), flag('current-replicas', 'int')]),
	verb(
		'rollout',
		[],
		[verb('status', [flag('timeout', 'duration')]), verb('undo'), verb('restart')]
	),
	verb('logs', [flag('follow', 'bool', 'f')]),
	verb('cordon'),
	verb('config', [], [verb('use-context'), verb('get-contexts')])
];

/** The test world plus two pods and a node, so pod and node names can be offered. */
function world(): World {
	const base = testWorld();
	const tx = new ClusterTx(base.clusters['prod-us-east-1']);
	const meta = (name: string, namespace?: string) => ({
		name,
		...(namespace ? { namespace } : {}),
		uid: name,
		resourceVersion: '1',
		creationTimestamp: '2025-01-15T08:00:00Z'
	});
	for (const name of ['payments-primary-abc12', 'payments-secondary-def34'])
		tx.put({
			apiVersion: 'v1',
			kind: 'Pod',
			metadata: meta(name, 'payments'),
			spec: { containers: [] },
			status: { phase: 'Running' }
		});
	tx.put({ apiVersion: 'v1', kind: 'Node', metadata: meta('ip-10-0-1-12'), spec: {}, status: {} });
	return { ...base, clusters: { ...base.clusters, 'prod-us-east-1': tx.commit() } };
}

const ctx = { world: world(), verbs: VERBS };
/** Completes at the end of the line, or where `‸` marks the cursor. */
const at = (text: string) => {
	const cursor = text.includes('‸') ? text.indexOf('‸') : text.length;
	return complete(text.replace('‸', ''), cursor, ctx);
};

describe('complete', () => {
	it('completes command names, then kubectl verbs and subcommands, for k too', () => {
		expect(at('ku')).toEqual({ replaceFrom: 0, candidates: ['kubectl'] });
		expect(at('')).toEqual({
			replaceFrom: 0,
			candidates: [
				'awk',
				'clear',
				'cut',
				'echo',
				'egrep',
				'grep',
				'head',
				'help',
				'history',
				'k',
				'kubectl',
				'sleep',
				'sort',
				'tail',
				'uniq',
				'wc'
			]
		});
		expect(at('kubectl ')).toEqual({
			replaceFrom: 8,
			candidates: ['config', 'cordon', 'get', 'logs', 'rollout', 'scale']
		});
		expect(at('k ro')).toEqual({ replaceFrom: 2, candidates: ['rollout'] });
		expect(at('k rollout s')).toEqual({ replaceFrom: 10, candidates: ['status'] });
		expect(at('kubectl get pods | gr')).toEqual({ replaceFrom: 19, candidates: ['grep'] });
	});

	it('completes resource types, then names in the namespace in effect', () => {
		expect(at('k get deploy').candidates).toEqual(['deploy', 'deployments']);
		expect(at('k get po').candidates).toEqual([
			'po',
			'poddisruptionbudgets',
			'pods',
			'podtemplates'
		]);
		// The context's namespace is payments.
		expect(at('k get deploy ')).toEqual({
			replaceFrom: 13,
			candidates: ['payments-primary', 'payments-secondary']
		});
		expect(at('k get deploy payments-primary ').candidates).toEqual(['payments-secondary']);
		expect(at('k -n ledger get deployments ').candidates).toEqual(['ledger']);
		expect(at('k get deploy -A ').candidates).toEqual([
			'ledger',
			'payments-primary',
			'payments-secondary'
		]);
		expect(at('k scale deploy/payments-p')).toEqual({
			replaceFrom: 8,
			candidates: ['deploy/payments-primary']
		});
		expect(at('k get ns ').candidates).toEqual(['default', 'ledger', 'payments']);
		expect(at('k get deploy --context prod-eu-west-1 ').candidates).toEqual([]);
	});

	it('offers pods for logs, nodes for cordon and contexts for use-context', () => {
		expect(at('k logs -f pay').candidates).toEqual([
			'payments-primary-abc12',
			'payments-secondary-def34'
		]);
		expect(at('k cordon ')).toEqual({ replaceFrom: 9, candidates: ['ip-10-0-1-12'] });
		expect(at('k config use-context ').candidates).toEqual(['prod-eu-west-1', 'prod-us-east-1']);
	});

	it('completes flags of the verb, and the values of -n, --context and -o', () => {
		expect(at('k scale deploy x --rep')).toEqual({ replaceFrom: 17, candidates: ['--replicas='] });
		expect(at('k get pods --all')).toEqual({ replaceFrom: 11, candidates: ['--all-namespaces'] });
		expect(at('k get pods -n ')).toEqual({
			replaceFrom: 14,
			candidates: ['default', 'ledger', 'payments']
		});
		expect(at('k get pods --namespace pa').candidates).toEqual(['payments']);
		expect(at('k get pods --namespace=l')).toEqual({
			replaceFrom: 11,
			candidates: ['--namespace=ledger']
		});
		expect(at('k --context ')).toEqual({
			replaceFrom: 12,
			candidates: ['prod-eu-west-1', 'prod-us-east-1']
		});
		expect(at('k get pods -o j').candidates).toEqual(['json', 'jsonpath=']);
	});

	it('completes the word under a cursor mid-line, and nothing after a filter', () => {
		expect(at('k get dep‸ -n ledger')).toEqual({
			replaceFrom: 6,
			candidates: ['deploy', 'deployments']
		});
		expect(at('k get pods | grep ')).toEqual({ replaceFrom: 18, candidates: [] });
		expect(at('sleep ')).toEqual({ replaceFrom: 6, candidates: [] });
	});
});
