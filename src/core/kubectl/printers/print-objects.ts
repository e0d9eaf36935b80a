/**
 * Objects → every `-o` format: tables, yaml, json, name, jsonpath, jsonpath-as-json,
 * custom-columns, and the simple go-templates. A single named object prints itself; anything
 * else prints as a `v1 List`, as kubectl does.
 */
import { visibleObject } from '../../cluster/directives';
import { stringify } from 'yaml';
import type { KubeObject } from '../../cluster/types';
import { objectRef } from '../errors';
import type { OutputFormat } from '../output-flags';
import { collect, execute, goJson, parseJsonPath } from './jsonpath';
import { printTables, type Printable, type TableOptions } from './print-table';
import { renderTable } from './table';
import { withTemplateTimestamps } from './zero-timestamps';

export interface PrintOptions extends TableOptions {
	format: OutputFormat;
	/** True when the user named exactly one object (`get pod x`): no List wrapper. */
	single: boolean;
	showManagedFields?: boolean;
}

function clean(obj: KubeObject, keepManaged: boolean): KubeObject {
	if (keepManaged || !obj.metadata.managedFields) return obj;
	const { managedFields: _, ...metadata } = obj.metadata;
	return { ...obj, metadata: metadata as KubeObject['metadata'] };
}

/** The document printed for yaml/json/jsonpath: the object, or a List of them. */
export function document(
	items: readonly Printable[],
	o: Pick<PrintOptions, 'single' | 'showManagedFields'>
): unknown {
	const objs = items.map((i) => clean(i.obj, o.showManagedFields ?? false));
	if (o.single && objs.length === 1) return objs[0];
	return { apiVersion: 'v1', items: objs, kind: 'List', metadata: { resourceVersion: '' } };
}

/** Keys sorted at every level, undefined values dropped: how Go marshals a decoded map. */
export function sortKeys(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(sortKeys);
	if (typeof value !== 'object' || value === null) return value;
	const out: Record<string, unknown> = {};
	for (const k of Object.keys(value).sort()) {
		const v = (value as Record<string, unknown>)[k];
		if (v !== undefined) out[k] = sortKeys(v);
	}
	return out;
}

/**
 * kubectl's YAML (go-yaml v2): keys sorted, sequences not indented, YAML 1.1 look-alikes quoted,
 * and no anchors — objects the simulator shares between fields print in full each time.
 */
export function toYaml(doc: unknown): string {
	return stringify(doc, {
		aliasDuplicateObjects: false,
		indentSeq: false,
		sortMapEntries: true,
		lineWidth: 0,
		version: '1.1'
	});
}

/**
 * kubectl's JSON: four-space indent, trailing newline. Objects read from the server are maps, so
 * keys come sorted; `sorted: false` keeps field order for typed objects kubectl built itself.
 */
export function toJson(doc: unknown, sorted = true): string {
	return `${JSON.stringify(sorted ? sortKeys(doc) : doc, null, 4)}\n`;
}

function customColumns(
	items: readonly Printable[],
	cols: { header: string; path: string }[],
	noHeaders: boolean
): string {
	const parsed = cols.map((c) => {
		const p = parseJsonPath(c.path);
		return p.ok ? p.value : [];
	});
	const rows = items.map((it) =>
		parsed.map((nodes) => {
			const values = collect(nodes, it.obj);
			if (values.length === 0) return '<none>';
			return values
				.map((v) => (typeof v === 'object' && v !== null ? goJson(v) : String(v)))
				.join(',');
		})
	);
	return renderTable(noHeaders ? rows : [cols.map((c) => c.header), ...rows]);
}

/** `{{.a.b}}`, `{{range .items}}…{{end}}`, `{{"\n"}}` as JSONPath; enough for runbook one-liners. */
function goTemplateAsJsonPath(template: string): string {
	return template.replace(/\{\{-?\s*(.*?)\s*-?\}\}/g, (_, body: string) => {
		if (body === 'end') return '{end}';
		const range = /^range\s+(.*)$/.exec(body);
		if (range) return `{range ${range[1]}[*]}`;
		return `{${body}}`;
	});
}

/** Renders `items` in the requested format. */
export function printObjects(shown: readonly Printable[], o: PrintOptions): string {
	const f = o.format;
	// Tables print no annotations; every other format may show the whole object.
	if (f.kind === 'table' || f.kind === 'wide')
		return printTables(shown, { ...o, wide: f.kind === 'wide' });
	const items = shown.map((i) => ({ ...i, obj: withTemplateTimestamps(visibleObject(i.obj)) }));
	switch (f.kind) {
		case 'name':
			return items.map((i) => `${objectRef(i.resource, i.obj.metadata.name)}\n`).join('');
		case 'yaml':
			return toYaml(document(items, o));
		case 'json':
			return toJson(document(items, o));
		case 'jsonpath':
		case 'go-template': {
			const template = f.kind === 'jsonpath' ? f.template : goTemplateAsJsonPath(f.template);
			const parsed = parseJsonPath(template);
			return parsed.ok ? execute(parsed.value, document(items, o)) : '';
		}
		case 'jsonpath-as-json': {
			const parsed = parseJsonPath(f.template);
			return parsed.ok ? toJson(collect(parsed.value, document(items, o))) : '';
		}
		case 'custom-columns':
			return customColumns(items, f.columns, o.noHeaders ?? false);
	}
}
