/**
 * A small hash router: `#/scenarios/<id>` → the `scenarios` page with `param` = the id. Hash
 * routes need no server rewrites, so the built app works from any static host. Unknown hashes
 * fall back to the first page.
 */
import { locationFromHash, type PageRoute } from './hash-path';

export class HashRouter {
	path = $state('');
	/** The page's parameter (a scenario id), when the hash has one. */
	param = $state<string | undefined>();
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

	#read(hash: string): void {
		const { path, param } = locationFromHash(hash, this.routes);
		this.path = path;
		this.param = param;
	}
}
