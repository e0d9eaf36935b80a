/**
 * What the rehearsal page reads from and asks of the rehearsal controller
 * (`ui/rehearsal/rehearsal.svelte.ts`, `Rehearsal` fits it): the page shows only what the gate
 * has revealed — the current draft and the steps before it, never a later step's.
 */
import type { RuntimeReply, HealthSample } from '../../../adapters/runtime/runtime';
import type { RunExport } from '../../../adapters/store/run-types';
import type { GuardedStep } from '../../../core/drafting/schema';
import type { RehearsalState, StepState } from '../../../core/rehearsal/gate-state';
import type { Act, Mode } from '../../../core/rehearsal/schema';
import type { ScenarioView } from '../../rehearsal/scenario-view';

/** The acts the page's buttons take (commands and waits come from the terminal and the clock). */
export type PageAct = Exclude<Act, { act: 'run' | 'wait' }>;

export type ActResult = { ok: true } | { ok: false; reason: string };

export interface RehearsalView {
	readonly runId: string;
	readonly mode: Mode;
	/** The scenario as the page may show it: no plants, no answer key, no timeline. */
	readonly view: ScenarioView;
	readonly gate: RehearsalState;
	readonly draft: GuardedStep | undefined;
	readonly step: StepState | undefined;
	/** Virtual ms, and the offset from the page (t = 0). */
	readonly now: number;
	readonly t: number;
	readonly health: HealthSample[];
	/** Why the run is kept in memory only (one line), when it is. */
	readonly notice: string | undefined;
	readonly drafting: boolean;
	/** Why the current step has no draft (the drafter failed); `redraft` tries again. */
	readonly problem: string | undefined;
	/** The run is being scored. */
	readonly scoring: boolean;
	/** `end` is under way (the clock stops), and once it is done. */
	readonly ending: boolean;
	readonly ended: boolean;
	/** Kept in memory only, with events not yet exported: leaving would lose them. */
	readonly unsaved: boolean;
	readonly finished: boolean;
	submitted(line: string): void;
	received(reply: RuntimeReply): void;
	act(act: PageAct): Promise<ActResult>;
	redraft(): Promise<ActResult>;
	end(): Promise<ActResult>;
	exportRun(): Promise<RunExport>;
	/** The commands and output so far, for the terminal of a resumed run. */
	transcript(): string;
	/** Checkpoints the run now (the tab is hidden or closed): a resume comes back at this clock. */
	save(): Promise<void>;
}
