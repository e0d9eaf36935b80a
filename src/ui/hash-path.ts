/** Which page a location hash names. */
export interface PageRoute {
	/** Path segment after `#/`. */
	path: string;
	/** Link text in the header. */
	title: string;
}

/** The page a hash names, or the fallback. */
export function pathFromHash(hash: string, routes: readonly PageRoute[]): string {
	const path = hash.replace(/^#\/?/, '').split(/[/?]/)[0];
	return routes.some((r) => r.path === path) ? path : routes[0].path;
}
