import { describe, expect, it } from 'vitest';
import { Terminal } from '@xterm/headless';
import { LineEditor, type EditorEvent } from './line-editor';

const PROMPT = '\x1b[32m$\x1b[0m ';

/** A headless xterm wired to an editor: keys in, visible rows out. */
async function setup(opts: { cols?: number; history?: string[] } = {}) {
	const cols = opts.cols ?? 40;
	const term = new Terminal({ cols, rows: 12, allowProposedApi: true });
	const editor = new LineEditor({ prompt: PROMPT, cols, history: opts.history });
	const events: EditorEvent[] = [];
	const apply = async (evs: EditorEvent[]) => {
		events.push(...evs);
		for (const e of evs)
			if (e.type === 'write') await new Promise<void>((r) => term.write(e.data, r));
	};
	await apply(editor.prompt());
	return {
		editor,
		events,
		apply,
		type: (data: string) => apply(editor.feed(data)),
		rows: () => {
			const out: string[] = [];
			for (let i = 0; i < term.rows; i++)
				out.push(term.buffer.active.getLine(i)?.translateToString(true).trimEnd() ?? '');
			while (out.length && out[out.length - 1] === '') out.pop();
			return out;
		},
		cursor: () => [term.buffer.active.cursorY, term.buffer.active.cursorX]
	};
}

describe('LineEditor in a headless xterm', () => {
	it('types, edits mid-line and submits', async () => {
		const t = await setup();
		await t.type('kubectl get pods');
		expect(t.rows()).toEqual(['$ kubectl get pods']);
		await t.type('\x1b[D\x1b[D\x1b[D\x1b[D\x7f\x7f\x7f\x7fdeploy ');
		expect(t.rows()).toEqual(['$ kubectl deploy pods']);
		expect(t.cursor()).toEqual([0, 17]);
		await t.type('\x1b[Hk\x1b[3~\x1b[3~\x1b[3~\x1b[3~\x1b[3~\x1b[3~\x1b[3~');
		expect(t.rows()).toEqual(['$ k deploy pods']);
		await t.type('\x01\x1b[3~\x05 -n x\x17\x17');
		expect(t.rows()).toEqual(['$  deploy pods']);
		await t.type('\x1bOH\x0b');
		expect(t.rows()).toEqual(['$']);
		await t.type('echo hi\r');
		expect(t.events.filter((e) => e.type === 'submit')).toEqual([
			{ type: 'submit', line: 'echo hi' }
		]);
		expect(t.cursor()).toEqual([1, 0]);
		await t.apply(t.editor.prompt());
		expect(t.rows()).toEqual(['$ echo hi', '$']);
	});

	it('walks history with ↑/↓, keeping the draft and skipping repeats', async () => {
		const t = await setup({ history: ['k get pods'] });
		await t.type('echo a\r');
		await t.apply(t.editor.prompt());
		await t.type('echo a\r');
		await t.apply(t.editor.prompt());
		expect(t.editor.history).toEqual(['k get pods', 'echo a']);
		await t.type('draft');
		await t.type('\x1b[A');
		expect(t.rows()[2]).toBe('$ echo a');
		await t.type('\x1b[A\x1b[A');
		expect(t.rows()[2]).toBe('$ k get pods');
		await t.type('\x1b[B\x1b[B');
		expect(t.rows()[2]).toBe('$ draft');
		expect(t.editor.line).toBe('draft');
	});

	it('redraws a line that wraps past the terminal width', async () => {
		const t = await setup({ cols: 20 });
		await t.type('kubectl get pods -n payments');
		expect(t.rows()).toEqual(['$ kubectl get pods -', 'n payments']);
		await t.type('\x01\x1b[3~\x1b[3~\x1b[3~\x1b[3~\x1b[3~\x1b[3~\x1b[3~\x1b[3~');
		expect(t.rows()).toEqual(['$ get pods -n paymen', 'ts']);
		expect(t.cursor()).toEqual([0, 2]);
		await t.type('\x05\x7f\x7f');
		expect(t.rows()).toEqual(['$ get pods -n paymen']);
		expect(t.cursor()).toEqual([1, 0]);
	});

	it('asks for completion on Tab and applies one or lists several', async () => {
		const t = await setup();
		await t.type('k get dep\t');
		expect(t.events.at(-1)).toEqual({ type: 'complete', line: 'k get dep', cursor: 9 });
		await t.apply(
			t.editor.applyCompletion({ replaceFrom: 6, candidates: ['deploy', 'deployments'] })
		);
		expect(t.rows()).toEqual(['$ k get deploy']);
		await t.apply(
			t.editor.applyCompletion({ replaceFrom: 6, candidates: ['deploy', 'deployments'] })
		);
		expect(t.rows()).toEqual(['$ k get deploy', 'deploy       deployments', '$ k get deploy']);
		await t.type('ments');
		await t.apply(t.editor.applyCompletion({ replaceFrom: 6, candidates: ['deployments'] }));
		expect(t.rows().at(-1)).toBe('$ k get deployments');
		expect(t.editor.line).toBe('k get deployments ');
	});

	it('interrupts with ^C, clears with Ctrl-L, and sets a line without submitting', async () => {
		const t = await setup();
		await t.type('kubectl delete pod x\x03');
		expect(t.events.at(-1)).toEqual({ type: 'interrupt' });
		expect(t.rows()).toEqual(['$ kubectl delete pod x^C']);
		await t.apply(t.editor.prompt());
		await t.apply(t.editor.setLine('kubectl rollout undo deploy/payments-primary'));
		expect(t.editor.line).toBe('kubectl rollout undo deploy/payments-primary');
		expect(t.events.some((e) => e.type === 'submit')).toBe(false);
		await t.type('\x0c');
		expect(t.events.some((e) => e.type === 'clear')).toBe(true);
		expect(t.rows()).toEqual(['$ kubectl rollout undo deploy/payments-p', 'rimary']);
	});

	it('submits each line of a multi-line paste', async () => {
		const t = await setup();
		await t.type('echo a\recho\tb\r');
		expect(t.events.filter((e) => e.type === 'submit')).toEqual([
			{ type: 'submit', line: 'echo a' },
			{ type: 'submit', line: 'echo b' }
		]);
	});
});
