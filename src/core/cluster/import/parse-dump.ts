/**
 * Reading what users export from a cluster: `kubectl get … -o yaml` (one object, a `List`,
 * several documents) and `-o json` (one value, or several printed one after another). Kinds the
 * simulator does not serve (CRDs, PodMetrics, …) are left out with a warning rather than failing
 * the whole dump: a real cluster always has some.
 */
import { parseAllDocuments } from 'yaml';
import { parseManifests, type ManifestError } from '../manifests';
import type { KubeObject } from '../types';

export interface DumpFile {
	name: string;
	text: string;
}

export type ParsedDump =
	{ ok: true; objects: KubeObject[]; warnings: string[] } | { ok: false; errors: ManifestError[] };

const UNSUPPORTED = /^no matches for kind /;

export function parseDumpFile(file: DumpFile): ParsedDump {
	const text = splitJsonStream(file.text);
	const first = parseManifests(text, file.name);
	if (first.ok) return { ...first, warnings: [] };
	if (!first.errors.every(isUnsupported)) return first;
	const warnings = first.errors.map(
		(e) => `${e.file}:${e.line}:${e.column}: ${e.object ?? 'object'} left out: ${e.reason}`
	);
	const again = parseManifests(withoutItems(text, first.errors), file.name);
	return again.ok ? { ...again, warnings } : again;
}

function isUnsupported(e: ManifestError): boolean {
	return UNSUPPORTED.test(e.reason) && /^(items\[\d+\]\.)?(kind|apiVersion)$/.test(e.path);
}

/** The text with the unsupported objects removed (whole documents, or items of a List). */
function withoutItems(text: string, errors: ManifestError[]): string {
	const docs = parseAllDocuments(text);
	const drop = new Map<number, number[]>();
	for (const e of errors) {
		const item = /^items\[(\d+)\]/.exec(e.path);
		drop.set(e.document, [...(drop.get(e.document) ?? []), item ? Number(item[1]) : -1]);
	}
	const kept: string[] = [];
	(Array.isArray(docs) ? docs : [docs]).forEach((doc, i) => {
		const items = drop.get(i + 1);
		if (items?.includes(-1)) return;
		for (const n of [...(items ?? [])].sort((a, b) => b - a)) doc.deleteIn(['items', n]);
		kept.push(doc.toString());
	});
	return kept.join('---\n');
}

/**
 * Several JSON values one after another (`kubectl get a -o json; kubectl get b -o json`) become
 * YAML documents: `--- ` goes in front of each value after the first, on its own line, so line
 * numbers stay as in the file.
 */
export function splitJsonStream(text: string): string {
	if (!/^\s*[{[]/.test(text)) return text;
	const starts: number[] = [];
	let depth = 0;
	let inString = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (inString) {
			if (c === '\\') i++;
			else if (c === '"') inString = false;
		} else if (c === '"') inString = true;
		else if (c === '{' || c === '[') {
			if (depth === 0) starts.push(i);
			depth++;
		} else if (c === '}' || c === ']') depth--;
	}
	if (starts.length < 2) return text;
	let out = text.slice(0, starts[1]);
	for (let k = 1; k < starts.length; k++) {
		const end = starts[k + 1] ?? text.length;
		const newline = /\n\s*$/.test(out) ? '' : '\n';
		out += `${newline}--- ${text.slice(starts[k], end)}`;
	}
	return out;
}
