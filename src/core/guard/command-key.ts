/**
 * What a command line does, with the spelling that does not change it set aside: `kubectl` or
 * `k`, flag order, `-n x` or `--namespace=x`, `deploy`, `deployment` or `deployments.apps`,
 * `TYPE/NAME` or `TYPE NAME`. The kind of output (`-o wide`), selectors and values still count:
 * another flag is another command. Non-kubectl stages (`| grep HikariPool`) are left out. The gate
 * matches terminal commands to drafts with it, scoring matches them to the ground truth.
 */
import { classify, type ClassifiedCommand } from './classify';
import { lenientParse } from './lenient-parse';

/** One kubectl command, normalised: a key for what it does, and where it was told to act. */
export interface CommandKey {
	key: string;
	/** Given with `--context` / `-n`; where the draft gives none, any is the same. */
	context?: string;
	namespace?: string;
}

/** Global flags compared against the record's resolved context and namespace instead. */
const PLACE_FLAGS = new Set(['context', 'namespace']);

/** `app=x`, `key-`, `c=image:tag`: label, annotation, image and env arguments (not object names). */
function isAssignment(arg: string): boolean {
	return arg.includes('=') || arg.includes(':') || arg.endsWith('-');
}

function keyOf(command: ClassifiedCommand): CommandKey | undefined {
	const target = command.target;
	if (!target) return undefined;
	const parsed = lenientParse(command.argv);
	if (!parsed.ok) return undefined;
	const { inv } = parsed;
	const flags = [...inv.given]
		.filter((name) => !PLACE_FLAGS.has(name))
		.map((name) => `--${name}=${JSON.stringify(inv.flags.get(name))}`)
		.sort();
	const assignments = inv.args.filter((a, i) => i > 0 && isAssignment(a)).sort();
	const key = JSON.stringify([
		inv.path.join(' '),
		[...target.resources].sort(),
		[...target.names].sort(),
		target.allNamespaces,
		assignments,
		flags
	]);
	return {
		key,
		...(target.context !== undefined && { context: target.context }),
		...(target.namespace !== undefined && { namespace: target.namespace })
	};
}

const cache = new Map<string, CommandKey[]>();
const CACHE_SIZE = 512;

/** The normalised kubectl commands of a line, in order (cached: drafts are matched many times). */
export function commandKeys(line: string): CommandKey[] {
	const hit = cache.get(line);
	if (hit) return hit;
	const keys = classify(line)
		.commands.map(keyOf)
		.filter((k): k is CommandKey => k !== undefined);
	if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
	cache.set(line, keys);
	return keys;
}
