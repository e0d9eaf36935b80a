import { describe, expect, it } from 'vitest';
import { memoryScenarioStore } from '../store/scenario-store';
import { FIXTURE_YAML } from '../../ui/pages/scenario/fixtures/checkout-pool-drain';
import { variantYaml } from '../../ui/pages/scenario/fixtures/variants';
import { createCatalog, firstProblem, type CatalogEntry } from './catalog';

const custom = variantYaml({ id: 'my-drill', title: 'My drill', difficulty: 3, tags: ['hpa'] });

function setup() {
	const store = memoryScenarioStore({
		initial: [
			{ id: 'my-drill', title: 'My drill', updatedAt: 2, yaml: custom },
			{ id: 'broken', title: 'Broken draft', updatedAt: 1, yaml: 'id: broken\ndifficulty: hard\n' }
		]
	});
	const reads: string[] = [];
	const catalog = createCatalog(store, {
		scenarios: { '/scenarios/checkout-pool-drain.yaml': FIXTURE_YAML },
		files: {
			'/scenarios/clusters/checkout.prod.yaml': async () => {
				reads.push('checkout.prod');
				return 'kind: List\nitems: []\n';
			}
		}
	});
	return { store, catalog, reads };
}

const summary = (e: CatalogEntry) => ({
	id: e.id,
	source: e.source,
	file: e.file,
	ok: e.ok,
	...(e.ok ? { title: e.scenario.title } : { title: e.title, problem: e.problem })
});

describe('createCatalog', () => {
	it('lists built-ins, then custom ones newest first, broken ones with their first problem', async () => {
		const { catalog } = setup();
		expect((await catalog.list()).map(summary)).toEqual([
			{
				id: 'checkout-pool-drain',
				source: 'builtin',
				file: 'checkout-pool-drain.yaml',
				ok: true,
				title: 'Drain the unhealthy checkout connection pool'
			},
			{ id: 'my-drill', source: 'custom', file: 'my-drill.yaml', ok: true, title: 'My drill' },
			{
				id: 'broken',
				source: 'custom',
				file: 'broken.yaml',
				ok: false,
				title: 'Broken draft',
				problem: 'line 1, column 1: title: required'
			}
		]);
	});

	it('finds entries by id and sees custom scenarios saved later', async () => {
		const { catalog, store } = setup();
		expect(await catalog.get('nope')).toBeUndefined();
		expect((await catalog.get('checkout-pool-drain'))?.source).toBe('builtin');
		await store.save({
			id: 'later',
			title: 'Later',
			yaml: custom.replace('id: my-drill', 'id: later')
		});
		const later = await catalog.get('later');
		expect(later?.ok && later.scenario.title).toBe('My drill');
	});

	it('keeps the stored id even when the text says another', async () => {
		const { catalog, store } = setup();
		await store.save({ id: 'renamed', title: 'Renamed', yaml: custom });
		expect((await catalog.get('renamed'))?.id).toBe('renamed');
	});

	it('parses a custom scenario once per text', async () => {
		const { catalog } = setup();
		const [a] = (await catalog.list()).filter((e) => e.id === 'my-drill');
		const [b] = (await catalog.list()).filter((e) => e.id === 'my-drill');
		expect(a).toBe(b);
	});

	it('reads the files a scenario names beside it, and only those', async () => {
		const { catalog, reads } = setup();
		const text = FIXTURE_YAML.replace(
			'    - name: prod-us-east-1\n',
			'    - name: prod-us-east-1\n      files: [clusters/checkout.prod.yaml, clusters/missing.yaml]\n'
		);
		const store = memoryScenarioStore({
			initial: [{ id: 'x', title: 'x', updatedAt: 1, yaml: text }]
		});
		const withFiles = createCatalog(store, {
			scenarios: {},
			files: {
				'/scenarios/clusters/checkout.prod.yaml': async () => 'kind: List\nitems: []\n'
			}
		});
		const entry = await withFiles.get('x');
		if (!entry?.ok) throw new Error('fixture did not load');
		expect(await withFiles.filesFor(entry)).toEqual({
			'clusters/checkout.prod.yaml': 'kind: List\nitems: []\n'
		});
		const builtin = await catalog.get('checkout-pool-drain');
		if (!builtin?.ok) throw new Error('fixture did not load');
		expect(await catalog.filesFor(builtin)).toEqual({});
		expect(reads).toEqual([]);
	});
});

describe('firstProblem', () => {
	it('prefers the first error over warnings', () => {
		expect(
			firstProblem([
				{
					file: 'a.yaml',
					line: 1,
					column: 1,
					path: 'tags',
					message: 'unused',
					severity: 'warning'
				},
				{
					file: 'a.yaml',
					line: 4,
					column: 13,
					path: 'difficulty',
					message: 'expected a number',
					severity: 'error'
				}
			])
		).toBe('line 4, column 13: difficulty: expected a number');
	});

	it('leaves out an empty path', () => {
		expect(
			firstProblem([
				{ file: 'a.yaml', line: 2, column: 9, path: '', message: 'bad YAML', severity: 'error' }
			])
		).toBe('line 2, column 9: bad YAML');
	});
});
