/**
 * The rehearsal loop in real Chromium, through the UI a trainee uses: a careful approve-mode run of
 * `payments-pool-drain` (as `test/scoring/trainees/payments-pool-drain.careful.jsonl` does it)
 * scores high; a run that skips a pre-flight is penalised for it; a reload mid-run resumes the same
 * run with its gate, clock, cluster and terminal; the gate keeps step 2's draft out of the DOM
 * until step 1 is confirmed. Last, the benchmark: a 500-event run imported into IndexedDB and
 * resumed on a fresh page load.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { parseRunExport } from '../../src/adapters/store/run-export';
import { startApp, type AppServer } from './app-server';
import { launchBrowser, type Browser } from './browser';
import { readDebrief, RehearsalDriver } from './rehearsal-driver';
import { BENCH_LOG_ONLY, BENCH_WITH_CHECKPOINT, benchExport } from './rehearsal-runs';

const SCENARIO = 'payments-pool-drain';
/** Only step 2's draft says these (the runbook beside it does not). */
const STEP2_ONLY = [
	'adds 4 pods to payments-secondary in namespace payments on prod-us-east-1',
	'deployment payments-secondary exists in namespace payments on prod-us-east-1 with 2/2 pods ready'
];
const SCALE_SECONDARY = 'kubectl scale deploy/payments-secondary -n payments --replicas=6';
/** Step 3's draft scales the wrong pool (planted); the careful trainee runs the right one. */
const DRAIN_PRIMARY = 'kubectl scale deploy/payments-primary -n payments --replicas=0';

let app: AppServer | undefined;
let browser: Browser | undefined;
let page: Page;
let d: RehearsalDriver;

beforeAll(async () => {
	app = await startApp();
	browser = await launchBrowser();
	page = await browser.context.newPage();
	d = new RehearsalDriver(page, app.url);
});

afterAll(async () => {
	// PREFLIGHT_SCREENSHOT=shot.png keeps a picture of the page as the tests left it.
	if (process.env.PREFLIGHT_SCREENSHOT)
		await page?.screenshot({ path: process.env.PREFLIGHT_SCREENSHOT, fullPage: true });
	await browser?.close();
	await app?.close();
});

function html(): Promise<string> {
	return page.evaluate(() => document.documentElement.outerHTML);
}

/** Step 1, carefully: both pools looked at, the suspect's logs read, then confirmed. */
async function carefulStep1(): Promise<void> {
	expect(await d.phase(1)).toBe('drafted');
	const preflight = await d.runCopied(1, 'the pre-flight');
	expect(preflight).toMatch(/^payments-secondary\s+2\/2\s+2\s+2\s/m);
	await d.skip30();
	const logs = await d.run('kubectl logs -n payments -l pool=primary --tail=50 | grep HikariPool');
	expect(logs).toContain('HikariPool-1 - Connection is not available');
	await d.skip30();
	await d.confirmByShortcut(1);
}

/** Step 2: pre-flight, rollback staged, confirmed, the scale-up and its rollout watched. */
async function carefulStep2(): Promise<void> {
	expect(await d.drafted(2, 'the action')).toBe(SCALE_SECONDARY);
	expect(await d.runCopied(2, 'the pre-flight')).toMatch(/^payments-secondary\s+2\/2\s/m);
	await d.skip30();
	await d.stageRollback(2);
	await d.confirmByButton(2);
	expect(await d.phase(2)).toBe('rollback-staged');
	expect(await d.runCopied(2, 'the action')).toBe('deployment.apps/payments-secondary scaled');
	expect(await d.phase(2)).toBe('action-run');
	const rollout = await d.runCopied(2, 'the verify');
	expect(rollout.split('\n').at(-1)).toBe(
		'deployment "payments-secondary" successfully rolled out'
	);
}

/** Step 3: the draft drains the healthy pool (planted); the trainee drains the primary instead. */
async function carefulStep3(): Promise<void> {
	expect(await d.drafted(3, 'the action')).toBe(
		'kubectl scale deploy/payments-secondary -n payments --replicas=0'
	);
	expect(await d.runCopied(3, 'the pre-flight')).toMatch(/^payments-secondary\s+6\/6\s/m);
	await d.skip30();
	await d.stageRollback(3, 'kubectl scale deployment/payments-primary -n payments --replicas=4');
	await d.confirmByShortcut(3);
	expect(await d.run(DRAIN_PRIMARY)).toBe('deployment.apps/payments-primary scaled');
	const rollout = await d.runCopied(3, 'the verify');
	expect(rollout.split('\n').at(-1)).toBe('deployment "payments-primary" successfully rolled out');
	await d.skip30();
	await d.skip30();
}

