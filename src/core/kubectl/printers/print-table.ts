/**
 * Objects → kubectl's human-readable tables: one table per resource type (a blank line between
 * them), NAMESPACE first with `-A`, `type/name` when several types print, `-L` and LABELS columns.
 */
import type { ApiResource } from '../../cluster/resources';
import type { KubeObject } from '../../cluster/types';
import { objectRef } from '../errors';
import { printerFor } from './registry';
import { renderTable } from './table';
import { formatLabels } from './workloads';

export interface TableOptions {
	now: number;
	wide?: boolean;
	allNamespaces?: boolean;
	noHeaders?: boolean;
	showLabels?: boolean;
	/** `-L` keys, each adding a column headed by its last path segment, uppercased. */
	labelColumns?: string[];
	/** Prefix names with `type/` (several types requested, or `--show-kind`). */
	withKind?: boolean;
}

export interface Printable {
	resource: ApiResource;
	obj: KubeObject;
}

/** The header row and one data row per object, for one resource type. */
export function tableRows(
	resource: ApiResource,
	objs: readonly KubeObject[],
	o: TableOptions
): string[][] {
	const kind = objs[0]?.kind ?? resource.kind;
	const printer = printerFor(kind);
	const keep = printer.columns.map((c) => !c.wide || o.wide);
	const nameAt = kind === 'Event' ? printer.columns.length - 1 : 0;
	const header = printer.columns.filter((_, i) => keep[i]).map((c) => c.header);
	const labelKeys = o.labelColumns ?? [];
	const head = [
		...(o.allNamespaces && resource.namespaced ? ['NAMESPACE'] : []),
		...header,
		...labelKeys.map((k) => k.split('/').pop()!.toUpperCase()),
		...(o.showLabels ? ['LABELS'] : [])
	];
	const withNamespace = o.allNamespaces && resource.namespaced;
	const context = { now: o.now, wide: o.wide };
	// Plain loops: `get pods -A` on a large cluster builds tens of thousands of cells here.
	const rows = objs.map((obj) => {
		const cells = printer.toRow(obj, context);
		if (o.withKind) cells[nameAt] = objectRef(resource, cells[nameAt]);
		const row: string[] = withNamespace ? [obj.metadata.namespace ?? ''] : [];
		for (let i = 0; i < cells.length; i++) if (keep[i]) row.push(cells[i]);
		for (const k of labelKeys) row.push(obj.metadata.labels?.[k] ?? '');
		if (o.showLabels) row.push(formatLabels(obj.metadata.labels));
		return row;
	});
	return o.noHeaders ? rows : [head, ...rows];
}

/** Groups consecutive objects by resource and renders each group as its own table. */
export function printTables(items: readonly Printable[], o: TableOptions): string {
	const groups: { resource: ApiResource; objs: KubeObject[] }[] = [];
	for (const it of items) {
		const last = groups[groups.length - 1];
		if (last && last.resource === it.resource) last.objs.push(it.obj);
		else groups.push({ resource: it.resource, objs: [it.obj] });
	}
	return groups
		.map((g) => renderTable(tableRows(g.resource, g.objs, o)))
		.join(o.noHeaders ? '' : '\n');
}
