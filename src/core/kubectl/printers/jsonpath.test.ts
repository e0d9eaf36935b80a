import { describe, expect, it } from 'vitest';
import { collect, execute, parseJsonPath, relaxedJsonPath } from './jsonpath';

const list = {
	kind: 'List',
	items: [
		{ metadata: { name: 'a' }, status: { conditions: [{ type: 'Ready', status: 'True' }], n: 2 } },
		{ metadata: { name: 'b' }, status: { conditions: [{ type: 'Ready', status: 'False' }], n: 5 } }
	]
};

function run(template: string, data: unknown = list): string {
	const p = parseJsonPath(template);
	if (!p.ok) throw new Error(p.error);
	return execute(p.value, data);
}

describe('jsonpath', () => {
	it.each([
		['{.items[*].metadata.name}', 'a b'],
		['{range .items[*]}{.metadata.name}{"\\n"}{end}', 'a\nb\n'],
		['{.items[?(@.status.conditions[0].status=="True")].metadata.name}', 'a'],
		['{.items[?(@.status.n>3)].metadata.name}', 'b'],
		['{..name}', 'a b'],
		['{.items[-1:].metadata.name}', 'b'],
		['{.items[0:1].metadata.name}', 'a'],
		['{.items[0].status.conditions[0]}', '{"status":"True","type":"Ready"}'],
		['name={.items[1].metadata.name}!', 'name=b!'],
		['{.missing.field}', ''],
		["{.items[0]['metadata']['name']}", 'a'],
		['{.kind}', 'List']
	])('%s', (template, out) => {
		expect(run(template)).toBe(out);
	});

	it('reports a parse error as kubectl does', () => {
		expect(parseJsonPath('{.a')).toEqual({ ok: false, error: 'unclosed action' });
	});

	it('collects values for jsonpath-as-json', () => {
		const p = parseJsonPath('{.items[*].status.n}');
		expect(p.ok && collect(p.value, list)).toEqual([2, 5]);
	});

	it('relaxes paths for custom-columns and --sort-by', () => {
		expect(relaxedJsonPath('metadata.name')).toEqual({ ok: true, value: '{.metadata.name}' });
		expect(relaxedJsonPath('.metadata.name')).toEqual({ ok: true, value: '{.metadata.name}' });
		expect(relaxedJsonPath('{.a}')).toEqual({ ok: true, value: '{.a}' });
		expect(relaxedJsonPath('{.a').ok).toBe(false);
	});
});
