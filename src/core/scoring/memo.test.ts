import { describe, expect, it } from 'vitest';
import type { World } from '../cluster/types';
import type { CommandRecord } from '../rehearsal/schema';
import { TextMemo, WorldMemo, withoutMemos } from './memo';
import { recordObjects } from './objects';

describe('TextMemo', () => {
	it('computes a key once, and forgets the oldest keys past its size', () => {
		const computed: string[] = [];
		const memo = new TextMemo<string>(2);
		const get = (key: string) =>
			memo.get(key, () => {
				computed.push(key);
				return key.toUpperCase();
			});
		expect([get('a'), get('b'), get('a')]).toEqual(['A', 'B', 'A']);
		expect(get('c')).toBe('C');
		expect([get('b'), get('a')]).toEqual(['B', 'A']);
		expect(computed).toEqual(['a', 'b', 'c', 'a']);
		expect(memo.size).toBe(2);
	});

	it('computes every time and keeps nothing inside withoutMemos', () => {
		const memo = new TextMemo<number>();
		let n = 0;
		expect(withoutMemos(() => [memo.get('k', () => ++n), memo.get('k', () => ++n)])).toEqual([
			1, 2
		]);
		expect(memo.size).toBe(0);
		expect([memo.get('k', () => ++n), memo.get('k', () => ++n)]).toEqual([3, 3]);
	});
});

describe('WorldMemo', () => {
	it('keeps a value per world: the same key on another world is computed again', () => {
		// Only a world's identity matters here (worlds are never changed in place).
		const one = { clusters: {} } as unknown as World;
		const other = { clusters: {} } as unknown as World;
		const memo = new WorldMemo<string>();
		const seen: string[] = [];
		const get = (world: World, name: string) =>
			memo.get(world, 'k', () => {
				seen.push(name);
				return name;
			});
		expect([get(one, 'one'), get(one, 'again'), get(other, 'other')]).toEqual([
			'one',
			'one',
			'other'
		]);
		expect(seen).toEqual(['one', 'other']);
	});
});

describe('recordObjects', () => {
	const record = (resources: string[]): CommandRecord => ({
		command: 'kubectl get pods -n payments -l pool=primary',
		verb: 'get',
		context: 'prod-us-east-1',
		namespace: 'payments',
		resources,
		mutating: false,
		exitCode: 0,
		output: ''
	});

	it('answers a copy of a record as the record, and a record that listed other objects apart', () => {
		const first = record(['pod/payments-primary-7c9d5b8f4-2xkqp']);
		const pod = (name: string) => ({
			context: 'prod-us-east-1',
			namespace: 'payments',
			kind: 'pod',
			...(name && { name })
		});
		expect(recordObjects(first)).toEqual([pod('payments-primary-7c9d5b8f4-2xkqp'), pod('')]);
		expect(recordObjects(structuredClone(first))).toBe(recordObjects(first));
		expect(recordObjects(record(['pod/payments-primary-7c9d5b8f4-h8zvm']))).toEqual([
			pod('payments-primary-7c9d5b8f4-h8zvm'),
			pod('')
		]);
	});
});
