/**
 * The draft a rehearsal shows for a step: the offline drafter's, with the flaw the scenario planted
 * in it, if any (a wrong namespace, an unflagged stale assumption, a rollback that does not undo),
 * named so the debrief and the score know what the trainee should have caught. The page never sees
 * `planted`. A plant is data applied deterministically: the same request, the same flawed draft.
 */
import { resolveResourceType, resourceKey } from '../cluster/resources';
import type { World } from '../cluster/types';
import { classify } from '../guard/classify';
import { placeOf, type Place } from '../guard/rules/place';
import type { Plant } from '../scenario/schema';
import type { DraftRequest } from './drafter';
import { offlineDraft } from './offline';
import type { GuardedStep } from './schema';

export interface DraftedStep {
	step: GuardedStep;
	/** The flaw the scenario planted in this draft (a short plain sentence), when it did. */
	planted?: string;
}

export function draftStep(req: DraftRequest): DraftedStep {
	const clean = offlineDraft(req);
	const plant = req.scenario.runbook.steps[req.stepIndex]?.plant;
	if (!plant) return { step: clean };
	return { step: applyPlant(clean, plant, req.world), planted: plant.note };
}

/** The clean draft with the plant's flaw in it: derived from the flaw, then `plant.draft` on top. */
export function applyPlant(clean: GuardedStep, plant: Plant, world: World): GuardedStep {
	const derived = deriveFlaw(clean, plant, world);
	const over = plant.draft ?? {};
	return {
		...derived,
		preflight: { ...derived.preflight, ...over.preflight },
		action: { ...derived.action, ...over.action },
		verify: { ...derived.verify, ...over.verify },
		rollback: { ...derived.rollback, ...over.rollback }
	};
}

function deriveFlaw(clean: GuardedStep, plant: Plant, world: World): GuardedStep {
	switch (plant.flaw) {
		case 'wrong-namespace':
			return wrongNamespace(clean, world, plant.namespace);
		case 'unflagged-stale':
			return { ...clean, staleFlags: [] };
		case 'rollback-not-inverse':
			// "Undo" by running the change again: it leaves the world as the action left it.
			return { ...clean, rollback: { command: clean.action.command } };
		case 'rollback-missing':
			return { ...clean, rollback: { command: '' } };
		case 'understated-blast-radius':
			return { ...clean, action: { ...clean.action, blastRadius: understated(clean) } };
		default:
			// wrong-target, skipped-verify, chained-action, preflight-mutates: `plant.draft` says how.
			return clean;
	}
}

/** Only the object the action names, and no pods: what a hurried draft says. */
function understated(clean: GuardedStep): string {
	const command = classify(clean.action.command).commands.find((c) => c.class !== 'read-only');
	const target = command?.target;
	const kind = target?.resources[0] && resolveResourceType(target.resources[0])?.singularName;
	const what = kind && target.names[0] ? `${kind}/${target.names[0]}` : 'the target';
	return `changes ${what} only; 0 pods are restarted, created or evicted`;
}

const NS_FLAG = /(\s)(-n\s*|--namespace[=\s]\s*)([a-z0-9][a-z0-9-]*)/g;

function rewriteNamespace(line: string, from: string, to: string, add: boolean): string {
	let found = false;
	const out = line.replace(NS_FLAG, (all, space: string, flag: string, ns: string) => {
		found = true;
		return ns === from ? `${space}${flag}${to}` : all;
	});
	return found || !add || line === '' ? out : `${out} -n ${to}`;
}

function wrongNamespace(clean: GuardedStep, world: World, given?: string): GuardedStep {
	const command = classify(clean.action.command).commands.find((c) => c.class !== 'read-only');
	if (!command) return clean;
	const place = placeOf(world, command);
	const to = given ?? otherNamespace(place, command.target?.resources[0], command.target?.names[0]);
	if (!to || to === place.namespace) return clean;
	const from = place.namespace;
	const word = new RegExp(
		`(?<![\\w./-])${from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`,
		'g'
	);
	return {
		...clean,
		action: {
			command: rewriteNamespace(clean.action.command, from, to, true),
			blastRadius: clean.action.blastRadius.replace(word, to)
		},
		verify: { ...clean.verify, command: rewriteNamespace(clean.verify.command, from, to, false) },
		rollback: {
			...clean.rollback,
			command: rewriteNamespace(clean.rollback.command, from, to, false)
		}
	};
}

/** Another namespace of the same cluster: one holding an object of the same name, else the first. */
function otherNamespace(place: Place, resource?: string, name?: string): string | undefined {
	const cluster = place.cluster;
	if (!cluster) return undefined;
	const all = [...(cluster.objects.get('namespaces')?.get('')?.keys() ?? [])].sort();
	const others = all.filter(
		(ns) => ns !== place.namespace && ns !== 'default' && !ns.startsWith('kube-')
	);
	const type = resource ? resolveResourceType(resource) : undefined;
	const key = type && resourceKey(type);
	// The same Deployment in a canary or staging namespace is the mistake people make.
	const twin = others.find((ns) => key && name && cluster.objects.get(key)?.get(ns)?.has(name));
	return twin ?? others[0];
}
