import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../cluster/types';
import {
	matchesFields,
	matchesLabels,
	parseFieldSelector,
	parseLabelSelector,
	unsupportedField
} from './selectors';

function reqs(text: string) {
	const r = parseLabelSelector(text);
	if (!r.ok) throw new Error(r.error);
	return r.value;
}

describe('label selectors', () => {
	it('parses every operator, sorted by key', () => {
		expect(reqs('tier in (b,a), app=web,!canary,env!=dev,x==1,track,z notin (q)')).toEqual([
			{ key: 'app', op: '=', values: ['web'] },
			{ key: 'canary', op: '!', values: [] },
			{ key: 'env', op: '!=', values: ['dev'] },
			{ key: 'tier', op: 'in', values: ['a', 'b'] },
			{ key: 'track', op: 'exists', values: [] },
			{ key: 'x', op: '==', values: ['1'] },
			{ key: 'z', op: 'notin', values: ['q'] }
		]);
		expect(reqs('')).toEqual([]);
	});

	it.each([
		['a in (b', "unable to parse requirement: found '', expected: ',' or ')'"],
		['a in b', "unable to parse requirement: found 'b' expected: '('"],
		['a b', "unable to parse requirement: found 'b', expected: in, notin, =, ==, !=, gt, lt"],
		['!a b', "found 'b', expected: ',' or 'end of string'"],
		['=x', "found '=', expected: !, identifier, or 'end of string'"],
		['a,', "found '', expected: identifier after ','"],
		[
			'-ltier=x',
			`unable to parse requirement: invalid label key "-ltier": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')`
		]
	])('refuses %j as the API server does', (text, error) => {
		expect(parseLabelSelector(text)).toEqual({ ok: false, error });
	});

	it('matches labels', () => {
		const labels = { app: 'web', tier: 'a' };
		expect(matchesLabels(reqs('app=web,tier in (a,b)'), labels)).toBe(true);
		expect(matchesLabels(reqs('app!=web'), labels)).toBe(false);
		expect(matchesLabels(reqs('env!=dev,!canary,tier notin (c)'), labels)).toBe(true);
		expect(matchesLabels(reqs('env'), labels)).toBe(false);
		expect(matchesLabels(reqs('app'), undefined)).toBe(false);
	});
});

describe('field selectors', () => {
	const pod = {
		apiVersion: 'v1',
		kind: 'Pod',
		metadata: { name: 'p', namespace: 'ns', uid: '1', resourceVersion: '1', creationTimestamp: '' },
		spec: { nodeName: 'n1' },
		status: { phase: 'Running' }
	} as KubeObject;

	it('parses and matches', () => {
		const r = parseFieldSelector('status.phase=Running,spec.nodeName!=n2');
		expect(r).toEqual({
			ok: true,
			value: [
				{ field: 'status.phase', op: '=', value: 'Running' },
				{ field: 'spec.nodeName', op: '!=', value: 'n2' }
			]
		});
		if (r.ok) expect(matchesFields(r.value, pod)).toBe(true);
		const name = parseFieldSelector('metadata.name==q');
		if (name.ok) expect(matchesFields(name.value, pod)).toBe(false);
	});

	it('refuses what the server refuses', () => {
		expect(parseFieldSelector('foo')).toEqual({
			ok: false,
			error: "invalid selector: 'foo'; can't understand 'foo'"
		});
		const r = parseFieldSelector('spec.replicas=1');
		if (r.ok) {
			expect(unsupportedField('deployments.apps', r.value)).toBe(
				'field label not supported: spec.replicas'
			);
		}
		const ok = parseFieldSelector('spec.nodeName=x');
		if (ok.ok) expect(unsupportedField('pods', ok.value)).toBeUndefined();
	});
});
