/**
 * `get -w` / `--watch-only`: after the first listing, print one row per change (added, modified,
 * deleted) as the host moves the clock, keeping the first table's column widths as kubectl's
 * tabwriter remembers them. Never ends by itself (Ctrl-C stops it).
 */
import type { World } from '../../cluster/types';
import { printObjects } from '../printers/print-objects';
import { tableRows } from '../printers/print-table';
import { columnWidths, renderRows } from '../printers/table';
import type { Fetched } from '../resolve';
import type { Env, Follow } from '../types';
import type { GetPlan } from './get';
import { fetchPlan } from './get';

const keyOf = (f: Fetched) =>
	`${f.resource.name}.${f.resource.group}/${f.obj.metadata.namespace ?? ''}/${f.obj.metadata.name}`;

export function watchFollow(
	plan: GetPlan,
	env: Env,
	initial: readonly Fetched[],
	watchOnly: boolean
): Follow {
	const seen = new Map<string, Fetched>();
	for (const f of initial) seen.set(keyOf(f), f);
	const table = plan.format.kind === 'table' || plan.format.kind === 'wide';
	const tableOpts = { ...plan.print, wide: plan.format.kind === 'wide' };
	let widths: number[] = [];
	let headerShown = !watchOnly && !plan.print.noHeaders;
	if (table && !watchOnly && initial.length) {
		const groups = initial.map((f) => tableRows(f.resource, [f.obj], tableOpts));
		widths = columnWidths(groups.flat());
	}
	const render = (changed: Fetched[], now: number): string => {
		if (!table)
			return changed.map((f) => printObjects([f], { ...plan.print, now, single: true })).join('');
		let out = '';
		for (const f of changed) {
			const rows = tableRows(f.resource, [f.obj], { ...tableOpts, now, noHeaders: false });
			const body = headerShown || plan.print.noHeaders ? rows.slice(1) : rows;
			headerShown = true;
			widths = columnWidths(rows.slice(plan.print.noHeaders ? 1 : 0), widths);
			out += renderRows(body, widths);
		}
		return out;
	};
	return {
		poll(world: World, now: number) {
			const current = fetchPlan(plan, { ...env, now }, world).items;
			const changed: Fetched[] = [];
			const live = new Set<string>();
			for (const f of current) {
				const k = keyOf(f);
				live.add(k);
				if (seen.get(k)?.obj.metadata.resourceVersion !== f.obj.metadata.resourceVersion)
					changed.push(f);
				seen.set(k, f);
			}
			for (const [k, f] of seen) {
				if (live.has(k)) continue;
				changed.push(f);
				seen.delete(k);
			}
			return { stdout: changed.length ? render(changed, now) : '', stderr: '' };
		}
	};
}
