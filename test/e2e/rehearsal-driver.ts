/**
 * Drives the rehearsal page in real Chromium as a trainee does: "Copy to terminal" (it types, never
 * runs), Enter in the terminal, the decisions by button or Alt+Shift shortcut, the clock's pause
 * and "+30s". The terminal is read through `window.__preflight`; the clock is kept paused so the
 * run's virtual times come from "+30s" presses, not from how fast this machine is.
 */
import type { Locator, Page } from 'playwright-core';

/** A bare prompt as a buffer line shows it (right-trimmed). */
export const PROMPT = /^oncall@prod-us-east-1:[a-z0-9-]+\$$/;

/** A part of a step card with a "Copy to terminal: …" button. */
export type Part = 'the pre-flight' | 'the action' | 'the verify' | 'the rollback';

export class RehearsalDriver {
	/** `base`: the app's address (`startApp().url`). */
	constructor(
		readonly page: Page,
		readonly base: string
	) {}

	terminalText(): Promise<string> {
		return this.page.evaluate(() => window.__preflight?.terminalText() ?? '');
	}

	/** Polls the terminal until `done` holds; throws with what it shows after `timeout` ms. */
	async waitForTerminal(done: (text: string) => boolean, timeout = 20_000): Promise<string> {
		const until = Date.now() + timeout;
		let text = '';
		while (Date.now() < until) {
			text = await this.terminalText();
			if (done(text)) return text;
			await this.page.waitForTimeout(100);
		}
		throw new Error(`the terminal never showed what was expected; it shows:\n${text}`);
	}

	/** The terminal is up and waiting at a bare prompt. */
	waitForPrompt(timeout?: number): Promise<string> {
		return this.waitForTerminal((t) => PROMPT.test(t.split('\n').at(-1) ?? ''), timeout);
	}

