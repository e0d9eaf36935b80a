/** Store failures in the words a user can act on. */
import type { ScenarioToSave, StoreResult } from './scenario-store';

export const NOT_PERSISTENT =
	'This browser is not letting Preflight use its storage (a private window, or storage blocked ' +
	'for this site), so your scenarios are kept only until this tab closes. Export them to keep them.';

/** Why a write failed, and what the user can do; `done` is what did not happen ("saved"). */
export function describeStoreFailure(error: unknown, done: 'saved' | 'deleted'): string {
	const names = errorNames(error);
	const keep = done === 'saved' ? ' Your text is still in the editor: export it to keep it.' : '';
	if (names.includes('QuotaExceededError'))
		return (
			`The browser's storage for this site is full, so the scenario was not ${done}.` +
			(done === 'saved'
				? ' Your text is still in the editor: export it as a file, or delete scenarios you no longer need.'
				: '')
		);
	if (names.includes('VersionError') || names.includes('DatabaseClosedError'))
		return `Preflight was updated in another tab, so the scenario was not ${done}. Reload this tab.${keep}`;
	const detail = error instanceof Error && error.message ? ` (${error.message})` : '';
	return `The browser's storage refused the change${detail}, so the scenario was not ${done}.${keep}`;
}

/** The error's name and the names of the errors it wraps (Dexie keeps the IndexedDB one as `inner`). */
function errorNames(error: unknown): string[] {
	const names: string[] = [];
	for (let e = error, depth = 0; e && typeof e === 'object' && depth < 4; depth++) {
		const name = (e as { name?: unknown }).name;
		if (typeof name === 'string') names.push(name);
		e = (e as { inner?: unknown }).inner;
	}
	return names;
}

/** Rejects what IndexedDB would reject with a cryptic DataError. */
export function checkScenario(scenario: ScenarioToSave): StoreResult | undefined {
	if (typeof scenario.id !== 'string' || scenario.id.trim() === '')
		return { ok: false, message: 'The scenario needs an id before it can be saved.' };
	return undefined;
}

const KEEP_RUN = 'this run is kept in this tab only — export it to keep it.';

/** The run store's one line when the browser gives no IndexedDB at all. */
export const RUNS_NOT_PERSISTENT =
	'This browser is not letting Preflight use its storage (a private window, or storage blocked ' +
	`for this site): ${KEEP_RUN}`;

/** Why a run's write failed, as the one line the rehearsal page shows from then on. */
export function describeRunFailure(error: unknown): string {
	const names = errorNames(error);
	if (names.includes('QuotaExceededError')) return `The browser's storage is full: ${KEEP_RUN}`;
	if (names.includes('VersionError') || names.includes('DatabaseClosedError'))
		return `Preflight was updated in another tab: ${KEEP_RUN.replace(/\.$/, '')}, then reload.`;
	if (names.includes('InvalidStateError') || names.includes('UnknownError'))
		return `The browser's storage for this site went away (site data cleared?): ${KEEP_RUN}`;
	const detail = error instanceof Error && error.message ? ` (${error.message})` : '';
	return `The browser's storage refused a write${detail}: ${KEEP_RUN}`;
}
