/**
 * What the verify and the rollback commands do, from `classify`: the verify runs right after the
 * action, so it must only read; the rollback is staged before the action and run under pressure,
 * so it must be one change and destroy nothing beyond undoing what the action created.
 */
import type { ClassifiedCommand } from '../classification';
import type { Facts, Finding } from '../lint-types';
import { isNothing } from './missing-parts';
import { error, quote } from './say';

/** Verbs whose undo is a deletion: their rollback is destructive by nature. */
const CREATING = new Set(['create', 'apply', 'run', 'expose', 'replace', 'autoscale']);

function text(c: ClassifiedCommand): string {
	return (c.verb === '' ? c.argv : ['kubectl', ...c.argv]).join(' ');
}

export function verifyClassRule(facts: Facts): Finding[] {
	const { classification, line } = facts.commands['verify.command'];
	const field = 'verify.command';
	if (isNothing(line)) return [];
	if (classification.error)
		return [
			error(
				'verify-not-read-only',
				field,
				`verify ${quote(line)} ${classification.error}: a verify must be a plain command that only reads`
			)
		];
	return classification.commands
		.filter((c) => c.class !== 'read-only')
		.map((c) =>
			error(
				'verify-not-read-only',
				field,
				`verify ${quote(text(c))} is ${c.class} (${c.reason}): the verify runs right after the action and must only read`
			)
		);
}

export function rollbackClassRule(facts: Facts): Finding[] {
	const { classification, line } = facts.commands['rollback.command'];
	const field = 'rollback.command';
	if (line === '' || isNothing(line)) return [];
	if (classification.error)
		return [
			error(
				'rollback-chains-mutations',
				field,
				`rollback ${quote(line)} ${classification.error}: give the one command that undoes the action`
			)
		];
	const { commands } = classification;
	if (commands.length > 1)
		return [
			error(
				'rollback-chains-mutations',
				field,
				`rollback chains ${commands.map((c) => quote(text(c))).join(', ')}: give the one command that undoes the action, nothing more`
			)
		];
	// Undoing a creation deletes, and setting a value back (scale to 0) is rollback-not-inverse's
	// to judge; any other destructive rollback destroys more than the action did.
	const action = facts.commands['action.command'].classification.commands[0];
	const inverse = (c: ClassifiedCommand) =>
		action !== undefined && (CREATING.has(action.verb) || c.verb === action.verb);
	return commands
		.filter((c) => c.class === 'destructive' && !inverse(c))
		.map((c) =>
			error(
				'rollback-chains-mutations',
				field,
				`rollback ${quote(text(c))} destroys cluster state (${c.reason}), more than undoing the action`
			)
		);
}
