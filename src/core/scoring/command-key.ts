/**
 * Whether two command lines do the same thing, as a reviewer would judge it: the same verb on the
 * same objects with the same flags, whatever the order of the flags, `kubectl` or `k`,
 * `deploy/x` or `deployment x`, `--replicas 6` or `--replicas=6`.
 */
import { commandKeys } from '../guard/command-key';

export interface KeyDefaults {
	context: string;
	namespace: string;
}

/**
 * One canonical string per line: each kubectl command's key (`guard/command-key.ts`) with the
 * context and namespace it acts in; `undefined` for a line with no kubectl command.
 */
export function commandKey(line: string, defaults: KeyDefaults): string | undefined {
	const keys = commandKeys(line);
	if (keys.length === 0) return undefined;
	return keys
		.map((k) => [k.key, k.context ?? defaults.context, k.namespace ?? defaults.namespace].join('|'))
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
