import { describe, expect, it } from 'vitest';
import { parsePredicate, parseValue, referencesOf } from './predicate';

const DEPLOY = { resource: 'deployments.apps', namespaced: true };

describe('parseValue', () => {
	it('reads an object field by jsonpath, resolving the resource as kubectl does', () => {
		expect(parseValue('deployment/payments-secondary@payments{.status.readyReplicas}')).toEqual({
			ok: true,
			expr: {
				kind: 'field',
				ref: { ...DEPLOY, name: 'payments-secondary', namespace: 'payments' },
				path: ['status', 'readyReplicas']
			}
		});
		expect(
			parseValue('prod-eu-west-1:deploy/payments-primary{.spec.template.spec.containers[-1].image}')
		).toEqual({
			ok: true,
			expr: {
				kind: 'field',
				ref: { context: 'prod-eu-west-1', ...DEPLOY, name: 'payments-primary' },
				path: ['spec', 'template', 'spec', 'containers', -1, 'image']
			}
		});
	});

	it('reads quoted keys and cluster-scoped names with dots', () => {
		expect(
			parseValue(`node/ip-10-0-1-23.ec2.internal{.metadata.labels['topology.kubernetes.io/zone']}`)
		).toEqual({
			ok: true,
			expr: {
				kind: 'field',
				ref: { resource: 'nodes', namespaced: false, name: 'ip-10-0-1-23.ec2.internal' },
				path: ['metadata', 'labels', 'topology.kubernetes.io/zone']
			}
		});
		expect(parseValue('cm/payments-pools@payments{.data["primary.maxConnections"]}')).toEqual({
			ok: true,
			expr: {
				kind: 'field',
				ref: {
					resource: 'configmaps',
					namespaced: true,
					name: 'payments-pools',
					namespace: 'payments'
				},
				path: ['data', 'primary.maxConnections']
			}
		});
	});

	it('reads pod sets with a selector and a field', () => {
		expect(parseValue('pods@payments[pool=secondary,app in (payments)]{ready}')).toEqual({
			ok: true,
			expr: {
				kind: 'pods',
				namespace: 'payments',
				selector: 'pool=secondary,app in (payments)',
				requirements: [
					{ key: 'app', op: 'in', values: ['payments'] },
					{ key: 'pool', op: '=', values: ['secondary'] }
				],
				field: 'ready'
			}
		});
		expect(parseValue('prod-us-east-1:pods@payments{ crashing }')).toEqual({
			ok: true,
			expr: {
				kind: 'pods',
				context: 'prod-us-east-1',
				namespace: 'payments',
				requirements: [],
				field: 'crashing'
			}
		});
	});

	it('reads SLIs, t and literals (durations as seconds)', () => {
		expect(parseValue('sli(payments-api).latencyMs')).toEqual({
			ok: true,
			expr: { kind: 'sli', service: 'payments-api', metric: 'latencyMs' }
		});
		const literal = (text: string) => {
			const r = parseValue(text);
			return r.ok ? r.expr : r;
		};
		expect(
			['t', '42', '-1.5', '90s', '1m30s', "'it''", '"a \\"b\\""', 'true', 'false', 'null'].map(
				literal
			)
		).toEqual([
			{ kind: 'time' },
			{ kind: 'literal', value: 42 },
			{ kind: 'literal', value: -1.5 },
			{ kind: 'literal', value: 90 },
			{ kind: 'literal', value: 90 },
			{ ok: false, offset: 4, message: 'unterminated string' },
			{ kind: 'literal', value: 'a "b"' },
			{ kind: 'literal', value: true },
			{ kind: 'literal', value: false },
			{ kind: 'literal', value: null }
		]);
	});
});

