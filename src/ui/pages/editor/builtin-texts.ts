/** The built-in library's texts by scenario id, for "edit a copy" and to refuse their ids. */
import { BUILTIN_SOURCES } from '../../../adapters/scenarios/builtin-sources';
import { headerOf } from './scenario-text';

export function builtinTexts(
	sources: Record<string, string> = BUILTIN_SOURCES.scenarios
): Map<string, string> {
	const texts = new Map<string, string>();
	for (const [path, text] of Object.entries(sources)) {
		const id = headerOf(text).id ?? path.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
		texts.set(id, text);
	}
	return texts;
}
