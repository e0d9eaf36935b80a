/** Which page a location hash names, its parameter (`#/scenarios/<id>`) and its query (`?q=…`). */
export interface PageRoute {
	/** First path segment after `#/`. */
	path: string;
	/** Link text in the header. */
	title: string;
	/** Shown in the header's navigation; pages reached by links only (the editor) are not. */
	nav?: boolean;
}

/** A hash's query: each name's first value. */
export type HashQuery = Readonly<Record<string, string>>;

/** A parsed hash: the page, the decoded parameter for pages that take one, and a query if any. */
export interface HashLocation {
	path: string;
	param?: string;
	query?: HashQuery;
}

/** The page, parameter and query a hash names; unknown pages fall back to the first route. */
export function locationFromHash(hash: string, routes: readonly PageRoute[]): HashLocation {
	const body = hash.replace(/^#\/?/, '');
	const mark = body.indexOf('?');
	const [path, rawParam] = (mark < 0 ? body : body.slice(0, mark))
		.split('/')
		.filter((segment, index) => index === 0 || segment !== '');
	if (!routes.some((r) => r.path === path)) return { path: routes[0].path };
	const param = rawParam === undefined ? undefined : safeDecode(rawParam);
	const query = mark < 0 ? undefined : queryOf(body.slice(mark + 1));
	return { path, ...(param ? { param } : {}), ...(query ? { query } : {}) };
}

/** The page a hash names, or the fallback. */
export function pathFromHash(hash: string, routes: readonly PageRoute[]): string {
	return locationFromHash(hash, routes).path;
}

/**
 * `#/scenarios/payments-pool-drain`, `#/scenarios?q=stale`: the hash for a page, an optional
 * parameter and an optional query (empty values are left out).
 */
export function hashFor(path: string, param?: string, query?: HashQuery): string {
	const base = param === undefined ? `#/${path}` : `#/${path}/${encodeURIComponent(param)}`;
	const search = new URLSearchParams(
		Object.entries(query ?? {}).filter(([, value]) => value !== '')
	).toString();
	return search ? `${base}?${search}` : base;
}

function queryOf(search: string): HashQuery | undefined {
	const query = new Map<string, string>();
	for (const [name, value] of new URLSearchParams(search)) {
		if (value !== '' && !query.has(name)) query.set(name, value);
	}
	// fromEntries defines own properties, so a `__proto__` name stays a plain key.
	return query.size > 0 ? Object.fromEntries(query) : undefined;
}

function safeDecode(segment: string): string | undefined {
	try {
		return decodeURIComponent(segment);
	} catch {
		return undefined;
	}
}
