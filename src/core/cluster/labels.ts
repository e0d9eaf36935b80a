/**
 * Label-selector matching as the API server does it for controllers: `matchLabels` and
 * `matchExpressions` are ANDed; an empty selector matches everything, a missing one nothing.
 */
import type { LabelSelector, LabelSelectorRequirement, Labels } from './types';

/** Whether one requirement holds for a label set. */
export function matchesRequirement(req: LabelSelectorRequirement, labels: Labels): boolean {
	const has = Object.prototype.hasOwnProperty.call(labels, req.key);
	const values = req.values ?? [];
	switch (req.operator) {
		case 'In':
			return has && values.includes(labels[req.key]);
		case 'NotIn':
			return !has || !values.includes(labels[req.key]);
		case 'Exists':
			return has;
		case 'DoesNotExist':
			return !has;
	}
}

/**
 * Whether `labels` satisfy `selector`. `undefined` selects nothing (as a nil selector does for
 * controllers); `{}` selects everything.
 */
export function matchesSelector(
	selector: LabelSelector | undefined,
	labels: Labels | undefined
): boolean {
	if (!selector) return false;
	const set = labels ?? {};
	for (const [key, value] of Object.entries(selector.matchLabels ?? {})) {
		if (set[key] !== value) return false;
	}
	return (selector.matchExpressions ?? []).every((req) => matchesRequirement(req, set));
}

/** Equality-only selector (a Service's `spec.selector`): every pair must be present. */
export function matchesMap(selector: Labels | undefined, labels: Labels | undefined): boolean {
	if (!selector || Object.keys(selector).length === 0) return false;
	return matchesSelector({ matchLabels: selector }, labels);
}

/** A selector as kubectl prints it (`app=web,tier in (a,b)`), requirements sorted by key. */
export function formatSelector(selector: LabelSelector | undefined): string {
	if (!selector) return '<none>';
	const parts: [string, string][] = Object.entries(selector.matchLabels ?? {}).map(([k, v]) => [
		k,
		`${k}=${v}`
	]);
	for (const req of selector.matchExpressions ?? []) {
		const values = [...(req.values ?? [])].sort().join(',');
		const text = {
			In: `${req.key} in (${values})`,
			NotIn: `${req.key} notin (${values})`,
			Exists: req.key,
			DoesNotExist: `!${req.key}`
		}[req.operator];
		parts.push([req.key, text]);
	}
	parts.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
	return parts.length ? parts.map((p) => p[1]).join(',') : '<none>';
}
