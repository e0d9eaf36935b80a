/**
 * The explicit kubectl commands of a pasted runbook, in document order: lines of fenced code
 * blocks, inline code spans and `$ kubectl …` lines, with `\` continuations joined. Each carries
 * the title of the list item or heading it sits under. Commands under a rollback heading are the
 * runbook's undo, not steps, and are left out (the guard derives each step's own rollback).
 */

export interface RunbookCommand {
	/** The command line, without a `$ ` prompt. */
	line: string;
	/** The list item's bold lead or first sentence, else the heading: what the step is for. */
	title?: string;
}

const FENCE = /^\s*(```|~~~)/;
const HEADING = /^\s*(#{1,6})\s+(.*)$/;
const LIST_ITEM = /^\s*(?:\d+[.)]|[-*+])\s+(.*)$/;
const UNDO_HEADING = /\b(roll\s?-?back|back\s?-?out|undo|revert)\b/i;
const MAX_TITLE = 80;

function kubectlLine(text: string): string | undefined {
	const bare = text.trim().replace(/^\$\s+/, '');
	return /^kubectl\s/.test(bare) ? bare : undefined;
}

/** `**Scale the healthy pool up** so it…` → `Scale the healthy pool up`. */
export function titleOf(text: string): string | undefined {
	const bold = /\*\*(.+?)\*\*|__(.+?)__/.exec(text);
	const raw = bold ? (bold[1] ?? bold[2]) : text.split(/(?<=[.:])\s|[:]\s*$/)[0];
	const title = raw
		.replace(/`/g, '')
		.replace(/[.:]+$/, '')
		.trim();
	if (title === '') return undefined;
	return title.length > MAX_TITLE ? `${title.slice(0, MAX_TITLE - 1).trimEnd()}…` : title;
}

/** Joins `\`-continued lines of a code block. */
function joinContinuations(lines: string[]): string[] {
	const out: string[] = [];
	let pending = '';
	for (const line of lines) {
		const trimmed = line.trim();
		if (trimmed.endsWith('\\')) pending += `${trimmed.slice(0, -1).trimEnd()} `;
		else {
			out.push(pending + trimmed);
			pending = '';
		}
	}
	if (pending) out.push(pending.trimEnd());
	return out;
}

export function runbookCommands(markdown: string): RunbookCommand[] {
	const out: RunbookCommand[] = [];
	let title: string | undefined;
	let undoSection = false;
	let fence: string[] | undefined;
	const add = (line: string | undefined) => {
		if (line !== undefined && !undoSection) out.push({ line, ...(title && { title }) });
	};
	for (const raw of markdown.split('\n')) {
		if (FENCE.test(raw)) {
			if (fence) joinContinuations(fence).forEach((l) => add(kubectlLine(l)));
			fence = fence ? undefined : [];
			continue;
		}
		if (fence) {
			fence.push(raw);
			continue;
		}
		const heading = HEADING.exec(raw);
		if (heading) {
			undoSection = UNDO_HEADING.test(heading[2]);
			title = titleOf(heading[2]);
			continue;
		}
		const item = LIST_ITEM.exec(raw);
		if (item) title = titleOf(item[1]) ?? title;
		const prompt = /^\s*\$\s+kubectl\s/.test(raw) ? kubectlLine(raw) : undefined;
		if (prompt !== undefined) add(prompt);
		else for (const m of raw.matchAll(/`([^`]+)`/g)) add(kubectlLine(m[1]));
	}
	return out;
}
