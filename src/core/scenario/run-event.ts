/**
 * One timeline event applied to the world at its time: a kubectl command line run as someone on
 * the team (never the trainee: nothing here enters a Session's audit), or manifests applied. The
 * controllers answer at once, as they do after the trainee's own mutating commands. A failure is
 * a value with kubectl's (or the manifest parser's) message; the world stays as kubectl left it.
 */
import { advanceWorld } from '../cluster/advance';
import type { World } from '../cluster/types';
import { runKubectl } from '../kubectl/run';
import { applyManifests } from './apply-manifests';
import { commandArgv, type CommandArgv } from './command-argv';
import type { TimelineEvent } from './schema';

export type EventOutcome =
	{ ok: true; world: World } | { ok: false; world: World; message: string };

/** `index` names the event in messages (`timeline[3].apply`). */
export function runEvent(
	world: World,
	event: TimelineEvent,
	index: number,
	at: number
): EventOutcome {
	if (event.kubectl !== undefined) return runCommand(world, event.kubectl, event.context, at);
	const context = event.context ?? world.currentContext;
	const applied = applyManifests(world, event.apply ?? '', `timeline[${index}].apply`, context, at);
	if (!applied.ok) return { ok: false, world, message: applied.message };
	return { ok: true, world: advanceWorld(applied.world, at, at) };
}

/** The kubectl argv of a timeline command line, or why it is not one kubectl command. */
export function timelineArgv(line: string, context: string | undefined): CommandArgv {
	const args = commandArgv(line, 'a timeline command is one kubectl command (no |, ;, && or ||)');
	if (!args.ok || !context) return args;
	return { ok: true, argv: ['--context', context, ...args.argv] };
}

function runCommand(
	world: World,
	line: string,
	context: string | undefined,
	at: number
): EventOutcome {
	const args = timelineArgv(line, context);
	if (!args.ok) return { ok: false, world, message: args.message };
	// A long-running command (drain retrying a blocked eviction, rollout status) counts for its
	// first step: the timeline does not wait on it.
	const r = runKubectl(world, args.argv, at);
	const next = r.audit.mutating ? advanceWorld(r.world, at, at) : r.world;
	if (r.exitCode !== 0)
		return { ok: false, world: next, message: (r.stderr || r.stdout).trimEnd() };
	return { ok: true, world: next };
}