/** Step 4: the pods looked at once the 5xx ratio has had a minute to settle, then confirmed. */
async function carefulStep4(): Promise<void> {
	const pods = await d.runCopied(4, 'the pre-flight');
	expect(pods).not.toContain('payments-primary-');
	await d.skip30();
	await d.confirmByButton(4);
}

/** The deployments in payments as the cluster panel lists them (name, ready/desired). */
function panelDeployments(): Promise<string> {
	return page
		.getByRole('complementary', { name: 'Cluster at a glance' })
		.getByRole('list', { name: 'Deployments in payments' })
		.innerText();
}

/**
 * Reloads the tab mid-run and checks the same run comes back: the step's phase, the clock within
 * a few virtual seconds (it runs until the page is paused again), the cluster as
 * `kubectl get deploy` and the panel show it, and the terminal's lines typed so far.
 */
async function reloadKeepsRun(runId: string, step: number): Promise<void> {
	const deploys = await d.run('kubectl get deploy -n payments');
	expect(deploys.split('\n')[0]).toMatch(/^NAME\s+READY\s+UP-TO-DATE\s+AVAILABLE\s+AGE$/);
	await expect.poll(panelDeployments).toContain('payments-secondary');
	const panel = await panelDeployments();
	const phase = await d.phase(step);
	const clock = await d.clock();
	const typed = typedLines(await d.terminalText());
	expect(typed.at(-1)).toMatch(/\$ kubectl get deploy -n payments$/);

	await page.reload();
	expect(new URL(page.url()).hash).toBe(`#/run/${runId}`);
	const shown = await d.waitForPrompt(60_000);
	await d.pause();
	expect(await d.phase(step)).toBe(phase);
	expect(Math.abs((await d.clock()) - clock)).toBeLessThanOrEqual(5);
	expect(typedLines(shown)).toEqual(typed);
	expect(shown).toContain(deploys);
	await expect.poll(panelDeployments, { timeout: 10_000 }).toBe(panel);
	expect(await d.run('kubectl get deploy -n payments')).toBe(deploys);
}

/** The command lines the terminal shows after their prompt. */
function typedLines(text: string): string[] {
	return text.split('\n').filter((l) => /^oncall@prod-us-east-1:[a-z0-9-]+\$ \S/.test(l));
}

async function expectHighScore(): Promise<void> {
	const debrief = await readDebrief(page);
	expect(debrief.grade).toBe('A');
	expect(Number(debrief.total.replace('/100', ''))).toBeGreaterThanOrEqual(90);
	expect(debrief.points['skipped-preflight']).toBe('12/12');
	expect(debrief.findings['skipped-preflight']).toEqual([]);
	console.info(`careful run through the UI: ${debrief.total} (${debrief.grade})`);
}

/** Reloads measured per run in the benchmark. */
const SAMPLES = 3;

/** History → Import runs…, with the document as the chosen file. */
async function importRuns(json: string): Promise<void> {
	await page.goto(`${app!.url}#/history`);
	await page.locator('input[type=file]').setInputFiles({
		name: 'preflight-runs.json',
		mimeType: 'application/json',
		buffer: Buffer.from(json)
	});
	await expect.poll(() => page.getByRole('status').innerText()).toBe('Imported 2 runs.');
}

/**
 * Opens `#/run/<id>` as a new page load and reads the page's own timings: `preflight:resume` (the
 * controller's resume) and the moment the terminal shows its transcript and a prompt.
 */
async function openRunFresh(id: string): Promise<{ resume: number; ready: number }> {
	await page.goto('about:blank');
	await page.goto(`${app!.url}#/run/${id}`);
	const ready = await page.waitForFunction(
		() => {
			const text = window.__preflight?.terminalText() ?? '';
			const last = text.split('\n').at(-1) ?? '';
			const prompt = /^oncall@prod-us-east-1:[a-z0-9-]+\$$/.test(last) && text.includes('\n');
			return prompt ? performance.now() : false;
		},
		undefined,
		{ polling: 'raf', timeout: 60_000 }
	);
	const resume = await page.evaluate(() =>
		performance.getEntriesByName('preflight:resume').map((e) => e.duration)
	);
	expect(resume).toHaveLength(1);
	return { resume: resume[0], ready: (await ready.jsonValue()) as number };
}

