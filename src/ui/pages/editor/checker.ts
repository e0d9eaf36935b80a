/**
 * Runs checks for the page: in a Web Worker when one starts, else on the page's thread (after a
 * macrotask, so the keystroke that triggered it paints first). Only the latest check's answer
 * counts; older answers are dropped.
 */
import { readBesideFile } from './beside-files';
import { checkScenario, type CheckResult } from './check-scenario';
import type { CheckReply, CheckRequest } from './check-protocol';

export interface Checker {
	/** Resolves with the result, or `undefined` when a newer check superseded this one. */
	check(text: string, file: string): Promise<CheckResult | undefined>;
	dispose(): void;
}

/** The worker checker, or the in-page one where Workers are missing or refuse to start. */
export function createChecker(): Checker {
	if (typeof Worker === 'undefined') return inlineChecker();
	try {
		return workerChecker(
			new Worker(new URL('./check.worker.ts', import.meta.url), { type: 'module' })
		);
	} catch {
		return inlineChecker();
	}
}

export function inlineChecker(): Checker {
	let latest = 0;
	return {
		async check(text, file) {
			const id = ++latest;
			await new Promise((r) => setTimeout(r, 0));
			if (id !== latest) return undefined;
			const result = safeCheck(text, file);
			return id === latest ? result : undefined;
		},
		dispose() {
			latest = -1;
		}
	};
}

function workerChecker(worker: Worker): Checker {
	let latest = 0;
	let fallback: Checker | undefined;
	const pending = new Map<number, (result: CheckResult | undefined) => void>();
	worker.onmessage = (event: MessageEvent<CheckReply>) => {
		const reply = event.data;
		const resolve = pending.get(reply.id);
		pending.delete(reply.id);
		if (!resolve) return;
		if (reply.id !== latest) return resolve(undefined);
		resolve('result' in reply ? reply.result : crashResult(reply.error));
	};
	// A worker that fails to load (blocked, a chunk missing): check on the page from then on.
	worker.onerror = () => {
		fallback ??= inlineChecker();
		worker.terminate();
		const waiting = [...pending.entries()];
		pending.clear();
		for (const [id, resolve] of waiting)
			if (id === latest) void fallback.check(lastText, lastFile).then(resolve);
			else resolve(undefined);
	};
	let lastText = '';
	let lastFile = '';
	return {
		check(text, file) {
			if (fallback) return fallback.check(text, file);
			const id = ++latest;
			lastText = text;
			lastFile = file;
			// Superseded checks still answer (the worker runs them in order); drop them then.
			return new Promise((resolve) => {
				pending.set(id, resolve);
				worker.postMessage({ id, text, file } satisfies CheckRequest);
			});
		},
		dispose() {
			worker.terminate();
			fallback?.dispose();
			for (const resolve of pending.values()) resolve(undefined);
			pending.clear();
		}
	};
}

function safeCheck(text: string, file: string): CheckResult {
	try {
		return checkScenario(text, file, readBesideFile);
	} catch (error) {
		return crashResult(error instanceof Error ? error.message : String(error));
	}
}

/** A bug in the checker shows as a problem on line 1, never as a broken page. */
function crashResult(message: string): CheckResult {
	return {
		problems: [
			{
				file: 'scenario.yaml',
				line: 1,
				column: 1,
				path: '',
				message: `the checker failed: ${message}`,
				severity: 'error'
			}
		]
	};
}
