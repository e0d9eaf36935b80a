/** Launches the system Chromium through playwright-core with a fresh profile; never downloads one. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROME_HINT, findChrome } from '../../scripts/find-chrome.mjs';

const FLAGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

export interface Browser {
	context: BrowserContext;
	close(): Promise<void>;
}

export async function launchBrowser(): Promise<Browser> {
	const executablePath = findChrome();
	if (!executablePath) throw new Error(CHROME_HINT);
	const profile = mkdtempSync(join(tmpdir(), 'preflight-chromium-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath,
		headless: true,
		args: FLAGS,
		viewport: { width: 1280, height: 800 }
	});
	return {
		context,
		async close() {
			await context.close();
			rmSync(profile, { recursive: true, force: true });
		}
	};
}
