/**
 * A sentence read after "STOP if" or "Proceed only if": `The pool…` → `the pool…`. An acronym or
 * a name (`HPA`, `PodDisruptionBudget`, `OOMKilled`) keeps its capital, as the drafter's own text does.
 */
export function afterIf(text: string): string {
	return /^[A-Z][a-z]+\b/.test(text) && !/^[A-Z][a-z]+[A-Z]/.test(text)
		? text[0].toLowerCase() + text.slice(1)
		: text;
}
