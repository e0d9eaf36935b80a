/**
 * `-l` label selectors and `--field-selector`, parsed as the API server parses them
 * (apimachinery `labels.Parse` / `fields.ParseSelector`) with its error texts, and matched
 * against objects. Both are checked server-side, so a bad one is a BadRequest, not a usage error.
 */
import type { KubeObject, Labels } from '../cluster/types';

export type LabelOp = 'exists' | '!' | '=' | '==' | '!=' | 'in' | 'notin' | 'gt' | 'lt';
export interface LabelRequirement {
	key: string;
	op: LabelOp;
	values: string[];
}
export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

type Tok = { t: 'id' | 'op' | 'end'; s: string };
const OPS = ['!=', '==', '=', '!', '(', ')', ',', '>', '<'];

function lex(text: string): Tok[] {
	const toks: Tok[] = [];
	let i = 0;
	while (i < text.length) {
		const ch = text[i];
		if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
			i++;
			continue;
		}
		const op = OPS.find((o) => text.startsWith(o, i));
		if (op) {
			toks.push({ t: 'op', s: op });
			i += op.length;
			continue;
		}
		let j = i;
		while (j < text.length && !/[\s!=(),><]/.test(text[j])) j++;
		toks.push({ t: 'id', s: text.slice(i, j) });
		i = j;
	}
	toks.push({ t: 'end', s: '' });
	return toks;
}

const NAME_RE = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const VALUE_RE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const NAME_MSG =
	"name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";

function keyError(key: string): string | undefined {
	const name = key.includes('/') ? key.slice(key.indexOf('/') + 1) : key;
	if (name.length > 63)
		return `invalid label key "${key}": name part must be no more than 63 characters`;
	if (!NAME_RE.test(name)) return `invalid label key "${key}": ${NAME_MSG}`;
	return undefined;
}

function valueError(key: string, value: string): string | undefined {
	if (value.length <= 63 && VALUE_RE.test(value)) return undefined;
	const why =
		value.length > 63
			? 'must be no more than 63 characters'
			: "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";
	return `values[0][${key}]: Invalid value: "${value}": ${why}`;
}

const BINARY = "found '%s', expected: in, notin, =, ==, !=, gt, lt";

/** One requirement starting at `toks[pos]`; returns it and the next position. */
function requirement(toks: Tok[], pos: number): { req: LabelRequirement; pos: number } | string {
	let negate = false;
	let tok = toks[pos++];
	if (tok.t === 'op' && tok.s === '!') {
		negate = true;
		tok = toks[pos++];
	}
	if (tok.t !== 'id') return `found '${tok.s}', expected: identifier`;
	const key = tok.s;
	const bad = keyError(key);
	if (bad) return bad;
	const next = toks[pos];
	if (negate || next.t === 'end' || (next.t === 'op' && next.s === ',')) {
		return { req: { key, op: negate ? '!' : 'exists', values: [] }, pos };
	}
	const opTok = toks[pos++];
	const op = opTok.s;
	if (opTok.t === 'id' && (op === 'in' || op === 'notin')) return setValues(toks, pos, key, op);
	if (opTok.t !== 'op' || !['=', '==', '!=', '>', '<'].includes(op)) {
		return BINARY.replace('%s', opTok.s);
	}
	const v = toks[pos];
	let value = '';
	if (v.t === 'id') {
		value = v.s;
		pos++;
	} else if (!(v.t === 'end' || v.s === ',')) return `found '${v.s}', expected: identifier`;
	const opName: LabelOp = op === '>' ? 'gt' : op === '<' ? 'lt' : (op as LabelOp);
	if (opName === 'gt' || opName === 'lt') {
		if (!/^-?\d+$/.test(value)) {
			return `for 'Gt', 'Lt' operators, the value must be an integer`;
		}
	} else {
		const vbad = valueError(key, value);
		if (vbad) return vbad;
	}
	return { req: { key, op: opName, values: [value] }, pos };
}

function setValues(
	toks: Tok[],
	pos: number,
	key: string,
	op: 'in' | 'notin'
): { req: LabelRequirement; pos: number } | string {
	const open = toks[pos++];
	if (!(open.t === 'op' && open.s === '(')) return `found '${open.s}' expected: '('`;
	const values = new Set<string>();
	let expectValue = true;
	for (;;) {
		const tok = toks[pos++];
		if (tok.t === 'op' && tok.s === ')') {
			if (expectValue) values.add('');
			break;
		}
		if (tok.t === 'op' && tok.s === ',') {
			if (expectValue) values.add('');
			expectValue = true;
			continue;
		}
		if (tok.t === 'id' && expectValue) {
			values.add(tok.s);
			expectValue = false;
			continue;
		}
		return expectValue
			? `found '${tok.s}', expected: ',', ')' or identifier`
			: `found '${tok.s}', expected: ',' or ')'`;
	}
	for (const v of values) {
		const vbad = valueError(key, v);
		if (vbad) return vbad;
	}
	return { req: { key, op, values: [...values].sort() }, pos };
}

