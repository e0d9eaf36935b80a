/**
 * Loading Kubernetes manifests: multi-document YAML or JSON, as a repo of manifests or
 * `kubectl get -o yaml` holds them (including `kind: List` and typed lists like `DeploymentList`).
 * Every error is a value that names the file, line and column, the document and the field path.
 * Objects come back as the API would store them before the server fills uid, resourceVersion and
 * creationTimestamp (buildCluster does that); status is kept exactly as given.
 */
import { isNode, LineCounter, parseAllDocuments, type Document } from 'yaml';
import type { z } from 'zod';
import { API_RESOURCES, apiVersionOf, resourceKey } from './resources';
import { matchesSelector } from './labels';
import { envelopeSchema, KIND_SCHEMAS } from './manifest-schemas';
import type { KubeObject, LabelSelector, Labels } from './types';

export interface ManifestError {
	file: string;
	line: number;
	column: number;
	/** 1-based document number in the stream. */
	document: number;
	/** `Deployment payments-primary`, or just the kind / nothing when those are missing. */
	object?: string;
	/** `spec.replicas`, `items[2].metadata.name`; empty for a syntax error. */
	path: string;
	/** The reason alone: `expected a number, got "four"`. */
	reason: string;
	/** The whole line: `file:line:col: document 2 (Deployment x): spec.replicas: reason`. */
	message: string;
}

export type ParseResult =
	{ ok: true; objects: KubeObject[] } | { ok: false; errors: ManifestError[] };

type Path = (string | number)[];
type Raw = Record<string, unknown>;

interface DocContext {
	file: string;
	index: number;
	doc: Document.Parsed;
	lines: LineCounter;
	errors: ManifestError[];
	defaultNamespace: string;
}

/**
 * `defaultNamespace` is where namespaced objects that name none go: kubectl apply puts them in the
 * context's namespace.
 */
export function parseManifests(
	text: string,
	file: string,
	defaultNamespace = 'default'
): ParseResult {
	const lines = new LineCounter();
	const docs = parseAllDocuments(text, { lineCounter: lines, prettyErrors: false });
	const errors: ManifestError[] = [];
	const objects: KubeObject[] = [];
	const seen = new Set<string>();
	docs.forEach((doc, i) => {
		const ctx: DocContext = { file, index: i + 1, doc, lines, errors, defaultNamespace };
		if (doc.errors.length > 0) {
			for (const e of doc.errors) {
				const { line, col } = lines.linePos(e.pos[0]);
				push(
					ctx,
					line,
					col,
					undefined,
					[],
					e.message.replace(/ at line \d+, column \d+:?[\s\S]*$/, '')
				);
			}
			return;
		}
		const value: unknown = doc.toJS();
		if (value === null || value === undefined) return;
		if (!isRecord(value))
			return fail(ctx, undefined, [], `expected a mapping, got ${describe(value)}`);
		for (const [obj, path] of flattenList(value)) {
			const parsed = parseObject(ctx, obj, path);
			if (parsed && !isDuplicate(ctx, parsed, path, seen)) objects.push(parsed);
		}
	});
	if (errors.length === 0) return { ok: true, objects };
	errors.sort((a, b) => a.line - b.line || a.column - b.column);
	return { ok: false, errors };
}

/** `kind: List` / `DeploymentList` with items → each item (typed lists' items may omit kind). */
function flattenList(value: Raw): [Raw, Path][] {
	const kind = value.kind;
	if (typeof kind !== 'string' || !kind.endsWith('List') || !Array.isArray(value.items))
		return [[value, []]];
	const itemKind = kind === 'List' ? undefined : kind.slice(0, -'List'.length);
	return value.items.map((item: unknown, i): [Raw, Path] => {
		const path = ['items', i];
		if (!isRecord(item) || !itemKind) return [item as Raw, path];
		return [{ apiVersion: value.apiVersion, kind: itemKind, ...item }, path];
	});
}

