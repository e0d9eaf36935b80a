/**
 * `rollback-not-inverse`: the draft's rollback, run on the world right after the action, must
 * bring back what the action changed. What matters is what the derived rollback restores (the
 * fields it puts back, objects it removes or recreates): the draft's must restore the same. A
 * rollback that fails, changes nothing, or changes another object is caught here too. An empty
 * rollback for an action a command can undo is `rollback-missing`.
 */
import { advanceWorld } from '../../cluster/advance';
import type { KubeObject, World } from '../../cluster/types';
import { diffWorlds, type Change } from '../diff-worlds';
import type { Facts, Finding } from '../lint-types';
import { deriveRollback } from '../rollback';
import { simulate } from '../simulate';
import { actionRun, type ActionRun } from './action-sim';
import { refOf } from '../step-args';
import { fieldDiff, fieldAt, pathText, sameAt, valueText } from './field-diff';
import { isNothing } from './missing-parts';
import { error, quote } from './say';

const FIELD = 'rollback.command';

function objectIn(world: World, c: Change): KubeObject | undefined {
	return world.clusters[c.cluster]?.objects
		.get(c.resource)
		?.get(c.namespace ?? '')
		?.get(c.name);
}

/** The world after a line, or kubectl's refusal. */
function apply(world: World, now: number, line: string): World | string {
	const sim = simulate(world, now, line);
	if (!sim.ok) return sim.message;
	return sim.steps.at(-1)?.after ?? world;
}

const normal = (line: string) =>
	line
		.trim()
		.replace(/\s+/g, ' ')
		.replace(/^kubectl /, '');

/** What the rollback gets wrong for one changed object, in a sentence; undefined when right. */
function wrongFor(c: Change, run: ActionRun, before: World, derived: World, drafted: World) {
	const was = objectIn(before, c);
	const now = objectIn(run.after, c);
	const d = objectIn(derived, c);
	const r = objectIn(drafted, c);
	if (!!was !== !!now && !!d === !!was && !!r !== !!was)
		return was ? `leaves ${refOf(c)} deleted` : `leaves ${refOf(c)} in place`;
	if (!was || !now || !d || !r) return undefined;
	const restored = fieldDiff(was, now).filter((p) => sameAt(d, was, p));
	const left = restored.find((p) => !sameAt(r, was, p));
	if (!left) return undefined;
	return `leaves ${refOf(c)} with ${pathText(left)} ${valueText(fieldAt(r, left))}; before the action it was ${valueText(fieldAt(was, left))}`;
}

/** Every field the action changed is back as it was (no need to ask what matters). */
function restoresAll(run: ActionRun, before: World, drafted: World): boolean {
	return run.changes.every((c) => {
		const was = objectIn(before, c);
		const r = objectIn(drafted, c);
		if (!was || !r) return !was === !r;
		return fieldDiff(was, objectIn(run.after, c)).every((p) => sameAt(r, was, p));
	});
}

export function rollbackInverseRule(facts: Facts): Finding[] {
	const { world, now, step } = facts.ctx;
	const line = facts.commands['rollback.command'].line;
	const action = facts.commands['action.command'].line;
	const run = actionRun(facts);
	if (!run || run.changes.length === 0) return [];
	if (line === '' || isNothing(line)) return emptyRollback(facts, action);
	if (facts.blocked.has(FIELD)) return [];
	if (step?.truth.rollbacks.some((r) => normal(r) === normal(line))) return [];
	let drafted = apply(run.after, now, line);
	// `rollout undo` without a revision needs the rollout the action started to exist.
	if (typeof drafted === 'string' && /\brollout\s+undo\b/.test(line))
		drafted = apply(advanceWorld(run.after, now, now), now, line);
	if (typeof drafted !== 'string' && restoresAll(run, world, drafted)) return [];
	const derived = deriveRollback(world, now, action);
	if (!derived.ok || derived.rollback.command === '') return [];
	const derivedWorld = apply(run.after, now, derived.rollback.command);
	if (typeof derivedWorld === 'string') return [];
	if (typeof drafted === 'string')
		return [
			error(
				'rollback-not-inverse',
				FIELD,
				`rollback ${quote(line)} fails after the action: ${drafted.split('\n')[0]}`
			)
		];
	const wrong = run.changes
		.map((c) => wrongFor(c, run, world, derivedWorld, drafted as World))
		.filter((w) => w !== undefined);
	if (wrong.length === 0) return [];
	return [
		error(
			'rollback-not-inverse',
			FIELD,
			`rollback ${quote(line)} ${whatItDoes(run, drafted)}${wrong[0]}`
		)
	];
}

/** An empty rollback is fine only when no command can undo the action. */
function emptyRollback(facts: Facts, action: string): Finding[] {
	const { world, now } = facts.ctx;
	const { note } = facts.draft.rollback;
	if (note === undefined || isNothing(note)) return []; // rollback-missing reports it
	const derived = deriveRollback(world, now, action);
	if (!derived.ok || derived.rollback.command === '') return [];
	return [
		error(
			'rollback-missing',
			FIELD,
			`the rollback is empty ("${note}"), but ${quote(derived.rollback.command)} undoes the action: stage it before the action runs`
		)
	];
}
/** `changes deployment/payments-primary, not what the action changed: ` — a rollback for another object. */
function whatItDoes(run: ActionRun, drafted: World): string {
	const touched = run.changes.map(refOf);
	const own = diffWorlds(run.after, drafted).map(refOf);
	if (own.length === 0) return 'changes nothing: it ';
	if (own.some((r) => touched.includes(r))) return '';
	return `changes ${[...new Set(own)].join(', ')}, not what the action changed: it `;
}
