/** `--field-selector` as the API server applies it: `path=value`, `path==value`, `path!=value`. */
import type { KubeObject } from '../../cluster/types';

export interface FieldRequirement {
	path: string[];
	value: string;
	negate: boolean;
}

export function parseFieldSelector(text: string): FieldRequirement[] {
	return text
		.split(',')
		.filter((p) => p.trim() !== '')
		.map((p) => {
			const m = p.match(/^([^!=]+)(==|=|!=)(.*)$/);
			if (!m) return { path: [p.trim()], value: '', negate: false };
			return { path: m[1].trim().split('.'), value: m[3].trim(), negate: m[2] === '!=' };
		});
}

function valueAt(obj: KubeObject, path: string[]): string {
	let cur: unknown = obj;
	for (const p of path)
		cur = cur && typeof cur === 'object' ? (cur as Record<string, unknown>)[p] : undefined;
	return cur === undefined || cur === null ? '' : String(cur);
}

export function fieldsMatch(reqs: FieldRequirement[], obj: KubeObject): boolean {
	return reqs.every((r) => (valueAt(obj, r.path) === r.value) !== r.negate);
}