function parseObject(ctx: DocContext, raw: Raw, base: Path): KubeObject | undefined {
	const label = objectLabel(raw);
	if (!isRecord(raw)) return fail(ctx, undefined, base, `expected a mapping, got ${describe(raw)}`);
	const envelope = envelopeSchema.safeParse(raw);
	if (!envelope.success) {
		const kind = typeof raw.kind === 'string' ? raw.kind : '';
		const schema = kindSchema(kind, String(raw.apiVersion));
		const more = schema?.safeParse(raw).error?.issues ?? [];
		return report(ctx, label, base, raw, [...envelope.error.issues, ...more]);
	}
	const { apiVersion, kind } = envelope.data;
	const served = API_RESOURCES.find((r) => r.kind === kind && apiVersionOf(r) === apiVersion);
	if (!served) {
		const field = API_RESOURCES.some((r) => r.kind === kind) ? 'apiVersion' : 'kind';
		const reason = `no matches for kind "${kind}" in version "${apiVersion}"`;
		return fail(ctx, label, [...base, field], reason);
	}
	const checked = kindSchema(kind, apiVersion)?.safeParse(raw);
	if (checked && !checked.success) return report(ctx, label, base, raw, checked.error.issues);
	// Built from the input, not zod's output, so field order and unknown fields stay as given.
	const obj = withStringQuantities(raw) as KubeObject;
	const mismatch = selectorMismatch(obj);
	if (mismatch) return fail(ctx, label, [...base, ...mismatch.path], mismatch.reason);
	const metadata = { ...obj.metadata };
	if (served.namespaced) metadata.namespace ??= ctx.defaultNamespace;
	else delete metadata.namespace;
	return { ...obj, metadata };
}

/** The API server keeps quantities as strings: `cpu: 1` is stored as "1". */
function withStringQuantities(value: unknown, key = ''): unknown {
	if (Array.isArray(value)) return value.map((v) => withStringQuantities(v));
	if (!isRecord(value)) return value;
	const quantities = QUANTITY_MAPS.has(key);
	const out: Raw = {};
	for (const [k, v] of Object.entries(value))
		out[k] = quantities && typeof v === 'number' ? String(v) : withStringQuantities(v, k);
	return out;
}

const QUANTITY_MAPS = new Set(['requests', 'limits', 'capacity', 'allocatable']);

function kindSchema(kind: string, apiVersion: string): z.ZodType | undefined {
	// events.k8s.io/v1 Events carry `regarding` instead of `involvedObject`.
	if (kind === 'Event' && apiVersion !== 'v1') return undefined;
	return KIND_SCHEMAS[kind];
}

/** Workload selectors must select their own template, or the controller would orphan its pods. */
function selectorMismatch(obj: KubeObject): { path: Path; reason: string } | undefined {
	if (!['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet'].includes(obj.kind)) return;
	const labels: Labels = obj.spec.template.metadata?.labels ?? {};
	if (selects(obj.spec.selector, labels)) return;
	return {
		path: ['spec', 'template', 'metadata', 'labels'],
		reason: `Invalid value: ${JSON.stringify(labels)}: \`selector\` does not match template \`labels\``
	};
}

function selects(selector: LabelSelector, labels: Labels): boolean {
	const empty = !selector.matchLabels && !selector.matchExpressions?.length;
	return !empty && matchesSelector(selector, labels);
}

/** The same object twice would silently shadow one declaration: the API says AlreadyExists. */
function isDuplicate(ctx: DocContext, obj: KubeObject, base: Path, seen: Set<string>): boolean {
	const r = API_RESOURCES.find((a) => a.kind === obj.kind && a.preferred);
	const { name, namespace = '' } = obj.metadata;
	const key = `${r ? resourceKey(r) : obj.kind}/${namespace}/${name}`;
	if (!seen.has(key)) {
		seen.add(key);
		return false;
	}
	const where = namespace ? ` in namespace "${namespace}"` : '';
	const reason = `Duplicate value: "${name}": ${obj.kind} already declared${where}`;
	fail(ctx, `${obj.kind} ${name}`, [...base, 'metadata', 'name'], reason);
	return true;
}

