/** Finding "now" in a dump: the newest timestamp any object carries. */
import type { KubeObject } from './types';

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** The latest RFC 3339 time anywhere in the objects (metadata, status, events), or undefined. */
export function latestTimestamp(objects: readonly KubeObject[]): number | undefined {
	let latest: number | undefined;
	const visit = (value: unknown): void => {
		if (typeof value === 'string') {
			if (RFC3339.test(value)) {
				const t = Date.parse(value);
				if (latest === undefined || t > latest) latest = t;
			}
		} else if (Array.isArray(value)) value.forEach(visit);
		else if (value && typeof value === 'object') Object.values(value).forEach(visit);
	};
	objects.forEach(visit);
	return latest;
}
