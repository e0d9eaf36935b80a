/**
 * `unknown-context`, `unknown-namespace`, `unknown-resource`: names in a command that the world
 * does not have. The names come from the command as kubectl parses it; the world (and kubectl's own
 * answer on it, quoted as evidence) is the judge. Objects are checked for the action only: a
 * pre-flight may well look for something that is gone — that is what it is for.
 */
import { resolveResourceType } from '../../cluster/resources';
import type { World } from '../../cluster/types';
import { runKubectl } from '../../kubectl/run';
import { closest } from '../../scenario/suggest';
import type { ClassifiedCommand } from '../classification';
import type { DraftCommand, Facts, Finding, RuleId } from '../lint-types';
import { findObject, namespaceExists, namespacesOf, placeOf } from './place';
import { placeholdersIn } from './placeholder';
import { error, fieldName, quote } from './say';

/** Verbs whose names are new objects, not existing ones. */
const CREATES = /^(create|run|apply|expose|debug)\b/;

function kubectlSays(world: World, now: number, command: ClassifiedCommand): string {
	const out = runKubectl(world, [...command.argv], now);
	const first = out.stderr.split('\n').find((l) => l.trim() !== '');
	return out.exitCode !== 0 && first ? `; kubectl answers \`${first.trim()}\`` : '';
}

const meant = (word: string, known: string[]) => {
	const match = closest(word, known);
	return match && match !== word ? ` (did you mean \`${match}\`?)` : '';
};

function contextOf(command: ClassifiedCommand): string | undefined {
	if (command.verb === 'config use-context')
		return command.argv[command.argv.indexOf('use-context') + 1];
	return command.target?.context;
}

function checkCommand(facts: Facts, draft: DraftCommand, command: ClassifiedCommand): Finding[] {
	const { world, now } = facts.ctx;
	const say = (rule: RuleId, what: string) =>
		error(
			rule,
			draft.field,
			`${fieldName(draft.field)} ${quote(draft.line)} ${what}${kubectlSays(world, now, command)}`
		);
	const contexts = world.contexts.map((c) => c.name);
	const context = contextOf(command);
	if (context !== undefined && !contexts.includes(context))
		return [
			say(
				'unknown-context',
				`names context \`${context}\`, which the kubeconfig does not have${meant(context, contexts)}`
			)
		];
	const target = command.target;
	if (!target) return [];
	const place = placeOf(world, command);
	if (!place.cluster) return [];
	if (target.namespace !== undefined && !namespaceExists(place.cluster, target.namespace)) {
		const known = namespacesOf(place.cluster);
		return [
			say(
				'unknown-namespace',
				`names namespace \`${target.namespace}\`, which does not exist on ${place.context}${meant(target.namespace, known)}`
			)
		];
	}
	const badType = target.resources.find((r) => r !== 'all' && !resolveResourceType(r));
	if (badType !== undefined)
		return [
			say(
				'unknown-resource',
				`names the resource type \`${badType}\`, which ${place.context} does not serve`
			)
		];
	if (draft.field !== 'action.command' || CREATES.test(command.verb)) return [];
	if (facts.draft.staleFlags.length > 0 || target.resources.length !== 1) return [];
	const [resource] = target.resources;
	const missing = target.names.find(
		(n) => !findObject(place, resource, n) && !isIntentTarget(facts, resource, n)
	);
	if (missing === undefined) return [];
	const type = resolveResourceType(resource)!;
	const where = type.namespaced ? ` in namespace ${place.namespace}` : '';
	return [
		say(
			'unknown-resource',
			`acts on ${type.singularName} \`${missing}\`, which does not exist${where} on ${place.context}`
		)
	];
}

/** The step's own target missing is a stale assumption (stale-not-flagged), not a typo. */
function isIntentTarget(facts: Facts, resource: string, name: string): boolean {
	const intent = facts.ctx.step?.intent;
	if (!intent || !('target' in intent) || !intent.target) return false;
	const [typed, own] = intent.target.split('/');
	return own === name && resolveResourceType(typed)?.name === resolveResourceType(resource)?.name;
}

export function unknownNamesRule(facts: Facts): Finding[] {
	const findings: Finding[] = [];
	for (const draft of Object.values(facts.commands)) {
		if (placeholdersIn(draft.line).length > 0) continue;
		for (const command of draft.classification.commands) {
			if (command.verb === '') continue;
			const found = checkCommand(facts, draft, command);
			findings.push(...found);
			if (found.length > 0) break;
		}
	}
	return findings;
}
