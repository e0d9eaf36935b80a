/**
 * Rules on the step as an operator reads it: no control character hides a second command (a CR
 * is Enter in a terminal), the pre-flight asks the cluster something, and the confirm line hands
 * the decision back to the operator.
 */
import type { CommandField, Facts, Finding } from '../lint-types';
import { actionRefusal } from './action-sim';
import { error, fieldName, quote } from './say';

/** C0 controls but tab and newline, DEL, C1 controls and the Unicode line separators. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/;

const NAMES: Record<string, string> = {
	'\r': 'a carriage return (\\r)',
	'\v': 'a vertical tab (\\v)',
	'\f': 'a form feed (\\f)',
	'\u2028': 'a line separator (U+2028)',
	'\u2029': 'a paragraph separator (U+2029)'
};

function controlName(c: string): string {
	const code = c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
	return NAMES[c] ?? `the control character U+${code}`;
}

export function controlCharacterRule(facts: Facts): Finding[] {
	return Object.values(facts.commands).flatMap(({ field, line }) => {
		const hit = CONTROL.exec(line);
		if (!hit) return [];
		return [
			error(
				'control-character',
				field,
				`${fieldName(field)} command contains ${controlName(hit[0])}, which a terminal takes as the end of a command: write it on one plain line`
			)
		];
	});
}

/** kubectl verbs that answer without reading any object from the cluster. */
const NO_READ = new Set([
	'version',
	'config',
	'explain',
	'api-versions',
	'api-resources',
	'completion',
	'plugin',
	'options',
	'help',
	'kustomize'
]);

export function preflightReadsRule(facts: Facts): Finding[] {
	const field: CommandField = 'preflight.command';
	const { classification, line } = facts.commands[field];
	// A pre-flight that changes something is already an error (preflight-not-read-only).
	if (classification.error || classification.class !== 'read-only') return [];
	const reads = classification.commands.some(
		(c) => c.verb !== '' && c.class === 'read-only' && !NO_READ.has(c.verb.split(' ')[0])
	);
	if (reads) return [];
	return [
		error(
			'preflight-reads-nothing',
			field,
			`pre-flight ${quote(line)} reads nothing from the cluster: give the kubectl command that shows the state the action depends on`
		)
	];
}

/** The confirm line must ask the operator to say go, and must not promise to go on alone. */
const ASKS = /\b(confirm|tell me|reply|approve|say (?:go|proceed|yes)|wait(?:ing)? for)\b/i;
const GOES_ON =
	/\bautomatic|\bwithout (?:waiting|confirm|asking)|\bproceed(?:ing)? (?:now|anyway)|\bno need\b|\bwill (?:proceed|continue)/i;

export function confirmRule(facts: Facts): Finding[] {
	const { confirm } = facts.draft;
	if (ASKS.test(confirm) && !GOES_ON.test(confirm)) return [];
	return [
		error(
			'confirm-missing',
			'confirm',
			`confirm ${quote(confirm)} does not hand the decision back: end with "Confirm the pre-flight passed and tell me to proceed." and wait`
		)
	];
}

/** An action kubectl refuses on the world as it is now: the step cannot work as drafted. */
export function actionRefusedRule(facts: Facts): Finding[] {
	const { classification, line } = facts.commands['action.command'];
	const kubectl = classification.commands.filter((c) => c.verb !== '' && c.class !== 'read-only');
	if (classification.error || kubectl.length === 0 || kubectl.some((c) => c.target?.namesUnknown))
		return [];
	if (classification.commands.some((c) => c.verb === '' && c.class !== 'read-only')) return [];
	const refusal = actionRefusal(facts);
	// A missing object is a name or a stale assumption: unknown-* and stale-not-flagged say so.
	if (refusal === undefined || /not ?found/i.test(refusal)) return [];
	return [
		error(
			'action-refused',
			'action.command',
			`kubectl refuses the action ${quote(line)}: ${refusal.split('\n')[0]}`
		)
	];
}