describe('parsePredicate', () => {
	it('gives and precedence over or, and not binds to the next unary', () => {
		expect(parsePredicate('t > 60 or not exists deploy/a@x and missing cm/b@x')).toEqual({
			ok: true,
			expr: {
				kind: 'or',
				items: [
					{
						kind: 'compare',
						op: '>',
						left: { kind: 'time' },
						right: { kind: 'literal', value: 60 }
					},
					{
						kind: 'and',
						items: [
							{
								kind: 'not',
								expr: { kind: 'exists', ref: { ...DEPLOY, name: 'a', namespace: 'x' } }
							},
							{
								kind: 'missing',
								ref: { resource: 'configmaps', namespaced: true, name: 'b', namespace: 'x' }
							}
						]
					}
				]
			}
		});
	});

	it('groups with parentheses and reads every comparison operator', () => {
		const ops = ['==', '!=', '<', '<=', '>', '>='].map((op) => {
			const r = parsePredicate(`(sli(web).ready ${op} 'x')`);
			return r.ok && r.expr.kind === 'compare' ? r.expr.op : r;
		});
		expect(ops).toEqual(['==', '!=', '<', '<=', '>', '>=']);
		expect(parsePredicate('(t>1 or t<0)and t!=5')).toEqual({
			ok: true,
			expr: {
				kind: 'and',
				items: [
					{
						kind: 'or',
						items: [
							{
								kind: 'compare',
								op: '>',
								left: { kind: 'time' },
								right: { kind: 'literal', value: 1 }
							},
							{
								kind: 'compare',
								op: '<',
								left: { kind: 'time' },
								right: { kind: 'literal', value: 0 }
							}
						]
					},
					{
						kind: 'compare',
						op: '!=',
						left: { kind: 'time' },
						right: { kind: 'literal', value: 5 }
					}
				]
			}
		});
	});

	it('takes keywords followed by / or : as names', () => {
		expect(parsePredicate('exists not:deploy/and@or')).toEqual({
			ok: true,
			expr: { kind: 'exists', ref: { context: 'not', ...DEPLOY, name: 'and', namespace: 'or' } }
		});
	});

	const errors: [string, number, string][] = [
		['', 0, 'empty expression'],
		['   ', 0, 'empty expression'],
		[
			'deployment/x@ns{.spec.replicas}',
			31,
			'expected a comparison after deployment/x@ns{.spec.replicas}'
		],
		[
			'deployment/x@ns{.spec.replicas} and t > 1',
			32,
			'expected a comparison after deployment/x@ns{.spec.replicas}'
		],
		['deployz/x@ns{.a} == 1', 0, `the server doesn't have a resource type "deployz"`],
		[
			'pods@payments{redy} > 0',
			14,
			'unknown pods field "redy" (count, ready, notReady, running, pending, crashing, restarts)'
		],
		["cm/x{.data} == 'abc", 15, 'unterminated string'],
		['deploy/x{.spec.replicas == 1', 8, 'unterminated jsonpath: expected }'],
		['deploy/x{spec.replicas} == 1', 9, 'a jsonpath starts with "." (e.g. .status.readyReplicas)'],
		['deploy/x{.spec..replicas} == 1', 15, 'expected a field name after "."'],
		[
			'deploy/x{.spec.containers[x]} == 1',
			25,
			"expected an index or a quoted key in [ ] (e.g. [0], ['app'])"
		],
		["deploy/x{.metadata.labels['app} == 1", 26, 'unterminated string'],
		["deploy/x{.metadata.labels['app'x]} == 1", 25, "expected 'key'] in jsonpath"],
		['deploy/x{} == 1', 9, 'expected a jsonpath like .status.readyReplicas'],
		['deploy/x == 1', 9, 'expected a {jsonpath} after deploy/x'],
		[
			'sli(payments).errorrate > 0.01',
			14,
			'unknown SLI metric "errorrate" (errorRate, latencyMs, saturation, ready)'
		],
		['sli(payments > 1', 13, 'expected ) to close the ( at 3'],
		['sli() > 1', 4, 'expected a service id in sli(…)'],
		[
			'sli(web) > 1',
			9,
			'expected one of .errorRate, .latencyMs, .saturation, .ready after sli(web)'
		],
		[
			'pods@payments[pool in (a]{count} > 1',
			14,
			`invalid label selector "pool in (a": unable to parse requirement: found '', expected: ',' or ')'`
		],
		['pods@payments[pool=x{count} > 1', 13, 'unterminated label selector: expected ]'],
		['pods{count} > 1', 4, 'expected @namespace after pods'],
		[
			'pods@payments > 1',
			14,
			'expected {count|ready|notReady|running|pending|crashing|restarts} after pods@payments'
		],
		['t = 1', 2, 'unexpected "=": compare with =='],
		['t > 1 && t < 5', 6, 'unexpected "&&": write and'],
		['t > 1 # comment', 6, 'unexpected character "#"'],
		['(t > 5', 6, 'expected ) to close the ( at 0'],
		['t > 5 and', 9, 'expected a predicate'],
		['not', 3, 'expected a predicate'],
		['t > 5 t < 9', 6, 'unexpected "t" (expected and, or or the end)'],
		['t > 5)', 5, 'unexpected ")" (expected and, or or the end)'],
		['t > 1 < 2', 6, 'unexpected "<" (expected and, or or the end)'],
		['t >', 3, 'expected a value, got the end'],
		['t > (1)', 4, 'expected a value, got "("'],
		['exists deploy', 13, 'expected / and a name after "deploy"'],
		['exists deploy/', 14, 'expected a name after "deploy/"'],
		['exists deploy/x@', 16, 'expected a namespace after "@"'],
		[
			'exists node/ip-10-0-1-23.ec2.internal@default',
			37,
			'nodes are cluster-scoped: node/ip-10-0-1-23.ec2.internal takes no @namespace'
		],
		['exists 5', 7, `the server doesn't have a resource type "5"`]
	];

	it.each(errors)('%j fails at %i: %s', (text, offset, message) => {
		expect(parsePredicate(text)).toEqual({ ok: false, offset, message });
	});

	it('refuses anything after a whole value', () => {
		expect(parseValue('t > 1')).toEqual({
			ok: false,
			offset: 2,
			message: 'unexpected ">" (expected the end after the value)'
		});
	});
});

describe('referencesOf', () => {
	it('lists objects, pod sets and SLIs in order, once each', () => {
		const r = parsePredicate(
			'missing deploy/payments-secondary@payments or (prod-eu-west-1:pods@payments[pool=primary]{ready} < 2 and sli(payments).errorRate > 0.05) or deploy/payments-secondary@payments{.spec.replicas} == 0 or node/n1{.spec.unschedulable} == true'
		);
		if (!r.ok) throw new Error(r.message);
		expect(referencesOf(r.expr)).toEqual([
			{
				kind: 'object',
				resource: 'deployments.apps',
				name: 'payments-secondary',
				namespace: 'payments'
			},
			{ kind: 'pods', context: 'prod-eu-west-1', namespace: 'payments', selector: 'pool=primary' },
			{ kind: 'sli', service: 'payments', metric: 'errorRate' },
			{ kind: 'object', resource: 'nodes', name: 'n1' }
		]);
	});

	it('has nothing for literals and t', () => {
		const r = parseValue('t');
		expect(r.ok && referencesOf(r.expr)).toEqual([]);
	});
});
