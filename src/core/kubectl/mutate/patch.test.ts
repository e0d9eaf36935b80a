import { describe, expect, it } from 'vitest';
import { jsonPatch, mergePatch, strategicMerge } from './patch';

const spec = {
	containers: [
		{ name: 'payments', image: 'a:1', env: [{ name: 'A', value: '1' }] },
		{ name: 'sidecar', image: 's:1' }
	]
};

describe('strategic merge patch', () => {
	it('merges containers by name, env by name, and keeps the rest', () => {
		const patch = {
			containers: [{ name: 'payments', image: 'a:2', env: [{ name: 'B', value: '2' }] }]
		};
		expect(strategicMerge(spec, patch)).toEqual({
			containers: [
				{
					name: 'payments',
					image: 'a:2',
					env: [
						{ name: 'A', value: '1' },
						{ name: 'B', value: '2' }
					]
				},
				{ name: 'sidecar', image: 's:1' }
			]
		});
	});

	it('deletes list items with $patch: delete and keys with null, replaces with $patch: replace', () => {
		expect(strategicMerge(spec, { containers: [{ name: 'sidecar', $patch: 'delete' }] })).toEqual({
			containers: [spec.containers[0]]
		});
		expect(strategicMerge({ a: 1, b: 2 }, { a: null })).toEqual({ b: 2 });
		expect(strategicMerge({ x: { a: 1 } }, { x: { $patch: 'replace', b: 2 } })).toEqual({
			x: { b: 2 }
		});
	});
});

describe('merge patch', () => {
	it('replaces lists whole', () => {
		expect(mergePatch(spec, { containers: [{ name: 'only', image: 'o:1' }] })).toEqual({
			containers: [{ name: 'only', image: 'o:1' }]
		});
	});
});

describe('json patch', () => {
	it('applies replace, add, remove and test', () => {
		const out = jsonPatch(spec, [
			{ op: 'test', path: '/containers/0/name', value: 'payments' },
			{ op: 'replace', path: '/containers/0/image', value: 'a:3' },
			{ op: 'add', path: '/containers/-', value: { name: 'n', image: 'n:1' } },
			{ op: 'remove', path: '/containers/1' }
		]);
		expect(out).toEqual({
			value: {
				containers: [
					{ name: 'payments', image: 'a:3', env: [{ name: 'A', value: '1' }] },
					{ name: 'n', image: 'n:1' }
				]
			}
		});
	});

	it('reports a missing path', () => {
		expect(jsonPatch({ a: {} }, [{ op: 'replace', path: '/a/b', value: 1 }])).toEqual({
			error: 'replace operation does not apply: doc is missing path: "/a/b": missing value'
		});
	});
});
