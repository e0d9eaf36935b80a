/**
 * kubectl v1.32's plaintext explain template (`explain/v2/templates/plaintext.tmpl`) over the
 * compact type tables: GROUP/KIND/VERSION, `FIELD: x <type>`, DESCRIPTION wrapped at 76 columns
 * (go-wordwrap rules), and FIELDS with `<type>`, `-required-` and enums, or a name tree with
 * `--recursive`.
 */
import type { FieldDef, TypeDef, TypeTable } from './types';

/** go-wordwrap's `WrapString`: greedy, breaks only at spaces, keeps hard line breaks. */
export function wrap(text: string, limit: number): string {
	return text
		.split('\n')
		.map((line) => {
			const [first, ...words] = line.split(' ');
			const out: string[] = [];
			let current = first;
			for (const word of words) {
				// go-wordwrap breaks as soon as a word still shorter than the limit overflows the line.
				const fits = current.length + 1 + Math.min(word.length, limit - 1) <= limit;
				if (!fits && current.trim()) {
					out.push(current);
					current = word;
				} else current = `${current} ${word}`;
			}
			return [...out, current].join('\n');
		})
		.join('\n');
}

const indent = (n: number, text: string) =>
	' '.repeat(n) + text.replace(/\n/g, `\n${' '.repeat(n)}`);

const byName = (a: FieldDef, b: FieldDef) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

function enumList(f: FieldDef, level: number): string {
	if (!f.enum?.length) return '';
	const shown = f.enum.slice(0, 4).map((v) => (v === '' ? '""' : v));
	return `\n${' '.repeat(level * 2)}enum: ${shown.join(', ')}${f.enum.length > 4 ? ', ....' : ''}`;
}

function fieldLine(f: FieldDef, level: number): string {
	const name = `${' '.repeat(level * 2)}${f.name}\t<${f.type}>${f.required ? ' -required-' : ''}`;
	return `${name}${enumList(f, level)}\n`;
}

function fieldList(
	type: TypeDef,
	table: TypeTable,
	level: number,
	recursive: boolean,
	seen: Set<string>
): string {
	let out = '';
	for (const f of [...type.fields].sort(byName)) {
		out += fieldLine(f, level);
		if (!recursive) {
			out += `${indent(level * 2 + 2, wrap(f.description || '<no description>', 78 - level * 2))}\n\n`;
			continue;
		}
		const child = f.ref ? table[f.ref] : undefined;
		if (child && !seen.has(f.ref!)) {
			out += fieldList(child, table, level + 1, true, new Set([...seen, f.ref!]));
		}
	}
	return out;
}

function body(
	description: string,
	type: TypeDef | undefined,
	table: TypeTable,
	recursive: boolean,
	self?: string
): string {
	let out = `DESCRIPTION:\n${indent(4, wrap(description || '<empty>', 76))}\n`;
	if (type?.fields.length) {
		out += `FIELDS:\n${fieldList(type, table, 1, recursive, new Set(self ? [self] : []))}`;
	}
	return out;
}

export interface ExplainTarget {
	group: string;
	kind: string;
	version: string;
}

export type ExplainResult = { ok: true; text: string } | { ok: false; error: string };

/** The explain text for `kind` and a field path under it (`['spec', 'replicas']`). */
export function renderExplain(
	target: ExplainTarget,
	table: TypeTable,
	path: readonly string[],
	recursive: boolean
): ExplainResult {
	const head = `${target.group ? `GROUP:      ${target.group}\n` : ''}KIND:       ${target.kind}\nVERSION:    ${target.version}\n\n`;
	let type: TypeDef | undefined = table[target.kind];
	if (!type)
		return {
			ok: false,
			error: `GVK ${target.group}/${target.version}, Kind=${target.kind} not found in OpenAPI schema`
		};
	if (path.length === 0)
		return {
			ok: true,
			text: `${head}${body(`${type.description}\n`, type, table, recursive, target.kind)}\n`
		};
	let field: FieldDef | undefined;
	for (const segment of path) {
		field = type?.fields.find((x) => x.name === segment);
		// The template names the last path element, whichever one is missing.
		if (!field) return { ok: false, error: `field "${path[path.length - 1]}" does not exist` };
		type = field.ref ? table[field.ref] : undefined;
	}
	const f = field!;
	const enumLong = f.enum?.length
		? `ENUM:${f.enum.map((v) => `\n    ${v === '' ? '""' : v}`).join('')}`
		: '';
	const fieldHead = `FIELD: ${f.name} <${f.type}>\n${enumLong}\n\n`;
	const description = `${f.description}\n${type?.description ? `${type.description}\n` : ''}`;
	return {
		ok: true,
		text: `${head}${fieldHead}${body(description, type, table, recursive, f.ref)}\n`
	};
}
