/**
 * A parsed kubectl action → the intents it carries out (one per object it names), so a bare
 * command line gets the same staleness checks as a runbook step's intent. Undefined for commands
 * the checks do not cover (selectors, `--all`, files, other verbs).
 */
import type { Invocation } from '../kubectl/types';
import type { Intent } from '../scenario/schema';
import { parsePatchText } from './inverse-patch';

const isAssignment = (a: string) => a.includes('=') || (a.endsWith('-') && !a.includes('/'));

/** `TYPE/NAME…` or `TYPE NAME…` (assignments left out) → `type/name` refs. */
function objectRefs(args: readonly string[]): string[] {
	const words = args.filter((a, i) => i === 0 || !isAssignment(a));
	if (words.length === 0) return [];
	if (words.some((w) => w.includes('/'))) return words.filter((w) => /^[^/]+\/[^/]+$/.test(w));
	const [typed, ...names] = words;
	if (typed.includes(',')) return [];
	return names.map((n) => `${typed}/${n}`);
}

function assignments(args: readonly string[]): Record<string, string | null> {
	const set: Record<string, string | null> = {};
	for (const a of args.slice(1)) {
		if (a.includes('=')) set[a.slice(0, a.indexOf('='))] = a.slice(a.indexOf('=') + 1);
		else if (a.endsWith('-')) set[a.slice(0, -1)] = null;
	}
	return set;
}

function str(inv: Invocation, flag: string): string | undefined {
	const v = inv.flags.get(flag);
	return inv.given.has(flag) && typeof v === 'string' && v !== '' ? v : undefined;
}

function patchType(inv: Invocation): 'strategic' | 'merge' | 'json' {
	const t = str(inv, 'type');
	return t === 'merge' || t === 'json' ? t : 'strategic';
}

export function intentsOf(inv: Invocation): Intent[] | undefined {
	const verb = inv.path.join(' ');
	if (verb === 'config use-context')
		return inv.args[0] ? [{ kind: 'use-context', context: inv.args[0] }] : undefined;
	if (str(inv, 'selector') || inv.flags.get('all') === true || str(inv, 'filename'))
		return undefined;
	const where = {
		...(str(inv, 'context') && { context: str(inv, 'context') }),
		...(str(inv, 'namespace') && { namespace: str(inv, 'namespace') })
	};
	const ctx = where.context ? { context: where.context } : {};
	const refs = objectRefs(inv.args);
	switch (verb) {
		case 'scale': {
			const replicas = Number(inv.flags.get('replicas'));
			return refs.map((target) => ({ kind: 'scale', ...where, target, replicas }));
		}
		case 'set image': {
			const pairs = Object.entries(assignments(inv.args)).filter(([c, i]) => c !== '*' && i);
			return refs.flatMap((target) =>
				pairs.map(([container, image]) => ({
					kind: 'set-image' as const,
					...where,
					target,
					container,
					image: image!
				}))
			);
		}
		case 'rollout undo': {
			const to = Number(inv.flags.get('to-revision') ?? 0);
			return refs.map((target) => ({
				kind: 'rollout-undo',
				...where,
				target,
				...(to > 0 && { toRevision: to })
			}));
		}
		case 'rollout restart':
			return refs.map((target) => ({ kind: 'rollout-restart', ...where, target }));
		case 'delete':
			return refs.map((target) => ({ kind: 'delete', ...where, target }));
		case 'cordon':
		case 'uncordon':
		case 'drain':
			return inv.args.map((node) => ({ kind: verb, ...ctx, node }));
		case 'label':
		case 'annotate': {
			const set = assignments(inv.args);
			return refs.map((target) => ({ kind: verb, ...where, target, set }));
		}
		case 'patch': {
			const patch = parsePatchText(str(inv, 'patch') ?? '');
			if (typeof patch !== 'object' || patch === null) return undefined;
			const type = patchType(inv);
			return refs.map((target) => ({
				kind: 'patch',
				...where,
				target,
				type,
				patch: patch as Record<string, unknown>
			}));
		}
		default:
			return undefined;
	}
}
