/**
 * Taint arguments as `kubectl taint` reads them (`key=value:Effect`, `key:Effect`, `key-`,
 * `key:Effect-`) and the merge it does into a node's taints (pkg/cmd/taint/utils.go).
 */
import type { Taint } from '../../cluster/types';

export interface TaintChanges {
	add: Taint[];
	remove: { key: string; effect?: string }[];
}

const NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const EFFECTS = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'];
const NAME_RULE =
	"name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";

/** Whether an argument is a taint (vs a resource): it has `:`/`=` or ends in `-`. */
export function isTaintArg(arg: string): boolean {
	return arg.includes(':') || arg.includes('=') || arg.endsWith('-');
}

function checkKey(spec: string, key: string): string | undefined {
	const keyName = key.includes('/') ? key.slice(key.indexOf('/') + 1) : key;
	if (keyName === '')
		return `invalid taint spec: ${spec}, name part must be non-empty; ${NAME_RULE}`;
	if (!NAME.test(keyName)) return `invalid taint spec: ${spec}, ${NAME_RULE}`;
	return undefined;
}

/** Parsed changes, or the message kubectl prints after `error: ` (with the `-h` hint). */
export function parseTaints(specs: string[]): TaintChanges | { error: string } {
	const out: TaintChanges = { add: [], remove: [] };
	for (const spec of specs) {
		if (spec.endsWith('-')) {
			const body = spec.slice(0, -1);
			const [key, effect] = body.split(':');
			const bad = checkKey(spec, key);
			if (bad) return { error: bad };
			if (effect !== undefined && !EFFECTS.includes(effect))
				return { error: `invalid taint effect: ${effect}, unsupported taint effect` };
			out.remove.push(effect ? { key, effect } : { key });
			continue;
		}
		const colon = spec.lastIndexOf(':');
		if (colon < 0) return { error: `invalid taint spec: ${spec}, ${NAME_RULE}` };
		const [key, value] = spec.slice(0, colon).split(/=(.*)/s);
		const effect = spec.slice(colon + 1);
		const bad = checkKey(spec, key);
		if (bad) return { error: bad };
		if (!EFFECTS.includes(effect))
			return { error: `invalid taint effect: ${effect}, unsupported taint effect` };
		const dup = out.add.find((t) => t.key === key && t.effect === effect);
		if (dup)
			return {
				error: `duplicated taints with the same key and effect: {${key} ${value ?? ''} ${effect} <nil>}`
			};
		out.add.push({ key, ...(value ? { value } : {}), effect: effect as Taint['effect'] });
	}
	const both = out.remove.filter((r) => out.add.some((a) => a.key === r.key));
	if (both.length)
		return {
			error: `can not both modify and remove the following taint(s) in the same command: ${both.map((r) => `${r.key}=`).join(', ')}`
		};
	return out;
}

const sameSlot = (a: Taint, b: { key: string; effect?: string }) =>
	a.key === b.key && a.effect === b.effect;

/** `node/x tainted|untainted|modified`, the new taints, and `taint "k:E" not found` errors. */
export function applyTaints(
	old: Taint[],
	c: TaintChanges,
	overwrite: boolean,
	timeAdded: string
): { operation: string; taints: Taint[]; errors: string[] } {
	const taints = c.add.map((t) => (t.effect === 'NoExecute' ? { ...t, timeAdded } : t));
	for (const o of old) if (!taints.some((t) => sameSlot(t, o))) taints.push(o);
	const added = old.length < taints.length;
	const errors: string[] = [];
	let result = taints;
	for (const r of c.remove) {
		const kept = result.filter((t) => (r.effect ? !sameSlot(t, r) : t.key !== r.key));
		if (kept.length === result.length)
			errors.push(`taint "${r.effect ? `${r.key}:${r.effect}` : r.key}" not found`);
		result = kept;
	}
	const deleted = c.remove.length > 0 && errors.length < c.remove.length;
	const operation = (added && deleted) || overwrite ? 'modified' : added ? 'tainted' : 'untainted';
	return { operation, taints: result, errors };
}
