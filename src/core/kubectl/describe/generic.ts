/**
 * kubectl's generic describer, used for kinds without their own (Event among them): the header,
 * then every other field, sorted, with smart labels (`apiVersion` → `API Version`).
 */
import type { KubeObject } from '../../cluster/types';
import {
	PrefixWriter,
	annotationsBlock,
	eventsBlock,
	labelsBlock,
	type DescribeContext
} from './writer';

const ACRONYMS = ['API', 'URL', 'UID', 'OSB', 'GUID'];
const SKIP = [
	'.metadata.managedFields',
	'.metadata.name',
	'.metadata.namespace',
	'.metadata.labels',
	'.metadata.annotations'
];

/** `smartLabelFor`: split camelCase, title-case, keep acronyms upper. */
export function smartLabel(field: string): string {
	if (/[^\p{L}-]/u.test(field)) return field;
	const parts = field.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+|-/g) ?? [field];
	return parts
		.map((p) =>
			ACRONYMS.includes(p.toUpperCase()) ? p.toUpperCase() : p[0].toUpperCase() + p.slice(1)
		)
		.join(' ');
}

function print(
	w: PrefixWriter,
	level: number,
	content: Record<string, unknown>,
	prefix: string
): void {
	for (const field of Object.keys(content).sort()) {
		const value = content[field];
		const path = `${prefix}.${field}`;
		if (SKIP.includes(path)) continue;
		if (value && typeof value === 'object' && !Array.isArray(value)) {
			w.write(level, `${smartLabel(field)}:\n`);
			print(w, level + 1, value as Record<string, unknown>, path);
		} else if (Array.isArray(value)) {
			w.write(level, `${smartLabel(field)}:\n`);
			for (const child of value) {
				if (child && typeof child === 'object')
					print(w, level + 1, child as Record<string, unknown>, path);
				else w.write(level + 1, `${child}\n`);
			}
		} else w.write(level, `${smartLabel(field)}:\t${value === null ? '<nil>' : value}\n`);
	}
}

export function describeGeneric(obj: KubeObject, ctx: DescribeContext): string {
	const w = new PrefixWriter();
	w.write(0, `Name:\t${obj.metadata.name}\n`);
	w.write(0, `Namespace:\t${obj.metadata.namespace ?? ''}\n`);
	labelsBlock(w, 'Labels', obj.metadata.labels);
	annotationsBlock(w, 'Annotations', obj.metadata.annotations);
	print(w, 0, obj as unknown as Record<string, unknown>, '');
	eventsBlock(w, ctx.events, ctx.now);
	return w.done();
}
