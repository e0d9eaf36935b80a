/**
 * A dump's files → the objects to build its cluster from, seen at the dump's time: parsed (List,
 * several documents, JSON), server-owned fields dropped, duplicates across files and dangling owner
 * references noted, status turned into the directives that keep it (observed.ts).
 */
import type { ManifestError } from '../manifests';
import { resourceForKind } from '../resources';
import { latestTimestamp } from '../timestamps';
import type { KubeObject } from '../types';
import { timestamp } from '../world';
import { withoutDanglingOwners, withoutReplayedEvents, withoutServerFields } from './clean';
import { observedObjects } from './observed';
import { parseDumpFile, type DumpFile } from './parse-dump';

export type ImportedObjects =
	| { ok: true; objects: KubeObject[]; warnings: string[]; now: number; estimated: boolean }
	| { ok: false; errors: ManifestError[] };

export interface ImportOptions {
	/**
	 * When the dump was taken (virtual ms), if known. A dump does not record it: without it, the
	 * newest timestamp in the dump is taken, a lower bound (the export was at or after it).
	 */
	at?: number;
}

/** When a dump holds no timestamp at all (hand-written specs): the library's usual page time. */
export const DEFAULT_DUMP_TIME = Date.parse('2026-03-14T09:41:00Z');

export function importObjects(files: DumpFile[], opts: ImportOptions = {}): ImportedObjects {
	const errors: ManifestError[] = [];
	const warnings: string[] = [];
	const objects: KubeObject[] = [];
	const seen = new Map<string, string>();
	// managedFields' times count: they are the last writes the server saw before the export.
	let latest: number | undefined;
	let latestIn = files[0]?.name ?? 'dump';
	for (const file of files) {
		const parsed = parseDumpFile(file);
		if (!parsed.ok) {
			errors.push(...parsed.errors);
			continue;
		}
		warnings.push(...parsed.warnings);
		const t = latestTimestamp(parsed.objects);
		if (t !== undefined && (latest === undefined || t > latest)) {
			latest = t;
			latestIn = file.name;
		}
		for (const obj of parsed.objects) {
			const first = seen.get(identity(obj));
			if (first) {
				warnings.push(`${file.name}: ${describe(obj)} is also in ${first}; the first copy is kept`);
				continue;
			}
			seen.set(identity(obj), file.name);
			objects.push(withoutServerFields(obj));
		}
	}
	if (errors.length) return { ok: false, errors };
	if (objects.length === 0)
		return dumpError(files[0]?.name ?? 'dump', 'the dump holds no Kubernetes objects');
	// Scenario times are whole seconds: a MicroTime's fraction rounds up, never before the object.
	const newest = latest === undefined ? undefined : Math.ceil(latest / 1000) * 1000;
	const at = opts.at === undefined ? undefined : Math.floor(opts.at / 1000) * 1000;
	if (at !== undefined && newest !== undefined && at < newest)
		return dumpError(
			latestIn,
			`the dump cannot have been taken at ${timestamp(at)}: it holds a later time, ${timestamp(newest)}`
		);
	const now = at ?? newest ?? DEFAULT_DUMP_TIME;
	const owned = withoutDanglingOwners(withoutReplayedEvents(objects));
	return {
		ok: true,
		objects: observedObjects(owned.objects, now),
		warnings: [...warnings, ...owned.warnings],
		now,
		estimated: at === undefined
	};
}

/** A problem with the dump as a whole (document 0), reported at the start of `file`. */
function dumpError(file: string, reason: string): ImportedObjects {
	return {
		ok: false,
		errors: [
			{ file, line: 1, column: 1, document: 0, path: '', reason, message: `${file}:1:1: ${reason}` }
		]
	};
}

function identity(o: KubeObject): string {
	const group = o.apiVersion.includes('/') ? o.apiVersion.split('/')[0] : '';
	return `${o.kind}.${group}/${o.metadata.namespace ?? ''}/${o.metadata.name}`;
}

function describe(o: KubeObject): string {
	const ns = resourceForKind(o.kind)?.namespaced ? ` in namespace ${o.metadata.namespace}` : '';
	return `${o.kind} ${o.metadata.name}${ns}`;
}
