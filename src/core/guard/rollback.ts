/**
 * `deriveRollback(world, now, line)`: the command that undoes a line, staged before it runs. The
 * line is simulated, and each changed object's state before it is what the undo restores: scale →
 * the previous replicas, set image → the previous images, rollout undo/restart → back to the
 * current revision, cordon ↔ uncordon, taint → the inverse taint, label/annotate → the previous
 * values, patch → the inverse patch, create → delete, use-context → the previous context. What no
 * command can undo (delete, what a drain evicted) is said plainly in the note.
 */
import type { KubeObject, Node, Taint } from '../cluster/types';
import type { World } from '../cluster/types';
import { REVISION } from '../kubectl/mutate/revision';
import { commandText } from '../kubectl/run';
import type { Change } from './diff-worlds';
import { inverseOfChange, inversePatch, parsePatchText } from './inverse-patch';
import { singular } from './sentence';
import { simulate, type SimStep } from './simulate';
import { refOf, scopeArgs, taintText } from './step-args';

export interface Rollback {
	/** The undo; '' when no command can undo it (then `note` says why). */
	command: string;
	note?: string;
}

export type RollbackResult = { ok: true; rollback: Rollback } | { ok: false; message: string };

/** What one step's undo is: argv lists (each one kubectl command) and notes. */
interface Undo {
	commands: string[][];
	notes: string[];
}

const updated = (step: SimStep) => step.changes.filter((c) => c.change === 'update');

function containerImages(obj: KubeObject): Map<string, string> {
	const spec = obj.spec?.template?.spec ?? obj.spec ?? {};
	const all = [...(spec.initContainers ?? []), ...(spec.containers ?? [])];
	return new Map(all.map((c: { name: string; image: string }) => [c.name, c.image]));
}

function setImage(step: SimStep): Undo {
	const commands = updated(step).flatMap((c) => {
		const now = containerImages(c.after!);
		const pairs = [...containerImages(c.before!)]
			.filter(([name, image]) => now.get(name) !== image)
			.map(([name, image]) => `${name}=${image}`);
		return pairs.length ? [['set', 'image', refOf(c), ...scopeArgs(step, c), ...pairs]] : [];
	});
	return { commands, notes: [] };
}

function scale(step: SimStep): Undo {
	const commands = updated(step)
		.filter((c) => c.before!.spec?.replicas !== c.after!.spec?.replicas)
		.map((c) => [
			'scale',
			refOf(c),
			...scopeArgs(step, c),
			`--replicas=${c.before!.spec?.replicas ?? 1}`
		]);
	return { commands, notes: [] };
}

/** Back to the revision that is live now (`rollout undo` and `rollout restart`). */
function toCurrentRevision(step: SimStep): Undo {
	const commands: string[][] = [];
	for (const c of updated(step)) {
		const revision = c.before!.metadata.annotations?.[REVISION];
		if (c.kind === 'Deployment' && revision)
			commands.push([
				'rollout',
				'undo',
				refOf(c),
				...scopeArgs(step, c),
				`--to-revision=${revision}`
			]);
		else commands.push(...patchBack(step, c));
	}
	return { commands, notes: [] };
}

function patchBack(step: SimStep, c: Change): string[][] {
	const inverse = inverseOfChange(c.before!, c.after!);
	if (Object.keys(inverse).length === 0) return [];
	const text = JSON.stringify(inverse);
	return [['patch', refOf(c), ...scopeArgs(step, c), '--type', 'merge', '-p', text]];
}

function patch(step: SimStep): Undo {
	const doc = parsePatchText(String(step.inv.flags.get('patch') ?? ''));
	const type = String(step.inv.flags.get('type') ?? 'strategic') as 'strategic' | 'merge' | 'json';
	const commands = updated(step).flatMap((c) => {
		const inverse = doc === undefined ? undefined : inversePatch(c.before!, doc, type);
		if (!inverse) return patchBack(step, c);
		const text = JSON.stringify(inverse);
		return [['patch', refOf(c), ...scopeArgs(step, c), '--type', 'merge', '-p', text]];
	});
	return { commands, notes: [] };
}

function metadataMap(step: SimStep, field: 'labels' | 'annotations'): Undo {
	const verb = field === 'labels' ? 'label' : 'annotate';
	const commands = updated(step).flatMap((c) => {
		const before = c.before!.metadata[field] ?? {};
		const after = c.after!.metadata[field] ?? {};
		const restore = Object.keys(before)
			.filter((k) => before[k] !== after[k])
			.map((k) => `${k}=${before[k]}`);
		const remove = Object.keys(after)
			.filter((k) => !(k in before))
			.map((k) => `${k}-`);
		if (!restore.length && !remove.length) return [];
		const overwrite = restore.length ? ['--overwrite'] : [];
		return [[verb, refOf(c), ...scopeArgs(step, c), ...restore, ...remove, ...overwrite]];
	});
	return { commands, notes: [] };
}

