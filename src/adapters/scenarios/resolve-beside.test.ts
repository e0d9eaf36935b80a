import { describe, expect, it } from 'vitest';
import { dirOf, resolveBeside } from './resolve-beside';

describe('resolveBeside', () => {
	it.each([
		['/scenarios/', 'clusters/a.prod.yaml', '/scenarios/clusters/a.prod.yaml'],
		['/scenarios/', './clusters/a.yaml', '/scenarios/clusters/a.yaml'],
		['/scenarios/', '../etc/passwd', '/etc/passwd'],
		['/scenarios/', '/scenarios/clusters/b.yaml', '/scenarios/clusters/b.yaml']
	])('%s + %s → %s', (dir, path, resolved) => expect(resolveBeside(dir, path)).toBe(resolved));
});

describe('dirOf', () => {
	it('keeps the trailing slash', () => {
		expect(dirOf('/scenarios/a.yaml')).toBe('/scenarios/');
		expect(dirOf('a.yaml')).toBe('/');
	});
});
