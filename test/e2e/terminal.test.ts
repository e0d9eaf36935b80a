/**
 * The terminal page in real Chromium: types kubectl commands and reads xterm's buffer through the
 * page's `window.__preflight` hook.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startApp, type AppServer } from './app-server';
import { launchBrowser, type Browser } from './browser';

/** The prompt as a buffer line shows it (right-trimmed); the namespace is the context's. */
const PROMPT = /^oncall@prod-us-east-1:[a-z0-9-]+\$$/;
let prompt = '';

let app: AppServer | undefined;
let browser: Browser | undefined;
let page: Page;

beforeAll(async () => {
	app = await startApp();
	browser = await launchBrowser();
	page = await browser.context.newPage();
	await page.goto(`${app.url}#/terminal`);
	prompt = await waitForText((text) => PROMPT.test(text));
});

afterAll(async () => {
	// PREFLIGHT_SCREENSHOT=shot.png keeps a picture of the page as the tests left it.
	if (process.env.PREFLIGHT_SCREENSHOT)
		await page?.screenshot({ path: process.env.PREFLIGHT_SCREENSHOT });
	await browser?.close();
	await app?.close();
});

function terminalText(): Promise<string> {
	return page.evaluate(() => window.__preflight?.terminalText() ?? '');
}

async function waitForText(done: (text: string) => boolean, timeoutMs = 15_000): Promise<string> {
	const until = Date.now() + timeoutMs;
	let text = '';
	while (Date.now() < until) {
		text = await terminalText();
		if (done(text)) return text;
		await page.waitForTimeout(100);
	}
	throw new Error(`terminal never showed what was expected; it shows:\n${text}`);
}

async function type(line: string): Promise<void> {
	await page.locator('.xterm').click();
	await page.keyboard.type(line);
	await page.keyboard.press('Enter');
}

describe('terminal page', () => {
	it('runs `kubectl get pods -n payments -o wide` and shows the table', async () => {
		await type('kubectl get pods -n payments -o wide');
		const text = await waitForText((t) => t.split('\n').length > 2 && t.endsWith(prompt));
		const lines = text.split('\n');
		expect(lines[0]).toBe(`${prompt} kubectl get pods -n payments -o wide`);
		expect(lines[1]).toMatch(
			/^NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE\s+IP\s+NODE\s+NOMINATED NODE\s+READINESS GATES$/
		);
		expect(
			lines.some((l) => /^payments-primary-[a-z0-9]+-[a-z0-9]{5}\s+\d\/\d\s+Running/.test(l))
		).toBe(true);
		expect(lines.at(-1)).toBe(prompt);
	});

	it('shows the deployments in the side panel', async () => {
		const panel = page.getByRole('complementary', { name: 'Cluster at a glance' });
		await expect.poll(() => panel.innerText(), { timeout: 10_000 }).toContain('payments-primary');
		expect(await panel.innerText()).toContain('payments-secondary');
	});

	it('stops `kubectl get pods -w` on Ctrl-C and gives the prompt back', async () => {
		await page.keyboard.press('Control+l');
		await waitForText((t) => t === prompt);
		await type('kubectl get pods -n payments -w');
		await waitForText((t) => t.includes('payments-primary-'));
		await page.keyboard.press('Control+c');
		const text = await waitForText((t) => t.split('\n').at(-1) === prompt);
		const lines = text.split('\n');
		expect(lines[0]).toBe(`${prompt} kubectl get pods -n payments -w`);
		expect(lines.at(-2)).toMatch(/\^C$/);
	});
});