const taintKey = (t: Taint) => `${t.key}:${t.effect}`;

function taint(step: SimStep): Undo {
	const commands = updated(step).flatMap((c) => {
		const before = (c.before as Node).spec.taints ?? [];
		const after = (c.after as Node).spec.taints ?? [];
		const old = new Map(before.map((t) => [taintKey(t), t]));
		const specs: string[] = [];
		let overwrite = false;
		for (const t of after) {
			const was = old.get(taintKey(t));
			if (!was) specs.push(`${taintKey(t)}-`);
			else if ((was.value ?? '') !== (t.value ?? '')) {
				specs.push(`${t.key}=${was.value ?? ''}:${t.effect}`);
				overwrite = true;
			}
		}
		const now = new Set(after.map(taintKey));
		for (const t of before) if (!now.has(taintKey(t))) specs.push(taintText(t));
		if (!specs.length) return [];
		return [
			[
				'taint',
				'nodes',
				c.name,
				...specs,
				...(overwrite ? ['--overwrite'] : []),
				...scopeArgs(step)
			]
		];
	});
	return { commands, notes: [] };
}

function schedulable(step: SimStep, notes: string[] = []): Undo {
	const commands = updated(step)
		.filter((c) => c.kind === 'Node')
		.flatMap((c) => {
			const was = (c.before as Node).spec.unschedulable === true;
			const is = (c.after as Node).spec.unschedulable === true;
			if (was === is) return [];
			return [[is ? 'uncordon' : 'cordon', c.name, ...scopeArgs(step)]];
		});
	return { commands, notes };
}

function deleted(step: SimStep): Undo {
	const notes = step.changes
		.filter((c) => c.change === 'delete')
		.map((c) => {
			const get = commandText([
				'get',
				singular(c.resource),
				c.name,
				...scopeArgs(step, c),
				'-o',
				'yaml'
			]);
			return `not reversible by a command: ${singular(c.resource)} ${c.name} is deleted; recreate it from the manifest saved with \`${get}\` before deleting`;
		});
	return { commands: [], notes };
}

function created(step: SimStep): Undo {
	const commands = step.changes
		.filter((c) => c.change === 'create')
		.map((c) => ['delete', singular(c.resource), c.name, ...scopeArgs(step, c)]);
	return { commands, notes: [] };
}

const DRAIN_NOTE = 'evicted pods are not moved back; they reschedule where the scheduler puts them';

function undoStep(step: SimStep): Undo {
	const verb = step.command.verb;
	if (verb === 'config use-context')
		return { commands: [['config', 'use-context', step.before.currentContext]], notes: [] };
	if (step.changes.length === 0)
		return { commands: [], notes: ['nothing to undo: in this state the command changes nothing'] };
	if (verb === 'scale') return scale(step);
	if (verb === 'set image') return setImage(step);
	if (verb === 'rollout undo' || verb === 'rollout restart') return toCurrentRevision(step);
	if (verb === 'rollout pause' || verb === 'rollout resume') {
		const back = verb === 'rollout pause' ? 'resume' : 'pause';
		return {
			commands: updated(step).map((c) => ['rollout', back, refOf(c), ...scopeArgs(step, c)]),
			notes: []
		};
	}
	if (verb === 'cordon' || verb === 'uncordon') return schedulable(step);
	if (verb === 'drain') return schedulable(step, [DRAIN_NOTE]);
	if (verb === 'taint') return taint(step);
	if (verb === 'label') return metadataMap(step, 'labels');
	if (verb === 'annotate') return metadataMap(step, 'annotations');
	if (verb === 'patch') return patch(step);
	if (verb === 'delete') return deleted(step);
	if (verb.startsWith('create') || verb === 'run') return created(step);
	const back = created(step);
	const del = deleted(step);
	return {
		commands: [...back.commands, ...updated(step).flatMap((c) => patchBack(step, c))],
		notes: del.notes
	};
}

export function deriveRollback(world: World, now: number, line: string): RollbackResult {
	const sim = simulate(world, now, line);
	if (!sim.ok) return sim;
	if (sim.steps.length === 0)
		return { ok: true, rollback: { command: '', note: 'nothing to undo: the line only reads' } };
	const undos = sim.steps.map(undoStep).reverse();
	const command = undos
		.flatMap((u) => u.commands)
		.map(commandText)
		.join(' && ');
	const notes = undos.flatMap((u) => u.notes);
	return { ok: true, rollback: { command, ...(notes.length && { note: notes.join('; ') }) } };
}
