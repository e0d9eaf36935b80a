/**
 * A guarded step as people read it, in the seed article's shape: the title line, the read-only
 * pre-flight with what means proceed and what means stop, the action with its blast radius, the
 * verify, the staged rollback, any stale assumptions, and the line that hands the decision back.
 * Plain text, one section a line (text that spans lines is folded onto its line).
 */
import type { GuardedStep } from './schema';

/** Whitespace runs, newlines included, become one space: a section stays on its line. */
function fold(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

const ESCAPES: Record<string, string> = { '\r': '\\r', '\v': '\\v', '\f': '\\f' };

/**
 * A command as typed: a control character or line separator (which a terminal takes as Enter)
 * is shown as its escape, never folded into a space that would hide a second command.
 */
function command(text: string): string {
	const shown = text.replace(
		/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g,
		(c) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
	);
	return fold(shown);
}

/** A sentence continuing after "proceed only if": no final stop, a lower-case start. */
function clause(text: string): string {
	return lowerFirst(fold(text).replace(/[.;]+$/, ''));
}

/** `The pool…` → `the pool…`; an acronym or a name (`HPA`, `PodDisruptionBudget`) stays. */
function lowerFirst(folded: string): string {
	return /^[A-Z][a-z]+\b/.test(folded) && !/^[A-Z][a-z]+[A-Z]/.test(folded)
		? folded[0].toLowerCase() + folded.slice(1)
		: folded;
}

/** Multi-line evidence (kubectl output) joined on one line. */
function evidence(text: string): string {
	return text
		.split('\n')
		.map((l) => l.replace(/\s+/g, ' ').trim())
		.filter((l) => l !== '')
		.join(' | ');
}

/** A sentence ends with a stop, as the seed's action line does (`….)` counts). */
function sentence(text: string): string {
	const folded = fold(text);
	return /[.!?]\)?$/.test(folded) ? folded : `${folded}.`;
}

function rollbackLine(step: GuardedStep): string {
	const { command: line, note } = step.rollback;
	if (line === '') return `Rollback: none — ${note ? fold(note) : 'nothing undoes this step'}`;
	return `Rollback: ${command(line)}${note ? ` — ${fold(note)}` : ''}`;
}

export function renderStep(step: GuardedStep): string {
	const { preflight, action, verify } = step;
	return [
		`Step ${step.step} — ${fold(step.title)}`,
		`Pre-flight (read-only): ${command(preflight.command)} — proceed only if ${clause(preflight.expect)}; stop if ${sentence(lowerFirst(fold(preflight.stopIf.text)))}`,
		`Action: ${command(action.command)} — ${sentence(action.blastRadius)}`,
		`Verify: ${command(verify.command)}`,
		rollbackLine(step),
		...step.staleFlags.map((f) => `⚠ Stale: ${fold(f.reason)} (evidence: ${evidence(f.evidence)})`),
		fold(step.confirm)
	].join('\n');
}

/** Several steps, a blank line between them, ending with a newline. */
export function renderSteps(steps: readonly GuardedStep[]): string {
	return steps.map((s) => `${renderStep(s)}\n`).join('\n');
}
