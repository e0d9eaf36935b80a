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
	const { command, note } = step.rollback;
	if (command === '') return `Rollback: none — ${note ? fold(note) : 'nothing undoes this step'}`;
	return `Rollback: ${fold(command)}${note ? ` — ${fold(note)}` : ''}`;
}

export function renderStep(step: GuardedStep): string {
	const { preflight, action, verify } = step;
	return [
		`Step ${step.step} — ${fold(step.title)}`,
		`Pre-flight (read-only): ${fold(preflight.command)} — proceed only if ${clause(preflight.expect)}; stop if ${sentence(lowerFirst(fold(preflight.stopIf.text)))}`,
		`Action: ${fold(action.command)} — ${sentence(action.blastRadius)}`,
		`Verify: ${fold(verify.command)}`,
		rollbackLine(step),
		...step.staleFlags.map((f) => `⚠ Stale: ${fold(f.reason)} (evidence: ${evidence(f.evidence)})`),
		fold(step.confirm)
	].join('\n');
}

/** Several steps, a blank line between them, ending with a newline. */
export function renderSteps(steps: readonly GuardedStep[]): string {
	return steps.map((s) => `${renderStep(s)}\n`).join('\n');
}
