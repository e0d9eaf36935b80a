import { describe, expect, it } from 'vitest';
import { taintVerb as taint } from './taint';
import { makeWorld, read, runVerb } from '../mutate/test-fixture';

const nodeOf = (w: ReturnType<typeof makeWorld>, name: string) => read(w, 'nodes', '', name)!;

describe('kubectl taint', () => {
	const t = (argv: string[], w = makeWorld()) => runVerb(taint, ['taint'], argv, w);

	it('adds a taint, refuses to overwrite it, then removes it', () => {
		const out = t(['nodes', 'node-a', 'dedicated=payments:NoSchedule']);
		expect(out.stdout).toBe('node/node-a tainted\n');
		expect(nodeOf(out.world!, 'node-a').spec.taints).toEqual([
			{ key: 'dedicated', value: 'payments', effect: 'NoSchedule' }
		]);
		expect(t(['nodes', 'node-a', 'dedicated=other:NoSchedule'], out.world).stderr).toBe(
			'error: node node-a already has dedicated taint(s) with same effect(s) and --overwrite is false\n'
		);
		const over = t(['nodes', 'node-a', 'dedicated=other:NoSchedule', '--overwrite'], out.world);
		expect(over.stdout).toBe('node/node-a modified\n');
		const removed = t(['node', 'node-a', 'dedicated:NoSchedule-'], out.world);
		expect(removed.stdout).toBe('node/node-a untainted\n');
		expect(nodeOf(removed.world!, 'node-a').spec).toEqual({});
		expect(t(['node', 'node-a', 'dedicated-']).stderr).toBe('error: taint "dedicated" not found\n');
	});

	it('stamps timeAdded on NoExecute taints', () => {
		const out = t(['nodes', 'node-b', 'maintenance:NoExecute']);
		expect(nodeOf(out.world!, 'node-b').spec.taints).toEqual([
			{ key: 'maintenance', effect: 'NoExecute', timeAdded: '2025-03-01T12:00:00Z' }
		]);
	});

	it('rejects malformed taints as kubectl does', () => {
		expect(t(['nodes', 'x']).stderr).toBe('error: at least one taint update is required\n');
		expect(t(['nodes', 'x', 'foo=bar:Bad']).stderr).toBe(
			"error: invalid taint effect: Bad, unsupported taint effect\nSee 'kubectl taint -h' for help and examples\n"
		);
		expect(t(['nodes', 'x', 'foo:NoSchedule', 'foo-']).stderr).toBe(
			'error: can not both modify and remove the following taint(s) in the same command: foo=\n'
		);
		expect(t(['nodes', 'x', 'a=1:NoSchedule', 'a=2:NoSchedule']).stderr).toBe(
			"error: duplicated taints with the same key and effect: {a 2 NoSchedule <nil>}\nSee 'kubectl taint -h' for help and examples\n"
		);
	});

	it('only taints nodes', () => {
		expect(t(['deploy', 'payments-primary', 'a=b:NoSchedule'])).toMatchObject({
			stderr: 'error: invalid resource type deploy, only node types are supported\n',
			rejected: true
		});
	});
});
