/**
 * What the editor reads from scenario text before it loads: the id and title (a draft that does not
 * load yet can still be saved), and the id rewritten for a copy without touching the rest.
 */
import { isMap, parseDocument } from 'yaml';

/** The top-level `id` and `title`, when the text parses as a YAML map far enough to have them. */
export function headerOf(text: string): { id?: string; title?: string } {
	try {
		const doc = parseDocument(text, { uniqueKeys: false, prettyErrors: false });
		if (!isMap(doc.contents)) return {};
		const id: unknown = doc.contents.get('id');
		const title: unknown = doc.contents.get('title');
		return {
			...(typeof id === 'string' && id.trim() ? { id: id.trim() } : {}),
			...(typeof title === 'string' && title.trim() ? { title: title.trim() } : {})
		};
	} catch {
		return {};
	}
}

/** Valid scenario ids, as the schema has them. */
export const ID_PATTERN = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/;

/**
 * The text with its top-level `id:` line set to `id` (comments, order and quoting elsewhere kept);
 * text without one gets it on top.
 */
export function withId(text: string, id: string): string {
	const line = /^id:[ \t]*(?:'[^'\n]*'|"[^"\n]*"|[^\s#]*)([ \t]*(?:#.*)?)$/m;
	if (line.test(text)) return text.replace(line, (_all, rest: string) => `id: ${id}${rest}`);
	return `id: ${id}\n${text}`;
}

/** The id a copy of a built-in gets. */
export function copyId(id: string): string {
	return `${id}-copy`;
}

/** A file name for the download: the id, else `scenario`. */
export function fileNameFor(text: string): string {
	const { id } = headerOf(text);
	return `${id && ID_PATTERN.test(id) ? id : 'scenario'}.yaml`;
}
