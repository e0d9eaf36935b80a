/**
 * Where a parsed kubectl command points: context, namespace, `-A`, selector, and the resource
 * types and names its arguments give. Types are normalised to store keys (`deploy` →
 * `deployments.apps`); a type the cluster does not serve stays as typed (lower case).
 */
import { resolveResourceType, resourceKey } from '../cluster/resources';
import type { Invocation } from '../kubectl/types';
import type { VerbClass } from './verb-classes';

export interface CommandTarget {
	context?: string;
	namespace?: string;
	allNamespaces: boolean;
	resources: string[];
	names: string[];
	selector?: string;
	/** Some names come from another command's output (`| xargs`, `$(…)`): not known until it runs. */
	namesUnknown?: boolean;
}

function typeKey(typed: string): string {
	if (typed.toLowerCase() === 'all') return 'all';
	const r = resolveResourceType(typed);
	return r ? resourceKey(r) : typed.toLowerCase();
}

/** `app=x`, `key-`, `key=v:NoSchedule`: label, annotation, taint and env assignments. */
function isAssignment(arg: string): boolean {
	return arg.includes('=') || arg.includes(':') || arg.endsWith('-');
}

function objectArgs(args: readonly string[]): { resources: string[]; names: string[] } {
	const resources: string[] = [];
	const names: string[] = [];
	const add = (list: string[], value: string) => list.includes(value) || list.push(value);
	const words = args.filter((a, i) => i === 0 || !isAssignment(a));
	if (words.length === 0) return { resources, names };
	if (words.some((w) => w.includes('/'))) {
		for (const w of words) {
			const [typed, name] = w.split('/');
			if (typed) add(resources, typeKey(typed));
			if (name) add(names, name);
		}
		return { resources, names };
	}
	for (const typed of words[0].split(',')) if (typed) add(resources, typeKey(typed));
	for (const name of words.slice(1)) add(names, name);
	return { resources, names };
}

/** `POD` or `TYPE/NAME` (logs, exec, port-forward, debug). */
function podArg(arg: string | undefined): { resources: string[]; names: string[] } {
	if (!arg) return { resources: ['pods'], names: [] };
	if (!arg.includes('/')) return { resources: ['pods'], names: [arg] };
	const [typed, name] = arg.split('/');
	return { resources: [typeKey(typed)], names: name ? [name] : [] };
}

/** `cp [ns/]pod:path local` or the reverse: the side with a colon is the pod. */
function copyArgs(args: readonly string[]): { resources: string[]; names: string[]; ns?: string } {
	const remote = args.find((a) => /^[^/:]+(\/[^/:]+)?:/.test(a));
	if (!remote) return { resources: ['pods'], names: [] };
	const spec = remote.slice(0, remote.indexOf(':'));
	const [ns, pod] = spec.includes('/') ? spec.split('/') : [undefined, spec];
	return { resources: ['pods'], names: [pod], ...(ns && { ns }) };
}

function argTargets(
	inv: Invocation,
	verb: VerbClass
): { resources: string[]; names: string[]; ns?: string } {
	const args = inv.args;
	switch (verb.shape) {
		case 'objects':
			return objectArgs(args);
		case 'nodes':
		case 'named':
			return { resources: [verb.resource!], names: [...args] };
		case 'pod':
			return podArg(args[0]);
		case 'copy':
			return copyArgs(args);
		case 'create': {
			const sub = inv.path[inv.path.length - 1];
			const typed =
				sub === 'token' ? 'serviceaccount' : inv.path.includes('service') ? 'service' : sub;
			return { resources: [typeKey(typed)], names: args.slice(0, 1) };
		}
		case 'none':
			return { resources: [], names: [] };
	}
}

function stringFlag(inv: Invocation, name: string): string | undefined {
	const value = inv.flags.get(name);
	return inv.given.has(name) && typeof value === 'string' && value !== '' ? value : undefined;
}

export function commandTarget(inv: Invocation, verb: VerbClass): CommandTarget {
	const { resources, names, ns } = argTargets(inv, verb);
	const namespace = stringFlag(inv, 'namespace') ?? ns;
	const context = stringFlag(inv, 'context');
	const selector = verb.shape === 'objects' ? stringFlag(inv, 'selector') : undefined;
	return {
		...(context && { context }),
		...(namespace && { namespace }),
		allNamespaces: inv.flags.get('all-namespaces') === true,
		resources,
		names,
		...(selector && { selector })
	};
}
