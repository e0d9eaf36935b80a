/** Which page a location hash names, and the page's parameter (`#/scenarios/<id>`). */
export interface PageRoute {
	/** First path segment after `#/`. */
	path: string;
	/** Link text in the header. */
	title: string;
	/** Shown in the header's navigation; pages reached by links only (the editor) are not. */
	nav?: boolean;
}

/** A parsed hash: the page and, for pages that take one, the decoded parameter. */
export interface HashLocation {
	path: string;
	param?: string;
}

/** The page and parameter a hash names; unknown pages fall back to the first route. */
export function locationFromHash(hash: string, routes: readonly PageRoute[]): HashLocation {
	const [path, rawParam] = hash
		.replace(/^#\/?/, '')
		.split('?')[0]
		.split('/')
		.filter((segment, index) => index === 0 || segment !== '');
	if (!routes.some((r) => r.path === path)) return { path: routes[0].path };
	const param = rawParam === undefined ? undefined : safeDecode(rawParam);
	return param ? { path, param } : { path };
}

/** The page a hash names, or the fallback. */
export function pathFromHash(hash: string, routes: readonly PageRoute[]): string {
	return locationFromHash(hash, routes).path;
}

/** `#/scenarios/payments-pool-drain`: the hash for a page and an optional parameter. */
export function hashFor(path: string, param?: string): string {
	return param === undefined ? `#/${path}` : `#/${path}/${encodeURIComponent(param)}`;
}

function safeDecode(segment: string): string | undefined {
	try {
		return decodeURIComponent(segment);
	} catch {
		return undefined;
	}
}
