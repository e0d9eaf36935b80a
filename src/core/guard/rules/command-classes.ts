/**
 * Rules on what the commands do, from `classify`: the pre-flight only reads (and does not print
 * secrets), the action is one change (no chains, no `xargs`) and is a change at all.
 */
import type { ClassifiedCommand } from '../classification';
import type { Facts, Finding } from '../lint-types';
import { error, quote, warning } from './say';

function text(c: ClassifiedCommand): string {
	return (c.verb === '' ? c.argv : ['kubectl', ...c.argv]).join(' ');
}

/** `changes the cluster (scale changes the replica count)`. */
function effect(c: ClassifiedCommand): string {
	if (c.localConfig) return c.reason.replace(/^config \S+ /, '');
	const what =
		c.class === 'unknown'
			? 'may change the cluster'
			: c.class === 'destructive'
				? 'destroys cluster state'
				: 'changes the cluster';
	return `${what} (${c.reason})`;
}

/** The line itself when it is one command (its quoting intact), else the command's words. */
function shown(line: string, all: ClassifiedCommand[], c: ClassifiedCommand): string {
	return all.length === 1 ? line : text(c);
}

export function preflightRules(facts: Facts): Finding[] {
	const { classification, line } = facts.commands['preflight.command'];
	const field = 'preflight.command';
	if (classification.error)
		return [
			error(
				'preflight-not-read-only',
				field,
				`pre-flight ${quote(line)} ${classification.error}: a pre-flight must be a plain command that only reads`
			)
		];
	const findings: Finding[] = classification.commands
		.filter((c) => c.class !== 'read-only')
		.map((c) =>
			error(
				'preflight-not-read-only',
				field,
				`pre-flight ${quote(shown(line, classification.commands, c))} ${effect(c)}: a pre-flight must only read`
			)
		);
	for (const c of classification.commands.filter((c) => c.sensitive))
		findings.push(
			warning(
				'preflight-sensitive',
				field,
				`pre-flight ${quote(shown(line, classification.commands, c))} prints secret values (${c.reason}): read the object's metadata or \`describe\` it instead`
			)
		);
	return findings;
}

export function actionRules(facts: Facts): Finding[] {
	const { classification, line } = facts.commands['action.command'];
	const field = 'action.command';
	const changing = classification.commands.filter((c) => c.class !== 'read-only');
	if (changing.length > 1)
		return [
			error(
				'action-chains-mutations',
				field,
				`action ${quote(line)} runs ${changing.length} commands that change the cluster (${changing.map((c) => quote(text(c))).join(', ')}): one change per step, each after its own pre-flight`
			)
		];
	if (changing.length === 1 && classification.commands.length > 1) {
		if (changing[0].target?.namesUnknown)
			return [
				error(
					'action-chains-mutations',
					field,
					`action ${quote(line)} runs ${quote(text(changing[0]))} on whatever another command prints: name the objects it changes, so the blast radius and rollback are known before it runs`
				)
			];
		const others = classification.commands.filter((c) => c !== changing[0]);
		return [
			error(
				'action-chains-mutations',
				field,
				`action chains ${quote(text(changing[0]))} with ${others.map((c) => quote(text(c))).join(', ')}: give the one change alone; the verify and the next step come after it`
			)
		];
	}
	const inspects = facts.ctx.step?.intent.kind === 'inspect';
	if (classification.class === 'read-only' && !classification.error && !inspects)
		return [
			warning(
				'action-not-mutating',
				field,
				`action ${quote(line)} only reads: the action should be the change this step makes`
			)
		];
	return [];
}
