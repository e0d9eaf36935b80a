/**
 * The browser tab's title for each page ("Scenarios · Preflight"), so tabs, history and screen
 * readers can tell the pages apart (WCAG 2.4.2).
 */
import type { HashLocation, PageRoute } from './hash-path';

export const APP_NAME = 'Preflight';

/** `Terminal` → `Terminal · Preflight`; no page name → `Preflight`. */
export function documentTitle(page?: string): string {
	return page ? `${page} · ${APP_NAME}` : APP_NAME;
}

/** Pages that know a scenario's title name themselves once they have it. */
const SELF_NAMED = new Set(['scenarios', 'rehearse', 'run']);

/**
 * The page name a location gives, or undefined for a scenario, rehearse or run page: only it knows
 * the scenario's title, so it names itself.
 */
export function pageNameFor(at: HashLocation, routes: readonly PageRoute[]): string | undefined {
	if (at.path === 'editor') return at.param === undefined ? 'New scenario' : `Edit ${at.param}`;
	if (SELF_NAMED.has(at.path) && at.param !== undefined) return undefined;
	if (at.path === 'history' && at.param !== undefined) return `History of ${at.param}`;
	return routes.find((r) => r.path === at.path)?.title;
}
