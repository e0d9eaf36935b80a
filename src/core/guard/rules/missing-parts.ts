/**
 * The parts a guarded step cannot do without: a STOP condition that says something (and whose
 * predicate parses), a verify that runs, a rollback staged before the action (or a note saying
 * plainly why there is none).
 */
import { parsePredicate } from '../../scenario/predicate';
import type { Facts, Finding } from '../lint-types';
import { error, quote } from './say';

/** `none`, `n/a`, `-`, `tbd`, `nothing`, `skip`… : words that stand for an empty answer. */
const NOTHING =
	/^(?:none|n\/?a|-+|tbd|todo|nothing|skip(?:ped)?|no|null|not applicable|\.\.\.|…)\.?$/i;

export function isNothing(text: string): boolean {
	return NOTHING.test(text.trim());
}

export function stopConditionRules(facts: Facts): Finding[] {
	const { stopIf } = facts.draft.preflight;
	const findings: Finding[] = [];
	if (isNothing(stopIf.text))
		findings.push(
			error(
				'stop-condition-missing',
				'preflight.stopIf.text',
				'the pre-flight gives no STOP condition: say which output means do not run the action'
			)
		);
	if (stopIf.when !== undefined) {
		const parsed = parsePredicate(stopIf.when);
		if (!parsed.ok)
			findings.push(
				error(
					'stop-condition-invalid',
					'preflight.stopIf.when',
					`the STOP predicate \`${stopIf.when}\` does not parse: ${parsed.message} (at character ${parsed.offset + 1})`
				)
			);
	}
	return findings;
}

/** A verify that is no command, or one that runs nothing against the cluster (`echo done`). */
export function verifyMissingRule(facts: Facts): Finding[] {
	const { line, classification } = facts.commands['verify.command'];
	const field = 'verify.command';
	if (isNothing(line))
		return [
			error(
				'verify-missing',
				field,
				'the step has no verify: give the command that shows the action worked'
			)
		];
	if (!classification.error && !classification.commands.some((c) => c.verb !== ''))
		return [
			error(
				'verify-missing',
				field,
				`verify ${quote(line)} does not ask the cluster anything: give the command that shows the action worked`
			)
		];
	return [];
}

export function rollbackMissingRule(facts: Facts): Finding[] {
	const { line } = facts.commands['rollback.command'];
	const action = facts.commands['action.command'].classification;
	if (action.class === 'read-only' && !action.error) return [];
	const { note } = facts.draft.rollback;
	if ((line === '' || isNothing(line)) && (note === undefined || isNothing(note)))
		return [
			error(
				'rollback-missing',
				'rollback.command',
				`the step has no rollback for ${quote(facts.commands['action.command'].line)}: stage the undo before the action, or say plainly why nothing can undo it`
			)
		];
	return [];
}
