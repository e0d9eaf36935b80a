/**
 * A rehearsal and the runtime hosting it. Each rehearsal has a runtime of its own, started when
 * the run opens and stopped when the trainee leaves the run's page, so the terminal page's bare
 * payments session never hosts a scenario.
 */
import type { StartedRuntime } from '../../../adapters/runtime/in-page';
import type { Rehearsal } from '../../rehearsal/rehearsal.svelte';

export interface LiveRun {
	rehearsal: Rehearsal;
	started: StartedRuntime;
}

/** Leaving the run: its clock checkpointed and its writes done, then its runtime stopped. */
export async function leaveRun(live: LiveRun): Promise<void> {
	try {
		await live.rehearsal.save();
		await live.rehearsal.settled();
	} finally {
		live.started.runtime.dispose();
	}
}