	/** `#/rehearse/<id>?mode=…`: the new run's page, its terminal at a prompt, its clock paused. */
	async start(scenarioId: string, mode = 'approve'): Promise<string> {
		await this.page.goto(`${this.base}#/rehearse/${scenarioId}?mode=${mode}`);
		// A run of the scenario left open (a test that failed half-way) is offered first.
		const over = this.page.getByRole('button', { name: 'Start over' });
		const started = this.page.waitForURL(/#\/run\/[\w-]+$/, { timeout: 60_000 });
		if (
			(await Promise.race([started.then(() => 'run'), over.waitFor().then(() => 'over')])) ===
			'over'
		)
			await over.click();
		await started;
		await this.waitForPrompt(60_000);
		await this.pause();
		return this.runId();
	}

	runId(): string {
		return new URL(this.page.url()).hash.replace('#/run/', '');
	}

	get clockGroup(): Locator {
		return this.page.getByRole('group', { name: 'Virtual clock' });
	}

	/** Pauses the virtual clock (idempotent). */
	async pause(): Promise<void> {
		const toggle = this.clockGroup.getByRole('button', { name: /^(Pause|Resume)$/ });
		await toggle.waitFor({ timeout: 30_000 });
		if ((await toggle.innerText()) === 'Pause') await toggle.click();
		await this.clockGroup.getByRole('button', { name: 'Resume' }).waitFor();
	}

	/** "+30s": virtual time passes (reading output, a rollout going on) and the page shows it. */
	async skip30(): Promise<void> {
		const before = await this.clock();
		await this.clockGroup.getByRole('button', { name: 'Advance 30 seconds' }).click();
		const until = Date.now() + 10_000;
		while ((await this.clock()) < before + 30 && Date.now() < until)
			await this.page.waitForTimeout(50);
	}

	/** The page's virtual clock (`t+1m05s`), in seconds from t = 0. */
	async clock(): Promise<number> {
		const text = await this.page.getByLabel('Time since the page').innerText();
		const m = /^t([+-])(?:(\d+)h)?(?:(\d+)m)?(\d+)s$/.exec(text.trim());
		if (!m) throw new Error(`the clock shows “${text}”`);
		const seconds = Number(m[2] ?? 0) * 3600 + Number(m[3] ?? 0) * 60 + Number(m[4]);
		return m[1] === '-' ? -seconds : seconds;
	}

	card(step: number): Locator {
		return this.page.locator(`article.card[data-step="${step}"]`);
	}

	/** The step card's phase (`drafted`, `action-run`…), as its "Next:" line carries it. */
	phase(step: number): Promise<string | null> {
		return this.card(step).locator('.next').getAttribute('data-phase');
	}

	/** What the card drafts for a part, as shown. */
	async drafted(step: number, part: Part): Promise<string> {
		const button = this.card(step).getByRole('button', { name: `Copy to terminal: ${part}` });
		return (await button.locator('xpath=..').locator('code').innerText()).trim();
	}

	/** "Copy to terminal" on a step card's part, then Enter; resolves once the prompt is back. */
	async runCopied(step: number, part: Part): Promise<string> {
		const command = await this.drafted(step, part);
		await this.card(step)
			.getByRole('button', { name: `Copy to terminal: ${part}` })
			.click();
		return this.enter(command);
	}

	/** Types a line of the trainee's own into the terminal and runs it. */
	async run(line: string): Promise<string> {
		await this.page.locator('.xterm').click();
		await this.page.keyboard.type(line);
		return this.enter(line);
	}

	/**
	 * Enter once the prompt shows `line` (typing reaches xterm a frame later); while the line keeps
	 * running (a rollout), "+30s" moves the paused clock on. Resolves with the line's output once
	 * the prompt is back.
	 */
	async enter(line: string): Promise<string> {
		const text = await this.waitForTerminal((t) => (t.split('\n').at(-1) ?? '').endsWith(line));
		const typed = text.split('\n').at(-1) ?? '';
		await this.page.keyboard.press('Enter');
		const until = Date.now() + 30_000;
		for (;;) {
			try {
				return outputAfter(await this.waitForPrompt(1_500), typed);
			} catch (error) {
				if (Date.now() > until) throw error;
				await this.skip30();
			}
		}
	}

	/** The Decisions section's button (its accessible name leaves out the shortcut hint). */
	decision(label: string): Locator {
		return this.page
			.getByRole('region', { name: 'Decisions' })
			.getByRole('button', { name: label })
			.first();
	}

	/** Confirms the current step with its shortcut (Alt+Shift+C), from wherever the focus is. */
	async confirmByShortcut(step: number): Promise<void> {
		await this.page.keyboard.press('Alt+Shift+KeyC');
		await this.waitForDecided(step);
	}

	async confirmByButton(step: number): Promise<void> {
		await this.decision('Confirm pre-flight passed').click();
		await this.waitForDecided(step);
	}

	/** Stage rollback: the form offers the draft's rollback; `command` replaces it when given. */
	async stageRollback(step: number, command?: string): Promise<void> {
		await this.decision('Stage rollback').click();
		const input = this.page.getByLabel(`Rollback to stage for step ${step}`);
		if (command !== undefined) await input.fill(command);
		await input.press('Enter');
		await input.waitFor({ state: 'detached' });
	}

	/** A step is decided once the next one is revealed (or, after the last, every step is). */
	async waitForDecided(step: number): Promise<void> {
		await this.page.waitForFunction(
			(n) =>
				document.querySelector(`article.card[data-step="${n + 1}"]`) !== null ||
				document.body.innerText.includes('Every step is decided'),
			step,
			{ timeout: 20_000 }
		);
	}

	/** "End rehearsal": the run is scored and the debrief opens. */
	async end(runId: string): Promise<void> {
		await this.page.getByRole('button', { name: 'End rehearsal' }).click();
		await this.page.waitForURL(new RegExp(`#/debrief/${runId}$`), { timeout: 60_000 });
		await this.page.getByTestId('total').waitFor({ timeout: 60_000 });
	}
}

/** The output of the line typed last: what follows its prompt line, up to the bare prompt. */
export function outputAfter(text: string, typed: string): string {
	const lines = text.split('\n');
	const at = lines.lastIndexOf(typed.trimEnd());
	return lines.slice(at + 1, -1).join('\n');
}

/** The debrief's score, and each category's points and findings as shown. */
export interface DebriefView {
	total: string;
	grade: string;
	points: Record<string, string>;
	findings: Record<string, string[]>;
}

export async function readDebrief(page: Page): Promise<DebriefView> {
	const total = (await page.getByTestId('total').innerText()).trim();
	const grade = (await page.locator('.total .grade').innerText()).trim();
	const categories = await page.locator('details[data-category]').evaluateAll((els) =>
		els.map((el) => ({
			id: el.getAttribute('data-category') ?? '',
			points: el.querySelector('.points')?.textContent?.trim() ?? '',
			findings: [...el.querySelectorAll('.findings li')].map((li) =>
				[li.querySelector('.message')?.textContent, li.querySelector('.command')?.textContent]
					.filter((s) => s)
					.join(' · ')
			)
		}))
	);
	return {
		total,
		grade,
		points: Object.fromEntries(categories.map((c) => [c.id, c.points])),
		findings: Object.fromEntries(categories.map((c) => [c.id, c.findings]))
	};
}