/** Medians, whole ms. */
function summary(samples: { resume: number; ready: number }[]): { resume: number; ready: number } {
	const median = (xs: number[]) => Math.round(xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]);
	return {
		resume: median(samples.map((s) => s.resume)),
		ready: median(samples.map((s) => s.ready))
	};
}

describe('rehearsal in Chromium', () => {
	it('keeps step 2’s draft out of the DOM until step 1 is confirmed, and a careful run scores A', async () => {
		const runId = await d.start(SCENARIO);
		await d.card(1).waitFor();
		const before = await html();
		for (const text of STEP2_ONLY) expect(before).not.toContain(text);
		await carefulStep1();
		// The same strings are there once the gate reveals step 2: the check above can fail.
		const after = await html();
		for (const text of STEP2_ONLY) expect(after).toContain(text);
		await carefulStep2();
		await carefulStep3();
		await carefulStep4();
		await d.end(runId);
		await expectHighScore();
	}, 240_000);

	it('penalises a run that changes the secondary with no pre-flight look at it', async () => {
		const runId = await d.start(SCENARIO);
		await d.confirmByButton(1);
		await d.stageRollback(2);
		await d.confirmByButton(2);
		expect(await d.runCopied(2, 'the action')).toBe('deployment.apps/payments-secondary scaled');
		await d.end(runId);
		const debrief = await readDebrief(page);
		expect(debrief.points['skipped-preflight']).toBe('6/12');
		expect(debrief.findings['skipped-preflight']).toEqual([
			`\`${SCALE_SECONDARY}\` changed deployment/payments-secondary with no read-only look at it. · ${SCALE_SECONDARY}`
		]);
	}, 120_000);

	it('resumes the same run after a reload mid-step: gate, clock, cluster and terminal', async () => {
		const runId = await d.start(SCENARIO);
		await d.runCopied(1, 'the pre-flight');
		await d.skip30();
		await d.confirmByShortcut(1);
		await d.runCopied(1, 'the action');
		expect(await d.phase(1)).toBe('action-run');
		await reloadKeepsRun(runId, 1);

		await d.runCopied(1, 'the verify');
		await d.card(1).waitFor({ state: 'detached' });
		await carefulStep2();
		// After a change to the world: the reload finds payments-secondary at 6/6 again.
		await reloadKeepsRun(runId, 3);
		await carefulStep3();
		await carefulStep4();
		await d.end(runId);
		await expectHighScore();
	}, 240_000);

	it('measures resuming a 500-event run from IndexedDB on a fresh page load', async () => {
		const { doc, events } = benchExport(Date.now());
		expect(events).toBe(500);
		const json = JSON.stringify(doc);
		expect(parseRunExport(JSON.parse(json)).ok).toBe(true);
		const samples = new Map<string, { resume: number; ready: number }[]>();
		// Imported again each round: a resume writes a checkpoint, and the log-only run must stay so.
		for (let round = 0; round < SAMPLES; round++) {
			await importRuns(json);
			for (const id of [BENCH_WITH_CHECKPOINT, BENCH_LOG_ONLY]) {
				const sample = await openRunFresh(id);
				expect(sample.resume).toBeLessThan(10_000);
				samples.set(id, [...(samples.get(id) ?? []), sample]);
			}
		}
		const [checkpointed, logOnly] = [BENCH_WITH_CHECKPOINT, BENCH_LOG_ONLY].map((id) =>
			summary(samples.get(id)!)
		);
		console.info(
			`IndexedDB replay of a ${events}-event run: ${checkpointed.resume} ms (target ≤ 200 ms)\n` +
				`  median of ${SAMPLES} reloads, Rehearsal.resume (store read, log folded, cluster from its checkpoint); ` +
				`page load to terminal ready ${checkpointed.ready} ms\n` +
				`  with no checkpoint (changes re-run from t = 0): ${logOnly.resume} ms; page load to terminal ready ${logOnly.ready} ms`
		);
	}, 300_000);
});
