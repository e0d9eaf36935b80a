/**
 * Whether a kubectl command prints secret values. `get secret` as a table or `-o name` shows
 * none; `-o yaml|json|jsonpath|go-template|custom-columns` print `.data`. `describe secret` shows
 * no values, but it lists the keys and their sizes: marked sensitive too, as a reviewer should
 * know the step looks at a secret.
 */
import type { Invocation } from '../kubectl/types';
import type { CommandTarget } from './command-target';

/** Output formats that can print any field, `.data` included. */
const FIELD_FORMATS =
	/^(json|yaml|jsonpath|jsonpath-as-json|jsonpath-file|go-template|go-template-file|template|templatefile|custom-columns|custom-columns-file)(=|$)/;

/** Commands that show a secret's data in an editor or as its last-applied manifest. */
const SHOWS_OBJECT = new Set(['edit', 'apply view-last-applied', 'apply edit-last-applied']);

export interface Sensitivity {
	sensitive: boolean;
	reason?: string;
}

function printsFields(inv: Invocation): boolean {
	const output = inv.given.has('output') ? String(inv.flags.get('output')) : '';
	return FIELD_FORMATS.test(output) || (output === '' && inv.given.has('template'));
}

export function sensitivity(inv: Invocation, verb: string, target: CommandTarget): Sensitivity {
	const secrets = target.resources.includes('secrets');
	if (verb === 'get') {
		const raw = inv.given.has('raw') ? String(inv.flags.get('raw')) : '';
		if (/\/secrets(\/|$|\?)/.test(raw))
			return { sensitive: true, reason: 'the raw API path returns secret values' };
		if (secrets && printsFields(inv))
			return {
				sensitive: true,
				reason: `-o ${inv.flags.get('output') || 'go-template'} prints the secret values`
			};
	}
	if (verb === 'describe' && secrets)
		return {
			sensitive: true,
			reason: "describe shows the secret's keys and the size of each value, not the values"
		};
	if (SHOWS_OBJECT.has(verb) && secrets)
		return { sensitive: true, reason: `${verb} shows the secret values` };
	if (verb === 'config view' && inv.flags.get('raw') === true)
		return { sensitive: true, reason: '--raw prints credentials unredacted' };
	// kubectl shortens (redacts) the config only when it does not flatten it.
	if (verb === 'config view' && inv.flags.get('flatten') === true)
		return { sensitive: true, reason: '--flatten embeds and prints credentials unredacted' };
	if (verb === 'create token') return { sensitive: true, reason: 'it prints a bearer token' };
	if (verb.startsWith('create secret') && printsFields(inv))
		return { sensitive: true, reason: 'it prints the secret values' };
	return { sensitive: false };
}
