/**
 * Resuming a run whose last checkpoint is older than its log: the runtime starts from the
 * checkpoint, and the commands logged after it that changed the world are run again at their own
 * virtual times, then the clock moves to the last logged event. The world is a function of where
 * it started, the time that passed and the commands run, so this gives the world the trainee left.
 * Timeline events and audit records these calls produce are already in the log: they are dropped.
 */
import type { Runtime, RuntimeReply, RuntimeStatus } from '../../adapters/runtime/runtime';
import type { CommandRecord, RunEvent } from '../../core/rehearsal/schema';

/** Kubeconfig changes are not `mutating` in the audit, but the prompt and every later command see them. */
const CONFIG_CHANGES = new Set(['config use-context', 'config set-context']);

/** Did this command change the world (a checkpoint is due, a resume must run it again)? */
export function changesWorld(record: CommandRecord): boolean {
	return record.mutating || (CONFIG_CHANGES.has(record.verb) && record.exitCode === 0);
}

export interface CaughtUp {
	status: RuntimeStatus;
	/** The commands run again, in order. */
	rerun: string[];
	/** The runtime's count of reported records and timeline events afterwards (`reported`). */
	reported: number;
}

/** Virtual ms a re-run command that keeps running is followed before it is stopped. */
const FOLLOW_STEP = 1000;
const FOLLOW_CAP = 60_000;

export async function catchUp(
	runtime: Runtime,
	events: readonly RunEvent[],
	fromSeq: number
): Promise<CaughtUp> {
	let status = await runtime.status();
	const rerun: string[] = [];
	let reported = 0;
	const take = (reply: RuntimeReply) => {
		reported = reply.reported ?? reported;
		status = reply.status;
	};
	const moveTo = async (at: number) => {
		if (at > status.now) take(await runtime.advance(at - status.now));
	};
	for (const [i, event] of events.entries()) {
		if (event.seq < fromSeq || event.kind !== 'command' || !changesWorld(event.record)) continue;
		await moveTo(event.at);
		take(await runtime.execute(event.record.command));
		// A change that waits (`drain`, `delete --wait`) had ended by the next logged event.
		const until = events[i + 1]?.at ?? event.at + FOLLOW_CAP;
		while (status.running && status.now < until)
			take(await runtime.advance(Math.min(FOLLOW_STEP, until - status.now)));
		if (status.running) take(await runtime.interrupt());
		rerun.push(event.record.command);
	}
	const last = events.at(-1);
	if (last && last.seq >= fromSeq) await moveTo(last.at);
	return { status, rerun, reported };
}
