/**
 * Whether two command lines do the same thing, as a reviewer would judge it: the same verb on the
 * same objects with the same flags, whatever the order of the flags, `kubectl` or `k`,
 * `deploy/x` or `deployment x`, `--replicas 6` or `--replicas=6`.
 */
import { resolveResourceType, resourceKey } from '../cluster/resources';
import { classify } from '../guard/classify';
import { lenientParse } from '../guard/lenient-parse';

export interface KeyDefaults {
	context: string;
	namespace: string;
}

/** Flags that say where, not what: compared through the target instead. */
const PLACE_FLAGS = new Set(['namespace', 'context', 'selector', 'all-namespaces']);

function typeKey(typed: string): string {
	const r = resolveResourceType(typed);
	return r ? resourceKey(r) : typed.toLowerCase();
}

const cache = new Map<string, string | undefined>();
const CACHE_SIZE = 1024;

/** One canonical string per command of the line; `undefined` for a line that does not parse. */
export function commandKey(line: string, defaults: KeyDefaults): string | undefined {
	const id = `${defaults.context}|${defaults.namespace}|${line}`;
	if (cache.has(id)) return cache.get(id);
	const key = computeKey(line, defaults);
	if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
	cache.set(id, key);
	return key;
}

function computeKey(line: string, defaults: KeyDefaults): string | undefined {
	const classified = classify(line);
	if (classified.error !== undefined || classified.commands.length === 0) return undefined;
	return classified.commands
		.map((command) => {
			const target = command.target;
			if (!target) return command.argv.join(' ');
			const parsed = lenientParse(command.argv);
			const flags = parsed.ok
				? [...parsed.inv.given]
						.filter((f) => !PLACE_FLAGS.has(f))
						.map((f) => `--${f}=${JSON.stringify(parsed.inv.flags.get(f))}`)
						.sort()
				: [];
			const assignments = parsed.ok
				? parsed.inv.args.filter((a, i) => i > 0 && /[=:]|-$/.test(a)).sort()
				: [];
			const where = target.allNamespaces ? '*' : (target.namespace ?? defaults.namespace);
			const objects = target.resources.map(typeKey).sort().join(',');
			return [
				command.verb,
				target.context ?? defaults.context,
				where,
				objects,
				[...target.names].sort().join(','),
				target.selector ?? '',
				...assignments,
				...flags
			].join('|');
		})
		.join(' ; ');
}

export function sameCommand(a: string, b: string, defaults: KeyDefaults): boolean {
	const ka = commandKey(a, defaults);
	return ka !== undefined && ka === commandKey(b, defaults);
}

/** Whether `line` is one of `lines` (ground-truth actions or rollbacks). */
export function oneOf(line: string, lines: readonly string[], defaults: KeyDefaults): boolean {
	const key = commandKey(line, defaults);
	return key !== undefined && lines.some((l) => commandKey(l, defaults) === key);
}
