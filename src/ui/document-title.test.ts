import { describe, expect, it } from 'vitest';
import { documentTitle, pageNameFor } from './document-title';

const routes = [
	{ path: 'scenarios', title: 'Scenarios' },
	{ path: 'terminal', title: 'Terminal' },
	{ path: 'editor', title: 'Editor', nav: false },
	{ path: 'rehearse', title: 'Rehearse', nav: false },
	{ path: 'run', title: 'Rehearsal', nav: false },
	{ path: 'history', title: 'History' }
];

describe('documentTitle', () => {
	it('names the page, then the app', () => {
		expect(documentTitle('Terminal')).toBe('Terminal · Preflight');
		expect(documentTitle('')).toBe('Preflight');
		expect(documentTitle()).toBe('Preflight');
	});
});

describe('pageNameFor', () => {
	it.each([
		[{ path: 'scenarios' }, 'Scenarios'],
		[{ path: 'scenarios', query: { q: 'stale' } }, 'Scenarios'],
		[{ path: 'scenarios', param: 'payments-pool-drain' }, undefined],
		[{ path: 'terminal' }, 'Terminal'],
		[{ path: 'editor' }, 'New scenario'],
		[{ path: 'editor', param: 'payments-pool-drain' }, 'Edit payments-pool-drain'],
		[{ path: 'rehearse', param: 'payments-pool-drain' }, undefined],
		[{ path: 'run', param: '7f3c9a12' }, undefined],
		[{ path: 'history' }, 'History'],
		[{ path: 'history', param: 'payments-pool-drain' }, 'History of payments-pool-drain'],
		[{ path: 'nowhere' }, undefined]
	])('%j → %j', (at, name) => expect(pageNameFor(at, routes)).toBe(name));
});