function report(
	ctx: DocContext,
	label: string | undefined,
	base: Path,
	raw: Raw,
	issues: z.core.$ZodIssue[]
): undefined {
	for (const issue of issues) {
		const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
		fail(ctx, label, [...base, ...path], issueReason(issue, valueAt(raw, path)));
	}
	return undefined;
}

function issueReason(issue: z.core.$ZodIssue, value: unknown): string {
	switch (issue.code) {
		case 'invalid_type':
			if (value === undefined) return 'Required value';
			return `expected ${article(issue.expected)}, got ${describe(value)}`;
		case 'invalid_union':
			return `${issue.message}, got ${describe(value)}`;
		case 'invalid_value':
			return `Unsupported value: ${JSON.stringify(value)}: supported values: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
		case 'too_small':
			if (issue.origin === 'array')
				return value && (value as unknown[]).length === 0 ? 'Required value' : issue.message;
			if (issue.origin === 'string') return 'Required value';
			return `Invalid value: ${JSON.stringify(value)}: must be greater than or equal to ${issue.minimum}`;
		case 'too_big':
			if (issue.origin === 'string') return `Too long: may not be more than ${issue.maximum} bytes`;
			return `Invalid value: ${JSON.stringify(value)}: must be less than or equal to ${issue.maximum}`;
		default:
			return `Invalid value: ${JSON.stringify(value)}: ${issue.message}`;
	}
}

function fail(ctx: DocContext, label: string | undefined, path: Path, reason: string): undefined {
	const { line, col } = position(ctx, path);
	push(ctx, line, col, label, path, reason);
	return undefined;
}

function push(
	ctx: DocContext,
	line: number,
	column: number,
	label: string | undefined,
	path: Path,
	reason: string
): void {
	const field = formatPath(path);
	const where = `document ${ctx.index}${label ? ` (${label})` : ''}`;
	const message = `${ctx.file}:${line}:${column}: ${where}: ${field ? `${field}: ` : ''}${reason}`;
	ctx.errors.push({
		file: ctx.file,
		line,
		column,
		document: ctx.index,
		object: label,
		path: field,
		reason,
		message
	});
}

/** The deepest node along the path that exists: the value itself, or the mapping missing it. */
function position(ctx: DocContext, path: Path): { line: number; col: number } {
	for (let n = path.length; n >= 0; n--) {
		const node = ctx.doc.getIn(path.slice(0, n), true);
		if (isNode(node) && node.range) return ctx.lines.linePos(node.range[0]);
	}
	return { line: 1, col: 1 };
}

function objectLabel(raw: unknown): string | undefined {
	if (!isRecord(raw) || typeof raw.kind !== 'string') return undefined;
	const name = isRecord(raw.metadata) ? raw.metadata.name : undefined;
	return typeof name === 'string' ? `${raw.kind} ${name}` : raw.kind;
}

function formatPath(path: Path): string {
	return path.reduce<string>(
		(out, p) => (typeof p === 'number' ? `${out}[${p}]` : out ? `${out}.${p}` : p),
		''
	);
}

function valueAt(raw: unknown, path: Path): unknown {
	let v: unknown = raw;
	for (const p of path) v = isRecord(v) || Array.isArray(v) ? (v as Raw)[p] : undefined;
	return v;
}

function article(expected: string): string {
	const names: Record<string, string> = { int: 'an integer', object: 'a mapping', array: 'a list' };
	return names[expected] ?? `a ${expected}`;
}

function describe(value: unknown): string {
	if (Array.isArray(value)) return 'a list';
	if (isRecord(value)) return 'a mapping';
	return JSON.stringify(value) ?? String(value);
}

function isRecord(value: unknown): value is Raw {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
