/**
 * A small hash router: `#/terminal` → the `terminal` page. Hash routes need no server rewrites,
 * so the built app works from any static host. Unknown hashes fall back to the first page.
 */
import { pathFromHash, type PageRoute } from './hash-path';

export class HashRouter {
	path = $state('');
	readonly routes: readonly PageRoute[];
	readonly #onchange = () => (this.path = pathFromHash(location.hash, this.routes));

	constructor(routes: readonly PageRoute[]) {
		this.routes = routes;
		this.path = pathFromHash(typeof location === 'undefined' ? '' : location.hash, routes);
	}

	/** Listens for hash changes; returns the function that stops listening. */
	listen(): () => void {
		window.addEventListener('hashchange', this.#onchange);
		return () => window.removeEventListener('hashchange', this.#onchange);
	}
}
