/**
 * The pieces every describer shares, after kubectl's `pkg/describe`: a prefix writer whose text is
 * aligned by Go's tabwriter at the end, and the label, annotation, toleration and event blocks.
 */
import { visibleAnnotations } from '../../cluster/directives';
import { humanDuration } from '../printers/age';
import type { KubeEvent, KubeObject, Labels } from '../../cluster/types';
import { DESCRIBE_TABS, tabify } from './tabwriter';
import { MONTH_ABBREVIATIONS } from '../../clock/month-names';

/** What a describer can see besides its object. */
export interface DescribeContext {
	now: number;
	/** Objects of another resource in the object's namespace (`pods`, `replicasets.apps`, …). */
	list: (key: string, namespace?: string) => KubeObject[];
	/** Events about the object, or undefined with `--show-events=false`. */
	events?: KubeEvent[];
}

export type Describer = (obj: KubeObject, ctx: DescribeContext) => string;

export class PrefixWriter {
	#text = '';

	/** `level` is the indent in two-space steps, as kubectl's LEVEL_0…LEVEL_3. */
	write(level: number, text: string): void {
		this.#text += '  '.repeat(level) + text;
	}

	line(text: string): void {
		this.#text += `${text}\n`;
	}

	/** The aligned text. */
	done(): string {
		return tabify(this.#text, DESCRIBE_TABS);
	}
}

/** Go's `time.RFC1123Z` in UTC: `Mon, 02 Jan 2006 15:04:05 +0000`. */
export function rfc1123z(timestamp: string | undefined): string {
	if (!timestamp) return '<unset>';
	const d = new Date(Date.parse(timestamp));
	const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
	const p = (n: number) => String(n).padStart(2, '0');
	return `${days[d.getUTCDay()]}, ${p(d.getUTCDate())} ${MONTH_ABBREVIATIONS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
}

function sortedKeys(map: Labels | undefined, skip: readonly string[] = []): string[] {
	return Object.keys(map ?? {})
		.filter((k) => !skip.includes(k))
		.sort();
}

/** `Labels:  a=b` then one `key=value` per line under it; `<none>` when empty. */
export function labelsBlock(w: PrefixWriter, title: string, labels: Labels | undefined): void {
	w.write(0, `${title}:\t`);
	const keys = sortedKeys(labels);
	if (keys.length === 0) return w.line('<none>');
	keys.forEach((k, i) => {
		if (i) w.write(0, '\t');
		w.write(0, `${k}=${labels![k]}\n`);
	});
}

const MAX_ANNOTATION = 140;

/** `Annotations:  key: value`; long or multi-line values go under the key, shortened. */
export function annotationsBlock(w: PrefixWriter, title: string, all: Labels | undefined): void {
	const annotations = visibleAnnotations(all);
	w.write(0, `${title}:\t`);
	const keys = sortedKeys(annotations, ['kubectl.kubernetes.io/last-applied-configuration']);
	if (keys.length === 0) return w.line('<none>');
	keys.forEach((key, i) => {
		if (i) w.write(0, '\t');
		const value = annotations![key].replace(/\n$/, '');
		if (value.length + key.length + 2 > MAX_ANNOTATION || value.includes('\n')) {
			w.write(0, `${key}:\n`);
			for (const s of value.split('\n')) w.write(0, `\t  ${shorten(s, MAX_ANNOTATION - 2)}\n`);
		} else w.write(0, `${key}: ${value}\n`);
	});
}

function shorten(s: string, max: number): string {
	return s.length > max ? `${s.slice(0, max)}...` : s;
}

interface Toleration {
	key?: string;
	operator?: string;
	value?: string;
	effect?: string;
	tolerationSeconds?: number;
}

export function tolerationsBlock(
	w: PrefixWriter,
	title: string,
	tolerations: Toleration[] | undefined
): void {
	w.write(0, `${title}:\t`);
	if (!tolerations?.length) return w.line('<none>');
	tolerations.forEach((t, i) => {
		if (i) w.write(0, '\t');
		let text = t.key ?? '';
		if (t.value) text += `=${t.value}`;
		if (t.effect) text += `:${t.effect}`;
		if (t.operator === 'Exists' && !t.value) text += t.key || t.effect ? ' op=Exists' : 'op=Exists';
		if (t.tolerationSeconds !== undefined) text += ` for ${t.tolerationSeconds}s`;
		w.write(0, `${text}\n`);
	});
}

/** The `Events:` table, oldest last-seen first; `<none>` when there are none. */
export function eventsBlock(w: PrefixWriter, events: KubeEvent[] | undefined, now: number): void {
	if (!events) return;
	if (events.length === 0) return w.write(0, 'Events:\t<none>\n');
	const sorted = [...events].sort(
		(a, b) => Date.parse(a.lastTimestamp) - Date.parse(b.lastTimestamp)
	);
	w.write(0, 'Events:\n  Type\tReason\tAge\tFrom\tMessage\n');
	w.write(1, '----\t------\t----\t----\t-------\n');
	for (const e of sorted) {
		const first = since(e.firstTimestamp ?? e.metadata.creationTimestamp, now);
		const age = e.count > 1 ? `${since(e.lastTimestamp, now)} (x${e.count} over ${first})` : first;
		const from = e.source?.component || e.reportingComponent || '';
		w.write(1, `${e.type}\t${e.reason}\t${age}\t${from}\t${e.message.trim()}\n`);
	}
}

/** `translateTimestampSince`: `<unknown>` for a missing time. */
export function since(timestamp: string | undefined, now: number): string {
	if (!timestamp) return '<unknown>';
	return humanDuration(now - Date.parse(timestamp));
}

/** `Kind/name` of the controlling owner, or ''. */
export function controller(obj: KubeObject): string {
	const ref = obj.metadata.ownerReferences?.find((r) => r.controller);
	return ref ? `${ref.kind}/${ref.name}` : '';
}

/** The object header most describers open with. */
export function nameBlock(w: PrefixWriter, obj: KubeObject): void {
	w.write(0, `Name:\t${obj.metadata.name}\n`);
	if (obj.metadata.namespace !== undefined) w.write(0, `Namespace:\t${obj.metadata.namespace}\n`);
}

/** The `Name`/`Namespace`/`Labels`/`Annotations` header most describers open with. */
export function metaBlock(w: PrefixWriter, obj: KubeObject): void {
	nameBlock(w, obj);
	labelsBlock(w, 'Labels', obj.metadata.labels);
	annotationsBlock(w, 'Annotations', obj.metadata.annotations);
}

/** `metav1.FormatLabelSelector`-style for map selectors (`labels.FormatLabels`): sorted `k=v`. */
export function formatLabels(map: Labels | undefined): string {
	const keys = sortedKeys(map);
	return keys.length ? keys.map((k) => `${k}=${map![k]}`).join(',') : '<none>';
}
