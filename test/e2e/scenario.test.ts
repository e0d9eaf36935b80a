/**
 * The scenario library and a scenario page in real Chromium: search the library, open
 * `payments-pool-drain`, read its briefing and see its dashboards drawn as SVG lines; the search
 * lives in the address, each page names its tab, and the simulator's worker waits for the terminal.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startApp, type AppServer } from './app-server';
import { launchBrowser, type Browser } from './browser';

let app: AppServer | undefined;
let browser: Browser | undefined;
let page: Page;
/** Every dedicated worker the page started, by script URL. */
const workers: string[] = [];
/** Bytes of JavaScript the first page fetched. */
let firstPageScriptBytes = 0;
/** The runtime's worker script (not `charts.worker-…`, the dashboards' worker). */
const RUNTIME_WORKER = /\/assets\/worker-[\w-]+\.js$/;

beforeAll(async () => {
	app = await startApp();
	browser = await launchBrowser();
	page = await browser.context.newPage();
	page.on('worker', (worker) => workers.push(worker.url()));
	const counting = (response: { url(): string; body(): Promise<Buffer> }) => {
		if (response.url().endsWith('.js'))
			void response.body().then(
				(b) => (firstPageScriptBytes += b.length),
				() => {}
			);
	};
	page.on('response', counting);
	await page.goto(app.url);
	await page.waitForLoadState('networkidle');
	page.off('response', counting);
});

afterAll(async () => {
	// PREFLIGHT_SCREENSHOT=shot.png keeps a picture of the page as the tests left it.
	if (process.env.PREFLIGHT_SCREENSHOT)
		await page?.screenshot({ path: process.env.PREFLIGHT_SCREENSHOT, fullPage: true });
	await browser?.close();
	await app?.close();
});

describe('scenario library and page', () => {
	it('opens on the library and finds the payments pool drain by search', async () => {
		await expect
			.poll(() => page.getByRole('heading', { level: 1 }).innerText(), { timeout: 15_000 })
			.toBe('Scenarios');
		await page.getByRole('searchbox', { name: 'Search scenarios' }).fill('unhealthy payments pool');
		const cards = page.getByRole('list', { name: 'Scenarios' }).getByRole('heading', { level: 2 });
		await expect
			.poll(() => cards.allInnerTexts())
			.toContain('Drain the unhealthy payments connection pool');
		expect(await page.getByRole('status').innerText()).toMatch(
			/^\d+ of \d+ scenarios, easiest first$/
		);
		expect(await page.title()).toBe('Scenarios · Preflight');
		expect(new URL(page.url()).hash).toBe('#/scenarios?q=unhealthy+payments+pool');
		console.info(`first page: ${Math.round(firstPageScriptBytes / 1024)} kB of JavaScript`);
	});

	it('opens the scenario and shows its briefing', async () => {
		await page.getByRole('link', { name: 'Drain the unhealthy payments connection pool' }).click();
		await page.waitForURL(/#\/scenarios\/payments-pool-drain$/);
		const headings = page.getByRole('heading', { level: 1 });
		await expect
			.poll(() => headings.allInnerTexts())
			.toEqual(['Drain the unhealthy payments connection pool']);
		expect(await page.title()).toBe('Drain the unhealthy payments connection pool · Preflight');
		const alert = page.getByRole('region', { name: 'PaymentsAPIHighErrorRate' });
		expect(await alert.locator('.fired').innerText()).toBe(
			'Fired 11 minutes before you were paged.'
		);
		expect(await alert.locator('.source').innerText()).toContain('SEV2');
		expect(await page.getByRole('region', { name: 'Symptoms' }).getByRole('listitem').count()).toBe(
			3
		);
		expect(await page.getByRole('link', { name: 'Edit a copy' }).getAttribute('href')).toBe(
			'#/editor/payments-pool-drain'
		);
	});

	it('draws the dashboards as charts with non-empty lines', async () => {
		const figures = page.getByRole('figure');
		await expect.poll(() => figures.count(), { timeout: 30_000 }).toBe(3);
		expect(await figures.locator('figcaption .title').allInnerTexts()).toEqual([
			'payments 5xx ratio',
			'payments mean latency',
			'Ready pods per pool'
		]);
		const paths = await page
			.locator('figure path.series')
			.evaluateAll((els) => els.map((e) => e.getAttribute('d') ?? ''));
		expect(paths).toHaveLength(4);
		for (const d of paths) expect(d).toMatch(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+)+/);
		const ms = await page.locator('.page[data-charts-ms]').getAttribute('data-charts-ms');
		console.info(`payments-pool-drain dashboards computed in ${ms} ms (worker)`);
	});

	it('keeps the search and filters through Back and a reload', async () => {
		await page.goBack();
		const search = page.getByRole('searchbox', { name: 'Search scenarios' });
		await expect.poll(() => search.inputValue()).toBe('unhealthy payments pool');
		expect(new URL(page.url()).hash).toBe('#/scenarios?q=unhealthy+payments+pool');
		await page.getByRole('combobox', { name: 'Difficulty' }).selectOption({ label: '2 · Easy' });
		await page.getByRole('combobox', { name: 'Tag' }).selectOption('payments');
		expect(new URL(page.url()).hash).toBe(
			'#/scenarios?q=unhealthy+payments+pool&difficulty=2&tag=payments'
		);
		await page.reload();
		await expect
			.poll(() => search.inputValue(), { timeout: 15_000 })
			.toBe('unhealthy payments pool');
		expect(
			await page
				.getByRole('combobox', { name: 'Difficulty' })
				.evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.textContent)
		).toBe('2 · Easy');
		expect(
			await page
				.getByRole('combobox', { name: 'Tag' })
				.evaluate((el: HTMLSelectElement) => el.value)
		).toBe('payments');
		const cards = page.getByRole('list', { name: 'Scenarios' }).getByRole('heading', { level: 2 });
		await expect
			.poll(() => cards.allInnerTexts())
			.toContain('Drain the unhealthy payments connection pool');
	});

	it('starts the simulator worker only when the terminal opens', async () => {
		expect(workers.filter((url) => RUNTIME_WORKER.test(url))).toEqual([]);
		await page
			.getByRole('navigation', { name: 'Pages' })
			.getByRole('link', { name: 'Terminal' })
			.click();
		await expect
			.poll(() => workers.filter((url) => RUNTIME_WORKER.test(url)).length, { timeout: 15_000 })
			.toBe(1);
		expect(await page.title()).toBe('Terminal · Preflight');
		await page
			.getByRole('complementary', { name: 'Cluster at a glance' })
			.getByText('payments-primary')
			.first()
			.waitFor({ timeout: 30_000 });
	});
});
