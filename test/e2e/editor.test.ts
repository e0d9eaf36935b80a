/**
 * The scenario editor in real Chromium: Monaco renders the new-scenario template, a broken field
 * shows as a marker and in the problem list, and a save survives a reload (real IndexedDB).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startApp, type AppServer } from './app-server';
import { launchBrowser, type Browser } from './browser';

const ID = 'checkout-api-saturated';
const TITLE = 'Checkout API saturated after a traffic spike';
const PROBLEM = '1:1 bogus unknown field "bogus"';

let app: AppServer | undefined;
let browser: Browser | undefined;
let page: Page;

beforeAll(async () => {
	app = await startApp();
	browser = await launchBrowser();
	page = await browser.context.newPage();
});

afterAll(async () => {
	if (process.env.PREFLIGHT_SCREENSHOT)
		await page?.screenshot({ path: process.env.PREFLIGHT_SCREENSHOT });
	await browser?.close();
	await app?.close();
});

function problems(): Promise<string[]> {
	return page
		.getByRole('region', { name: 'Problems' })
		.getByRole('button')
		.evaluateAll((buttons) =>
			buttons.map((b) => (b.textContent ?? '').replace(/\s+/g, ' ').trim())
		);
}

function problemsHeading(): Promise<string> {
	return page
		.getByRole('region', { name: 'Problems' })
		.getByRole('heading')
		.textContent() as Promise<string>;
}

/** The lines Monaco renders (it draws spaces as no-break spaces). */
async function editorText(): Promise<string> {
	const text = await page.locator('.monaco-editor .view-lines').innerText();
	return text.replaceAll('\u00a0', ' ');
}

async function waitForMonaco(): Promise<void> {
	await page.locator('.monaco-editor .view-lines').waitFor({ timeout: 30_000 });
	await expect.poll(editorText).toContain(`id: ${ID}`);
}

describe('scenario editor', () => {
	it('renders the new-scenario template in Monaco, and it lints clean', async () => {
		await page.goto(`${app!.url}#/editor`);
		await waitForMonaco();
		await expect.poll(problemsHeading, { timeout: 20_000 }).toMatch(/Problems\s+none/);
		await expect
			.poll(() =>
				page.getByRole('region', { name: 'Preview' }).getByRole('heading', { level: 1 }).innerText()
			)
			.toBe('Checkout API saturated after a traffic spike');
	});

	it('completes fields from the schema, marks a broken one and lists it below', async () => {
		await page.locator('.monaco-editor .view-lines').click();
		await page.keyboard.press('Control+Home');
		await page.keyboard.press('Enter');
		await page.keyboard.press('ArrowUp');
		// The schema completes the top-level fields the text lacks (timeline is commented out).
		await page.keyboard.press('Control+Space');
		const suggest = page.locator('.monaco-editor .suggest-widget');
		await expect.poll(() => suggest.innerText(), { timeout: 20_000 }).toContain('timeline');
		await page.keyboard.press('Escape');
		await page.keyboard.type('bogus: 1');
		await page.keyboard.press('Escape');
		await expect.poll(problems, { timeout: 20_000 }).toEqual([PROBLEM]);
		await expect.poll(() => page.locator('.monaco-editor .squiggly-error').count()).toBe(1);
	});

	it('saves to IndexedDB and opens it again after a reload', async () => {
		await page.getByRole('button', { name: 'Save', exact: true }).click();
		await expect
			.poll(() => page.getByRole('status').innerText())
			.toBe(`Saved ${ID}. It still has 1 error to fix before it can run.`);
		expect(new URL(page.url()).hash).toBe(`#/editor/${ID}`);
		await page.reload();
		await waitForMonaco();
		const heading = page.getByRole('heading', { level: 1, name: `Edit ${TITLE}`, exact: true });
		expect(await heading.count()).toBe(1);
		await expect.poll(problems, { timeout: 20_000 }).toEqual([PROBLEM]);
		expect(await editorText()).toContain('bogus: 1');
	});
});
