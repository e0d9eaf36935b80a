/**
 * A runbook step's intent → the plan of its guarded step: the pre-flight (command, proceed, STOP)
 * and the action line, every name filled from the state. An `inspect` intent plans a read-only
 * step: the pre-flight lists what to look at and the action is the closer look (describe or logs).
 */
import type { KubeObject, Pod, World } from '../cluster/types';
import type { Intent } from '../scenario/schema';
import { quoteArg } from '../shell/quote';
import { planFromCommand } from './from-command';
import {
	contextCheck,
	drainCheck,
	kubectl,
	nodeCheck,
	objectCheck,
	podsCheck,
	selectedPods,
	type Check
} from './preflight';
import { listIn, nodeSubject, objectOf, refOf, subjectOf, type Subject } from './subject';

export interface Plan {
	preflight: Check;
	/** The one command the step runs. */
	action: string;
	/** The step only reads (an investigation): nothing to roll back, nothing to verify. */
	readOnly: boolean;
	/** A placeholder the state could not fill (`<last good tag>`): the action cannot run yet. */
	unfilled?: string;
}

type Of<K extends Intent['kind']> = Extract<Intent, { kind: K }>;

export function planFromIntent(intent: Intent, world: World): Plan {
	switch (intent.kind) {
		case 'inspect':
			return inspectPlan(intent, world);
		case 'scale': {
			const s = subjectOf(world, intent);
			return mutating(
				objectCheck(world, s, { hpa: true }),
				kubectl(`scale ${refOf(s)}`, s) + ` --replicas=${intent.replicas}`
			);
		}
		case 'set-image':
			return setImagePlan(intent, world);
		case 'rollout-undo': {
			const s = subjectOf(world, intent);
			const to = intent.toRevision !== undefined ? ` --to-revision=${intent.toRevision}` : '';
			const revision = objectOf(world, s)?.metadata.annotations?.[
				'deployment.kubernetes.io/revision'
			];
			const also = revision ? [`it is at revision ${revision}`] : [];
			return mutating(objectCheck(world, s, { also }), kubectl(`rollout undo ${refOf(s)}`, s) + to);
		}
		case 'rollout-restart': {
			const s = subjectOf(world, intent);
			return mutating(objectCheck(world, s), kubectl(`rollout restart ${refOf(s)}`, s));
		}
		case 'cordon':
		case 'uncordon': {
			const s = nodeSubject(world, intent.context, intent.node);
			return mutating(nodeCheck(world, s, intent.kind), kubectl(`${intent.kind} ${s.name}`, s));
		}
		case 'drain':
			return drainPlan(intent, world);
		case 'delete': {
			const s = subjectOf(world, intent);
			return mutating(objectCheck(world, s), kubectl(`delete ${refOf(s)}`, s));
		}
		case 'patch': {
			const s = subjectOf(world, intent);
			const type = intent.type === 'strategic' ? '' : ` --type ${intent.type}`;
			const body = quoteArg(JSON.stringify(intent.patch));
			const also = Array.isArray(intent.patch)
				? []
				: currentValues(objectOf(world, s), intent.patch);
			return mutating(
				objectCheck(world, s, { also }),
				kubectl(`patch ${refOf(s)}`, s) + `${type} -p ${body}`
			);
		}
		case 'label':
		case 'annotate':
			return metadataPlan(intent, world);
		case 'use-context':
			return mutating(
				contextCheck(world, intent.context),
				`kubectl config use-context ${intent.context}`
			);
		case 'command':
			return planFromCommand(intent.command, world);
	}
}

const MAX_VALUES = 3;

/** `its data.weight is "0"` for each leaf a merge/strategic patch sets (the first few). */
function currentValues(obj: KubeObject | undefined, patch: Record<string, unknown>): string[] {
	if (!obj) return [];
	const leaves: string[][] = [];
	const walk = (value: unknown, path: string[]) => {
		if (value !== null && typeof value === 'object' && !Array.isArray(value))
			for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
		else leaves.push(path);
	};
	walk(patch, []);
	return leaves.slice(0, MAX_VALUES).map((path) => {
		const now = path.reduce<unknown>(
			(o, k) => (o as Record<string, unknown> | undefined)?.[k],
			obj
		);
		return `its ${path.join('.')} is ${now === undefined ? 'unset' : JSON.stringify(now)}`;
	});
}

