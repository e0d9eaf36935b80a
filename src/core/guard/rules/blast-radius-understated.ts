/**
 * `blast-radius-understated`: the draft's blast-radius sentence against the one computed on the
 * world — fewer pods than the action creates, evicts or kills; a changed object, node or namespace
 * left unnamed; another namespace or context named instead; "no impact" or "safe" for an action
 * that destroys pods.
 */
import type { World } from '../../cluster/types';
import type { Facts, Finding } from '../lint-types';
import { actionRun, radiusOf, type RunRadius } from './action-sim';
import { error } from './say';

const NUMBER_WORDS: Record<string, number> = {
	one: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	a: 1,
	an: 1,
	single: 1
};

const POD_COUNT =
	/\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|an?|single)\s+(?:[a-z-]+\s+){0,3}?pods?\b/gi;

const CALMING =
	/\b(?:no|zero|without)\s+(?:real\s+)?(?:impact|risk|downtime|disruption|effect)\b|\b(?:safe|harmless|non-?disruptive|no-op|risk-free)\b/i;

const BYPASS_SAID =
	/\bbypass|disable-eviction|\bignor\w* (?:the )?(?:pdb|poddisruptionbudget|disruption budget)/i;
const NO_GRACE_SAID = /grace|\bkill|immediately|at once|sigkill/i;

/** The largest pod count the sentence gives, if any. */
function claimedPods(sentence: string): number | undefined {
	const counts = [...sentence.matchAll(POD_COUNT)].map((m) =>
		/^\d+$/.test(m[1]) ? Number(m[1]) : NUMBER_WORDS[m[1].toLowerCase()]
	);
	return counts.length ? Math.max(...counts) : undefined;
}

function namedNamespaces(sentence: string): string[] {
	const out = [
		...sentence.matchAll(/\bnamespaces?\s+`?([a-z0-9][a-z0-9-]*)/gi),
		...sentence.matchAll(/\b([a-z0-9][a-z0-9-]*)`?\s+namespace\b/gi)
	].map((m) => m[1].toLowerCase());
	return [...new Set(out)];
}

const region = (text: string): string[] => text.match(/\b[a-z]{2}-[a-z]+-\d\b/g) ?? [];

function problems(world: World, radius: RunRadius, sentence: string, destroys: boolean): string[] {
	const out: string[] = [];
	const lower = sentence.toLowerCase();
	const { create, evict, kill } = radius.pods;
	const most = Math.max(create, evict, kill);
	const claimed = claimedPods(sentence);
	if (claimed !== undefined && claimed < most)
		out.push(`it says ${claimed} pod${claimed === 1 ? '' : 's'} where the action touches ${most}`);
	const lost = Math.max(kill, evict);
	const namedPods = radius.changes.filter(
		(o) => o.kind === 'Pod' && lower.includes(o.name.toLowerCase())
	).length;
	if (claimed === undefined && lost > namedPods && !/\ball\b[^.;]*\bpods?\b/i.test(sentence))
		out.push(`it does not say how many pods go: the action ${kill ? 'kills' : 'evicts'} ${lost}`);
	const direct = radius.changes.filter((o) => o.kind !== 'Pod' || radius.changes.length <= 3);
	const unnamed = direct.filter((o) => !lower.includes(o.name.toLowerCase()));
	if (unnamed.length > 0 && direct.length <= 5)
		out.push(
			`it does not name ${unnamed.map((o) => `${o.kind.toLowerCase()} ${o.name}`).join(', ')}`
		);
	const touched = [
		...new Set(
			radius.changes
				.map((o) => (o.kind === 'Namespace' ? o.name : o.namespace))
				.filter((n) => n !== undefined)
		)
	];
	const missing = touched.filter((n) => !new RegExp(`\\b${n}\\b`, 'i').test(sentence));
	if (touched.length > 1 && missing.length > 0)
		out.push(`it leaves out namespace${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`);
	const elsewhere = namedNamespaces(sentence).filter(
		(n) => !touched.includes(n) && n !== radius.namespace && isNamespace(world, radius.context, n)
	);
	if (elsewhere.length > 0)
		out.push(`it names namespace ${elsewhere.join(', ')}, where the action does not act`);
	const others = world.contexts
		.map((c) => c.name)
		.filter((c) => c !== radius.context && lower.includes(c));
	const ownRegion = region(radius.context);
	const otherRegions = region(lower).filter((r) => ownRegion.length > 0 && !ownRegion.includes(r));
	if (others.length > 0 || otherRegions.length > 0)
		out.push(`it names ${others[0] ?? otherRegions[0]}, but the action runs on ${radius.context}`);
	const names = radius.drain?.budgets ?? [];
	const budgets = names.length
		? `PodDisruptionBudget${names.length > 1 ? 's' : ''} ${names.join(', ')}`
		: 'every PodDisruptionBudget';
	if (radius.drain?.bypass === 'disable-eviction' && !BYPASS_SAID.test(sentence))
		out.push(`it does not say that --disable-eviction bypasses ${budgets} and kills the pods`);
	if (radius.drain?.bypass === 'no-grace' && !NO_GRACE_SAID.test(sentence))
		out.push('it does not say that --grace-period=0 kills the pods with no graceful shutdown');
	if (destroys && CALMING.test(sentence))
		out.push(
			`it calls the action harmless, but it ${kill ? `kills ${kill}` : `evicts ${evict}`} pod${(kill || evict) === 1 ? '' : 's'}`
		);
	return out;
}

function isNamespace(world: World, context: string, name: string): boolean {
	const cluster = world.clusters[world.contexts.find((c) => c.name === context)?.cluster ?? ''];
	return cluster?.objects.get('namespaces')?.get('')?.has(name) ?? false;
}

export function blastRadiusRule(facts: Facts): Finding[] {
	const { world } = facts.ctx;
	const { classification } = facts.commands['action.command'];
	if (classification.class === 'read-only') return [];
	const run = actionRun(facts);
	if (!run) return [];
	const radius = radiusOf(run);
	const sentence = facts.draft.action.blastRadius;
	const destroys =
		classification.class === 'destructive' || radius.pods.kill > 0 || radius.pods.evict > 0;
	const found = problems(world, radius, sentence, destroys);
	if (found.length === 0) return [];
	return [
		error(
			'blast-radius-understated',
			'action.blastRadius',
			`the blast radius understates the action: ${found.join('; ')} (computed: ${radius.sentence})`
		)
	];
}