/** Parses `-l`. The error text is what the API server says (without `Error from server`). */
export function parseLabelSelector(text: string): Parsed<LabelRequirement[]> {
	const toks = lex(text);
	const reqs: LabelRequirement[] = [];
	let pos = 0;
	for (;;) {
		const tok = toks[pos];
		if (tok.t === 'end') break;
		if (!(tok.t === 'id' || tok.s === '!')) {
			return { ok: false, error: `found '${tok.s}', expected: !, identifier, or 'end of string'` };
		}
		const r = requirement(toks, pos);
		if (typeof r === 'string') return { ok: false, error: `unable to parse requirement: ${r}` };
		reqs.push(r.req);
		pos = r.pos;
		const sep = toks[pos++];
		if (sep.t === 'end') break;
		if (sep.s !== ',') {
			return { ok: false, error: `found '${sep.s}', expected: ',' or 'end of string'` };
		}
		const after = toks[pos];
		if (!(after.t === 'id' || after.s === '!')) {
			return { ok: false, error: `found '${after.s}', expected: identifier after ','` };
		}
	}
	return { ok: true, value: reqs.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)) };
}

function holds(r: LabelRequirement, labels: Labels): boolean {
	const has = Object.prototype.hasOwnProperty.call(labels, r.key);
	const v = labels[r.key];
	switch (r.op) {
		case 'exists':
			return has;
		case '!':
			return !has;
		case '=':
		case '==':
		case 'in':
			return has && r.values.includes(v);
		case '!=':
		case 'notin':
			return !has || !r.values.includes(v);
		case 'gt':
		case 'lt': {
			if (!has || !/^-?\d+$/.test(v)) return false;
			const diff = Number(v) - Number(r.values[0]);
			return r.op === 'gt' ? diff > 0 : diff < 0;
		}
	}
}

export function matchesLabels(
	reqs: readonly LabelRequirement[],
	labels: Labels | undefined
): boolean {
	return reqs.every((r) => holds(r, labels ?? {}));
}

export interface FieldRequirement {
	field: string;
	op: '=' | '==' | '!=';
	value: string;
}

/** `fields.ParseSelector`: comma-separated `field=value`, `field==value`, `field!=value`. */
export function parseFieldSelector(text: string): Parsed<FieldRequirement[]> {
	const out: FieldRequirement[] = [];
	for (const term of splitEscaped(text)) {
		if (term === '') continue;
		const m = /^(.*?)(!=|==|=)(.*)$/.exec(term);
		if (!m) return { ok: false, error: `invalid selector: '${text}'; can't understand '${term}'` };
		out.push({ field: m[1], op: m[2] as FieldRequirement['op'], value: unescape(m[3]) });
	}
	return { ok: true, value: out };
}

function splitEscaped(text: string): string[] {
	const out: string[] = [];
	let cur = '';
	for (let i = 0; i < text.length; i++) {
		if (text[i] === '\\' && i + 1 < text.length) cur += text[i] + text[++i];
		else if (text[i] === ',') {
			out.push(cur);
			cur = '';
		} else cur += text[i];
	}
	out.push(cur);
	return out;
}

function unescape(text: string): string {
	return text.replace(/\\(.)/g, '$1');
}

/** Fields each resource serves for field selection, beyond metadata.name/namespace. */
const FIELDS: Record<string, string[]> = {
	pods: [
		'spec.nodeName',
		'spec.restartPolicy',
		'spec.schedulerName',
		'spec.serviceAccountName',
		'spec.hostNetwork',
		'status.phase',
		'status.podIP',
		'status.podIPs',
		'status.nominatedNodeName'
	],
	events: [
		'involvedObject.kind',
		'involvedObject.namespace',
		'involvedObject.name',
		'involvedObject.uid',
		'involvedObject.apiVersion',
		'involvedObject.resourceVersion',
		'involvedObject.fieldPath',
		'reason',
		'reportingComponent',
		'source',
		'type'
	],
	nodes: ['spec.unschedulable'],
	secrets: ['type'],
	namespaces: ['status.phase'],
	'replicasets.apps': ['status.replicas'],
	replicationcontrollers: ['status.replicas'],
	'jobs.batch': ['status.successful']
};

/** The API server's refusal for a field this resource cannot select on, if any. */
export function unsupportedField(
	resourceKey: string,
	reqs: readonly FieldRequirement[]
): string | undefined {
	const allowed = new Set(['metadata.name', 'metadata.namespace', ...(FIELDS[resourceKey] ?? [])]);
	const bad = reqs.find((r) => !allowed.has(r.field));
	return bad ? `field label not supported: ${bad.field}` : undefined;
}

function fieldValue(obj: KubeObject, field: string): string {
	switch (field) {
		case 'status.podIPs':
			return String(obj.status?.podIP ?? '');
		case 'source':
			return String(obj.source?.component ?? '');
		case 'spec.unschedulable':
		case 'spec.hostNetwork':
			return String(
				Boolean(field === 'spec.unschedulable' ? obj.spec?.unschedulable : obj.spec?.hostNetwork)
			);
		case 'status.replicas':
		case 'status.successful':
			return String(obj.status?.[field.slice(7)] ?? 0);
	}
	let cur: unknown = obj;
	for (const part of field.split('.')) cur = (cur as Record<string, unknown> | undefined)?.[part];
	return cur === undefined || cur === null ? '' : String(cur);
}

export function matchesFields(reqs: readonly FieldRequirement[], obj: KubeObject): boolean {
	return reqs.every((r) => (fieldValue(obj, r.field) === r.value) === (r.op !== '!='));
}
