/**
 * The printing flags `get` (and verbs that print objects) share, and `-o` parsed into a format
 * with kubectl's errors for a bad one.
 */
import { parseJsonPath, relaxedJsonPath } from './printers/jsonpath';
import type { FlagSpec, FlagValue } from './types';
import {
	ALLOW_MISSING_TEMPLATE_KEYS_FLAG,
	SHOW_MANAGED_FIELDS_FLAG,
	TEMPLATE_FLAG
} from './flags/common';

export const OUTPUT_FLAG: FlagSpec = {
	name: 'output',
	short: 'o',
	type: 'string',
	default: '',
	description:
		'Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file, custom-columns, custom-columns-file, wide). See custom columns [https://kubernetes.io/docs/reference/kubectl/#custom-columns], golang template [http://golang.org/pkg/text/template/#pkg-overview] and jsonpath template [https://kubernetes.io/docs/reference/kubectl/jsonpath/].'
};

/** Flags of kubectl's printer options (`PrintFlags`) as `get` declares them. */
export const PRINT_FLAGS: FlagSpec[] = [
	OUTPUT_FLAG,
	ALLOW_MISSING_TEMPLATE_KEYS_FLAG,
	SHOW_MANAGED_FIELDS_FLAG,
	TEMPLATE_FLAG
];

export type OutputFormat =
	| { kind: 'table' | 'wide' | 'yaml' | 'json' | 'name' }
	| { kind: 'jsonpath' | 'jsonpath-as-json'; template: string }
	| { kind: 'custom-columns'; columns: { header: string; path: string }[] }
	| { kind: 'go-template'; template: string };

const ALLOWED =
	'custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml';

type FormatResult = { ok: true; format: OutputFormat } | { ok: false; error: string };

function customColumns(spec: string): FormatResult {
	if (spec === '')
		return { ok: false, error: 'custom-columns format specified but no custom columns given' };
	const columns: { header: string; path: string }[] = [];
	for (const part of spec.split(',')) {
		const colon = part.indexOf(':');
		if (colon < 0) {
			return {
				ok: false,
				error: `unexpected custom-columns spec: ${part}, expected <header>:<json-path-expr>`
			};
		}
		const path = relaxedJsonPath(part.slice(colon + 1));
		if (!path.ok) return { ok: false, error: path.error };
		const parsed = parseJsonPath(path.value);
		if (!parsed.ok)
			return { ok: false, error: `error parsing jsonpath ${path.value}, ${parsed.error}` };
		columns.push({ header: part.slice(0, colon), path: path.value });
	}
	return { ok: true, format: { kind: 'custom-columns', columns } };
}

/** `-o` (and `--template`) → a format, or kubectl's error text (without `error: `). */
export function parseOutputFormat(flags: ReadonlyMap<string, FlagValue>): FormatResult {
	const text = String(flags.get('output') ?? '');
	const eq = text.indexOf('=');
	const name = eq < 0 ? text : text.slice(0, eq);
	const arg = eq < 0 ? String(flags.get('template') ?? '') : text.slice(eq + 1);
	switch (name) {
		case '':
			return { ok: true, format: { kind: 'table' } };
		case 'wide':
		case 'yaml':
		case 'json':
		case 'name':
			return { ok: true, format: { kind: name } };
		case 'jsonpath':
		case 'jsonpath-as-json': {
			if (arg === '')
				return { ok: false, error: 'template format specified but no template given' };
			const parsed = parseJsonPath(arg);
			if (!parsed.ok) return { ok: false, error: `error parsing jsonpath ${arg}, ${parsed.error}` };
			return { ok: true, format: { kind: name, template: arg } };
		}
		case 'custom-columns':
			return customColumns(arg);
		case 'go-template':
		case 'template':
			if (arg === '')
				return { ok: false, error: 'template format specified but no template given' };
			return { ok: true, format: { kind: 'go-template', template: arg } };
		case 'jsonpath-file':
		case 'go-template-file':
		case 'templatefile':
		case 'custom-columns-file':
			if (arg === '')
				return { ok: false, error: 'template format specified but no template given' };
			return {
				ok: false,
				error: `error reading --template ${arg}, open ${arg}: no such file or directory`
			};
	}
	return {
		ok: false,
		error: `unable to match a printer suitable for the output format "${text}", allowed formats are: ${ALLOWED}`
	};
}
