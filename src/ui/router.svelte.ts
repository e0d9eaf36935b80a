/**
 * A small hash router: `#/scenarios/<id>` → the `scenarios` page with `param` = the id, and
 * `#/scenarios?q=…` → its `query` (`#/rehearse/<id>?mode=compose` likewise). Hash routes need no server rewrites, so the built app works from
 * any static host. Unknown hashes fall back to the first page.
 */
import { locationFromHash, type HashQuery, type PageRoute } from './hash-path';

const NO_QUERY: HashQuery = Object.freeze({});

/** The app's pages, in header order; those with `nav: false` are reached by links. */
export const APP_ROUTES: readonly PageRoute[] = [
	{ path: 'scenarios', title: 'Scenarios' },
	{ path: 'terminal', title: 'Terminal' },
	{ path: 'history', title: 'History' },
	{ path: 'editor', title: 'Editor', nav: false },
	/** `#/rehearse/<scenarioId>?mode=approve|compose|free-play`: starts (or offers to resume) a run. */
	{ path: 'rehearse', title: 'Rehearse', nav: false },
	/** `#/run/<runId>`: the run; a reload resumes it. */
	{ path: 'run', title: 'Rehearsal', nav: false },
	{ path: 'debrief', title: 'Debrief', nav: false }
];

export class HashRouter {
	path = $state('');
	/** The page's parameter (a scenario id), when the hash has one. */
	param = $state<string | undefined>();
	/** The hash's query (the library's search and filters); empty when it has none. */
	query = $state.raw<HashQuery>(NO_QUERY);
	readonly routes: readonly PageRoute[];
	readonly #onchange = () => this.#read(location.hash);

	constructor(routes: readonly PageRoute[]) {
		this.routes = routes;
		this.#read(typeof location === 'undefined' ? '' : location.hash);
	}

	/** Listens for hash changes; returns the function that stops listening. */
	listen(): () => void {
		window.addEventListener('hashchange', this.#onchange);
		return () => window.removeEventListener('hashchange', this.#onchange);
	}

	/**
	 * Puts `hash` in the address bar in place of the current entry (no new history entry, so typing
	 * in a search box does not fill the Back button), and follows it.
	 */
	replace(hash: string): void {
		if (location.hash === hash) return;
		history.replaceState(history.state, '', hash);
		this.#read(hash);
	}

	#read(hash: string): void {
		const { path, param, query } = locationFromHash(hash, this.routes);
		this.path = path;
		this.param = param;
		this.query = query ?? NO_QUERY;
	}
}
