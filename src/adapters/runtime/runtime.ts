/**
 * The Runtime port: how the UI talks to a shell session that runs kubectl against the simulated
 * cluster. Every call is async so the session can live in a Web Worker (the in-page runtime) or
 * later a WebContainer; the direct runtime runs it on the page's own thread for tests and as the
 * fallback. Implementations: `worker-runtime.ts`, `direct-runtime.ts`; a fake for component
 * tests is `fake-runtime.ts`.
 */
import type { Completion as CompletionReply } from '../../core/shell/completion';
import type { ClusterSnapshot } from './snapshot';

/** Where the session stands after a call: what the prompt and the clock need. */
export interface RuntimeStatus {
	/** Current kubeconfig context, e.g. `prod-us-east-1`. */
	context: string;
	/** The context's default namespace (`default` when it names none). */
	namespace: string;
	/** Virtual time in ms since the epoch. */
	now: number;
	/** True while a long-running command (`get -w`, `rollout status`) still holds the terminal. */
	running: boolean;
}

/** What one call printed, and its exit code once the command is over. */
export interface RuntimeReply {
	/** Terminal text; lines end in `\n` (the terminal turns them into `\r\n`). */
	output: string;
	/** Set when the command finished during this call. */
	exitCode?: number;
	status: RuntimeStatus;
}

/** Tab completion: candidates for `line.slice(replaceFrom, cursor)` (the core's `Completion`). */
export type { Completion as CompletionReply } from '../../core/shell/completion';

export interface Runtime {
	/** Runs one command line; a long-running one keeps `status.running` until it ends. */
	execute(line: string): Promise<RuntimeReply>;
	/** Moves the virtual clock; returns what running commands printed meanwhile. */
	advance(ms: number): Promise<RuntimeReply>;
	/** Ctrl-C: stops the running command (exit code 130). */
	interrupt(): Promise<RuntimeReply>;
	/** The current status without doing anything. */
	status(): Promise<RuntimeStatus>;
	/** The cluster at a glance, for the side panel. */
	snapshot(): Promise<ClusterSnapshot>;
	complete(line: string, cursor: number): Promise<CompletionReply>;
	/** Stops a worker, if any. */
	dispose(): void;
}
