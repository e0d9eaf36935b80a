/**
 * The shared body of `kubectl label` and `kubectl annotate`: split the arguments into resources
 * and `key=value` / `key-` updates, apply them to metadata.labels or metadata.annotations.
 */
import { visibleAnnotations } from '../../cluster/directives';
import { clientError, failed, rejected } from '../errors';
import type { Env, FlagSpec, Invocation, KubectlError, Outcome } from '../types';
import { successLine } from './dry-run';
import { missingFile } from './files';
import { finishTargets } from './finish-targets';
import { changeCause, withChangeCause } from './record';
import { isError } from './session';
import { parseWriteFlags } from './write-flags';
import { isScope, targetScope } from './rollout-targets';
import { clone, writeIfChanged } from './update';
import type { KubeObject } from '../../cluster/types';

export interface MetadataVerb {
	field: 'labels' | 'annotations';
	/** `label` / `annotation`, for messages. */
	noun: string;
	/** `labeled` / `annotated`. */
	done: string;
	/** `not labeled`, or undefined when kubectl prints `done` even if nothing changed. */
	unchanged?: string;
	/** The verb's flags, to rebuild the command line `--record` stamps. */
	flags: FlagSpec[];
}

const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

function invalidLabelValue(key: string, value: string): string {
	return `invalid label value: "${key}=${value}": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')`;
}

interface Updates {
	resourceArgs: string[];
	set: Map<string, string>;
	remove: string[];
}

function splitArgs(args: string[], v: MetadataVerb): Updates | KubectlError {
	const out: Updates = { resourceArgs: [], set: new Map(), remove: [] };
	for (const a of args) {
		if (a.includes('=')) {
			const i = a.indexOf('=');
			out.set.set(a.slice(0, i), a.slice(i + 1));
		} else if (a.endsWith('-')) out.remove.push(a.slice(0, -1));
		else out.resourceArgs.push(a);
	}
	const both = out.remove.filter((k) => out.set.has(k));
	if (both.length && v.noun === 'label')
		return clientError('can not both modify and remove a label in the same command');
	if (both.length)
		return clientError(
			`can not both modify and remove the following annotation(s) in the same command: ${both.join(', ')}`
		);
	if (v.noun === 'label')
		for (const [k, val] of out.set)
			if (!LABEL_VALUE.test(val)) return clientError(invalidLabelValue(k, val));
	return out;
}

/** The new label/annotation map for one object, with `… not found.` notes, or the clash error. */
function nextMap(
	v: MetadataVerb,
	current: Record<string, string>,
	u: Updates,
	overwrite: boolean
): { map: Record<string, string>; notes: string } | { error: string } {
	const clash = overwrite
		? undefined
		: [...u.set].find(([k, val]) => k in current && current[k] !== val);
	if (clash)
		return {
			error: `'${clash[0]}' already has a value (${current[clash[0]]}), and --overwrite is false`
		};
	const map = { ...current };
	let notes = '';
	for (const k of u.remove) {
		if (!(k in current)) notes += `${v.noun} "${k}" not found.\n`;
		delete map[k];
	}
	for (const [k, val] of u.set) map[k] = val;
	return { map, notes };
}

export function runMetadataVerb(v: MetadataVerb, inv: Invocation, env: Env): Outcome {
	const file = missingFile(inv);
	if (file) return file;
	const list = inv.flags.get('list') === true;
	const u = splitArgs(inv.args, v);
	if (isError(u)) return rejected(u);
	// kubectl treats a lone trailing word as a resource, then finds no update.
	if (!list && u.set.size === 0 && u.remove.length === 0)
		return rejected(clientError(`at least one ${v.noun} update is required`));
	const modes = parseWriteFlags(inv);
	if (isError(modes)) return rejected(modes);
	const { dryRun, output } = modes;
	const query = {
		args: u.resourceArgs,
		selector: String(inv.flags.get('selector') ?? ''),
		all: inv.flags.get('all') === true,
		allNamespaces: inv.flags.get('all-namespaces') === true
	};
	const scope = targetScope(env, query);
	if (!isScope(scope)) return scope;
	const { s, found } = scope;
	let stdout = '';
	let changed = false;
	const written: KubeObject[] = [];
	const cause = changeCause(inv, v.flags);
	for (const t of found.targets) {
		const current = t.obj.metadata[v.field] ?? {};
		if (list) {
			const shown = (v.field === 'annotations' ? visibleAnnotations(current) : current) ?? {};
			for (const k of Object.keys(shown).sort()) stdout += `${k}=${shown[k]}\n`;
			continue;
		}
		const r = nextMap(v, current, u, inv.flags.get('overwrite') === true);
		if ('error' in r) return { ...failed(clientError(r.error)), stdout };
		stdout += r.notes;
		const updated = clone(t.obj);
		if (Object.keys(r.map).length) updated.metadata[v.field] = r.map;
		else delete updated.metadata[v.field];
		const next = withChangeCause(updated, cause);
		const wrote = writeIfChanged(s.tx, t.obj, next);
		changed ||= wrote;
		written.push(next);
		if (!output) stdout += successLine(t.ref, wrote || !v.unchanged ? v.done : v.unchanged, dryRun);
	}
	return finishTargets(s, found, {
		stdout,
		changed,
		dryRun: list ? 'client' : dryRun,
		output: list ? '' : output,
		written
	});
}
