/**
 * Import from a real cluster: what `kubectl get … -o yaml|json` printed (one object, a List,
 * several documents, several files) becomes the objects of a scenario's cluster, status kept and
 * made to stay (see cluster/import/observed.ts), and then a new scenario whose one context is that
 * cluster, its briefing and runbook left for the author to write.
 */
import { stringify } from 'yaml';
import { importObjects, type ImportOptions } from '../cluster/import/import-objects';
import type { DumpFile } from '../cluster/import/parse-dump';
import type { ManifestError } from '../cluster/manifests';
import type { KubeObject } from '../cluster/types';
import { timestamp } from '../cluster/world';
import { scenarioSkeleton } from './import-skeleton';
import type { ScenarioProblem } from './schema';

export type { DumpFile, ImportOptions };

export type ImportResult =
	| { ok: true; objects: KubeObject[]; warnings: string[]; now: number; estimated: boolean }
	| { ok: false; problems: ScenarioProblem[] };

/**
 * `kubectl get … -o yaml|json` output (List or single objects, several files) → objects, status
 * kept, seen at `opts.at` (virtual ms) or, when that is not known, at the dump's newest timestamp.
 */
export function importDump(files: DumpFile[], opts: ImportOptions = {}): ImportResult {
	const imported = importObjects(files, opts);
	return imported.ok ? imported : { ok: false, problems: imported.errors.map(toProblem) };
}

export interface FromDumpOptions extends ImportOptions {
	id: string;
	title: string;
	/** The kubeconfig context the imported cluster is reached by. */
	context: string;
}

/** A new scenario (YAML text) whose one context is the imported cluster, manifests inline. */
export function scenarioFromDump(
	files: DumpFile[],
	opts: FromDumpOptions
): { ok: true; yaml: string; warnings: string[] } | { ok: false; problems: ScenarioProblem[] } {
	const imported = importDump(files, { at: opts.at });
	if (!imported.ok) return imported;
	const manifests = imported.objects.map((o) => stringify(o, { lineWidth: 0 })).join('---\n');
	const yaml = scenarioSkeleton({
		id: opts.id,
		title: opts.title,
		context: opts.context,
		files: files.map((f) => f.name),
		start: timestamp(imported.now),
		estimated: imported.estimated,
		manifests
	});
	return { ok: true, yaml, warnings: imported.warnings };
}

/** A manifest error where it is: the field path, and the document and object in the message. */
function toProblem(e: ManifestError): ScenarioProblem {
	// Document 0: the dump as a whole (nothing in it), not one of its documents.
	const where = e.document ? `document ${e.document}${e.object ? ` (${e.object})` : ''}: ` : '';
	return {
		file: e.file,
		line: e.line,
		column: e.column,
		path: e.path,
		message: `${where}${e.reason}`,
		severity: 'error'
	};
}