function mutating(preflight: Check, action: string): Plan {
	return { preflight, action, readOnly: false };
}

function setImagePlan(intent: Of<'set-image'>, world: World): Plan {
	const s = subjectOf(world, intent);
	const containers = (objectOf(world, s)?.spec?.template?.spec?.containers ??
		[]) as Pod['spec']['containers'];
	// The runbook's container name, or the workload's only container when that name is not there.
	const named = containers.find((c) => c.name === intent.container);
	const container = named ?? (containers.length === 1 ? containers[0] : undefined);
	const name = container?.name ?? intent.container;
	const also = container ? [`its container ${name} runs ${container.image}`] : [];
	return mutating(
		objectCheck(world, s, { also }),
		kubectl(`set image ${refOf(s)} ${name}=${intent.image}`, s)
	);
}

function drainPlan(intent: Of<'drain'>, world: World): Plan {
	const s = nodeSubject(world, intent.context, intent.node);
	const pods = listIn<Pod>(world, s.context, 'pods').filter((p) => p.spec.nodeName === s.name);
	const daemons = pods.some((p) => p.metadata.ownerReferences?.some((o) => o.kind === 'DaemonSet'));
	const emptyDir = pods.some((p) => p.spec.volumes?.some((v) => v.emptyDir !== undefined));
	const flags = `${daemons ? ' --ignore-daemonsets' : ''}${emptyDir ? ' --delete-emptydir-data' : ''}`;
	return mutating(drainCheck(world, s), kubectl(`drain ${s.name}`, s) + flags);
}

function metadataPlan(intent: Of<'label'> | Of<'annotate'>, world: World): Plan {
	const s = subjectOf(world, intent);
	const obj = objectOf(world, s);
	const current =
		(intent.kind === 'label' ? obj?.metadata.labels : obj?.metadata.annotations) ?? {};
	const entries = Object.entries(intent.set);
	const pairs = entries.map(([k, v]) => quoteArg(v === null ? `${k}-` : `${k}=${v}`));
	const overwrite = entries.some(([k, v]) => v !== null && k in current && current[k] !== v);
	const also = entries
		.filter(([k]) => k in current)
		.map(([k]) => `its ${intent.kind === 'label' ? 'label' : 'annotation'} ${k} is ${current[k]}`);
	const action =
		kubectl(`${intent.kind} ${refOf(s)} ${pairs.join(' ')}`, s) + (overwrite ? ' --overwrite' : '');
	return mutating(objectCheck(world, s, { also }), action);
}

/** The closer look of an investigation: events for pods that cannot start, logs otherwise. */
function inspectPlan(intent: Of<'inspect'>, world: World): Plan {
	if (intent.target !== undefined && /^(node|nodes|no)\//i.test(intent.target)) {
		const s = nodeSubject(
			world,
			intent.context,
			intent.target.slice(intent.target.indexOf('/') + 1)
		);
		return {
			preflight: nodeCheck(world, s, 'inspect'),
			action: kubectl(`describe node ${s.name}`, s),
			readOnly: true
		};
	}
	const s = subjectOf(world, intent);
	if (intent.target !== undefined)
		return {
			preflight: objectCheck(world, s),
			action: kubectl(`describe ${refOf(s)}`, s),
			readOnly: true
		};
	return { preflight: podsCheck(world, s), action: podsLook(world, s), readOnly: true };
}

function podsLook(world: World, s: Subject): string {
	const pods = selectedPods(world, s);
	const selector = s.selector ? ` -l ${s.selector}` : '';
	const waiting = pods.some((p) => p.status?.phase === 'Pending');
	if (waiting || pods.length === 0) return `${kubectl('describe pods', s)}${selector}`;
	// `--previous` only when every pod has a previous container to read (else kubectl errors).
	const restarted = pods.every((p) =>
		p.status?.containerStatuses?.some((c) => c.restartCount > 0 && !c.ready)
	);
	return `${kubectl('logs', s)}${selector}${restarted ? ' --previous' : ''} --tail=50`;
}
