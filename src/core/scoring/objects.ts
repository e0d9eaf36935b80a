/**
 * The objects a command looked at or changed, as comparable references: the audit's own list
 * (`deployment.apps/payments-primary`, every object a `get` printed) and, where the audit names
 * none (`describe`, a refused command), what `classify` reads off the command line.
 */
import { resolveResourceType } from '../cluster/resources';
import { classify } from '../guard/classify';
import type { CommandRecord } from '../rehearsal/schema';
import { TextMemo } from './memo';

export interface ObjectRef {
	context: string;
	/** Absent for cluster-scoped kinds (nodes). */
	namespace?: string;
	/** Lower-case kind: `deployment`, `pod`, `node`. */
	kind: string;
	/** Absent: every object of the kind there (`get deploy -n payments`, `-l app=x`). */
	name?: string;
}

/** `deploy`, `deployments.apps`, `Deployment` → `deployment`, and whether it is namespaced. */
export function kindOf(typed: string): { kind: string; namespaced: boolean } {
	const r = resolveResourceType(typed);
	return r
		? { kind: r.kind.toLowerCase(), namespaced: r.namespaced }
		: { kind: typed.toLowerCase(), namespaced: true };
}

export function makeRef(
	context: string,
	namespace: string | undefined,
	typed: string,
	name?: string
): ObjectRef {
	const { kind, namespaced } = kindOf(typed);
	return {
		context,
		...(namespaced && namespace !== undefined && { namespace }),
		kind,
		...(name !== undefined && { name })
	};
}

export function refText(ref: ObjectRef): string {
	return `${ref.kind}/${ref.name ?? '*'}`;
}

export function refKey(ref: ObjectRef): string {
	return `${ref.context}|${ref.namespace ?? ''}|${ref.kind}/${ref.name ?? '*'}`;
}

const lines = new TextMemo<readonly ObjectRef[]>();

/**
 * What `classify` reads off a line: types and names, `-n`, `--context`, `-A`. Memoised on the
 * line and its defaults (a run types the same reads again and again): do not change the array.
 */
export function lineObjects(
	line: string,
	context: string,
	namespace: string
): readonly ObjectRef[] {
	return lines.get(`${context}\0${namespace}\0${line}`, () =>
		classifiedObjects(line, context, namespace)
	);
}

function classifiedObjects(line: string, context: string, namespace: string): ObjectRef[] {
	const out: ObjectRef[] = [];
	for (const command of classify(line).commands) {
		const target = command.target;
		if (!target) continue;
		const where = target.context ?? context;
		const ns = target.allNamespaces ? undefined : (target.namespace ?? namespace);
		for (const typed of target.resources) {
			if (typed === 'all') continue;
			const names = target.names.length > 0 && !target.namesUnknown ? target.names : [undefined];
			for (const name of names) out.push(makeRef(where, ns, typed, name));
		}
	}
	return out;
}

function targetRefs(record: CommandRecord): readonly ObjectRef[] {
	return lineObjects(record.command, record.context, record.namespace);
}

const named = new WeakMap<CommandRecord, readonly ObjectRef[]>();
/** By value too: a log that crossed a worker boundary is a copy of the records seen before. */
const namedByValue = new TextMemo<readonly ObjectRef[]>();

/** Objects a command named or touched (the audit's list, and the command line's own targets). */
export function recordObjects(record: CommandRecord): readonly ObjectRef[] {
	let hit = named.get(record);
	if (!hit) {
		const key = [record.context, record.namespace, record.command, ...record.resources].join('\0');
		named.set(record, (hit = namedByValue.get(key, () => objectsOf(record))));
	}
	return hit;
}

function objectsOf(record: CommandRecord): ObjectRef[] {
	const out = record.resources.map((r) => {
		const at = r.indexOf('/');
		return makeRef(record.context, record.namespace, r.slice(0, at), r.slice(at + 1));
	});
	const seen = new Set(out.map(refKey));
	for (const ref of targetRefs(record)) if (!seen.has(refKey(ref))) out.push(ref);
	return out;
}

/** Objects a mutating command changes: the audit's named objects, else the line's targets. */
export function changedObjects(record: CommandRecord): readonly ObjectRef[] {
	const named = recordObjects(record).filter((r) => r.name !== undefined);
	return named.length > 0 ? named : targetRefs(record);
}

/** Does a look at `look` show `obj`? (A look at a whole kind covers each object of it.) */
export function covers(look: ObjectRef, obj: ObjectRef): boolean {
	if (look.context !== obj.context || look.kind !== obj.kind) return false;
	if (
		look.namespace !== undefined &&
		obj.namespace !== undefined &&
		look.namespace !== obj.namespace
	)
		return false;
	return look.name === undefined || obj.name === undefined || look.name === obj.name;
}
