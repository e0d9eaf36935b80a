/**
 * One terminal's shell: the world, the virtual clock, the audit log and the command history.
 * `execute` runs a command line; a long-running command (get -w, logs -f, rollout status, wait)
 * keeps running and prints more each time the host moves time with `advance`, until it ends, hits
 * its deadline, or `interrupt` stops it. `sleep` fast-forwards the clock at once.
 */
import { advanceWorld } from '../cluster/advance';
import type { World } from '../cluster/types';
import { runKubectl } from '../kubectl/run';
import type { AuditEntry } from '../kubectl/types';
import type { CommandResult, ShellHost } from './commands';
import { SIGINT_EXIT, startPipeline, type Piece, type RunningPipeline } from './pipeline';
import { parse, type ListItem } from './tokenize';

/** Virtual ms between polls of a running command while time moves. */
const FOLLOW_STEP_MS = 1000;
/** What the terminal shows: stdout and stderr in order, `\n` line ends. */
export interface Chunk {
	output: string;
	/** Present once the command line has finished. */
	exitCode?: number;
}

/** The same as `Chunk` with stdout and stderr kept apart (for scripts and tests). */
export interface StreamChunk {
	pieces: Piece[];
	exitCode?: number;
}

interface Job {
	pipeline: RunningPipeline;
	/** The rest of the `;`/`&&`/`||` list, run once the pipeline ends. */
	rest: ListItem[];
}

export function toChunk(chunk: StreamChunk): Chunk {
	const output = chunk.pieces.map((p) => p.text).join('');
	return chunk.exitCode === undefined ? { output } : { output, exitCode: chunk.exitCode };
}

const BUSY = 'preflight: a command is still running (press Ctrl-C to stop it)\n';

/** Moves a world through virtual time (absolute ms); a scenario's adds its timeline's events. */
export type Advance = (world: World, from: number, to: number) => World;

export interface SessionInit {
	world: World;
	now: number;
	/** How time moves the world; default `advanceWorld` (controllers only, no timeline). */
	advance?: Advance;
}

export class Session {
	#world: World;
	#now: number;
	readonly #advance: Advance;
	readonly #audit: AuditEntry[] = [];
	readonly #history: string[] = [];
	#job: Job | undefined;
	#status = 0;

	readonly #host: ShellHost = {
		history: this.#history,
		kubectl: (argv) => this.#kubectl(argv),
		sleep: (ms) => this.#moveTo(this.#now + ms)
	};

	constructor(init: SessionInit) {
		this.#world = init.world;
		this.#now = init.now;
		this.#advance = init.advance ?? advanceWorld;
	}

	get world(): World {
		return this.#world;
	}

	/** Virtual time in ms since the epoch. */
	get now(): number {
		return this.#now;
	}

	/** One entry per kubectl run; a long-running one's exit code is filled in when it ends. */
	get audit(): readonly AuditEntry[] {
		return this.#audit;
	}

	/** Command lines executed, oldest first (what `history` lists). */
	get history(): readonly string[] {
		return this.#history;
	}

	get running(): boolean {
		return this.#job !== undefined;
	}

	/** When the running command gives up by itself (its `--timeout`), if it ever does. */
	get deadline(): number | undefined {
		return this.#job?.pipeline.deadline;
	}

	execute(line: string): Chunk {
		return toChunk(this.executeStreams(line));
	}

	advance(ms: number): Chunk {
		return toChunk(this.advanceStreams(ms));
	}

	interrupt(): Chunk {
		return toChunk(this.interruptStreams());
	}

	/** `execute` with stdout and stderr apart. Refused (no exit code) while a command runs. */
	executeStreams(line: string): StreamChunk {
		if (this.#job) return { pieces: [{ stream: 'stderr', text: BUSY }] };
		const entry = line.trim();
		if (entry !== '' && this.#history[this.#history.length - 1] !== entry)
			this.#history.push(entry);
		const parsed = parse(line);
		if (!parsed.ok) {
			this.#status = parsed.error.exitCode;
			return { pieces: [{ stream: 'stderr', text: parsed.error.message }], exitCode: this.#status };
		}
		if (parsed.list.length === 0) return { pieces: [], exitCode: 0 };
		return this.#runList(parsed.list, []);
	}

	/** `advance` with stdout and stderr apart. */
	advanceStreams(ms: number): StreamChunk {
		const target = this.#now + Math.max(0, ms);
		const pieces: Piece[] = [];
		let exitCode: number | undefined;
		for (;;) {
			const job = this.#job;
			if (!job) {
				this.#moveTo(target);
				break;
			}
			const deadline = job.pipeline.deadline;
			// A running command looks at the world at least once a virtual second, as a watch
			// would, so fast-forwarding (60×, +5m) still prints every progress line on the way.
			this.#moveTo(Math.min(target, this.#now + FOLLOW_STEP_MS, deadline ?? Infinity));
			const due = deadline !== undefined && deadline <= this.#now;
			let step = job.pipeline.poll(this.#world, this.#now);
			if (step.world) this.#world = step.world;
			if (step.exitCode === undefined && due) {
				const expired = job.pipeline.expire();
				step = { pieces: [...step.pieces, ...expired.pieces], exitCode: expired.exitCode };
			}
			pieces.push(...step.pieces);
			if (step.exitCode !== undefined) {
				this.#job = undefined;
				this.#status = step.exitCode;
				exitCode = this.#runList(job.rest, pieces).exitCode;
			}
			if (this.#now >= target && (!this.#job || !due)) break;
		}
		return exitCode === undefined ? { pieces } : { pieces, exitCode };
	}

	/** Ctrl-C: stops the running command and the rest of its line (status 130). */
	interruptStreams(): StreamChunk {
		const job = this.#job;
		this.#job = undefined;
		this.#status = SIGINT_EXIT;
		return { pieces: job ? job.pipeline.interrupt().pieces : [], exitCode: SIGINT_EXIT };
	}

	/** Runs list items in order, honouring `&&`/`||`; stops at a pipeline that keeps running. */
	#runList(items: ListItem[], pieces: Piece[]): StreamChunk {
		for (let i = 0; i < items.length; i++) {
			const { op, stages } = items[i];
			if ((op === '&&' && this.#status !== 0) || (op === '||' && this.#status === 0)) continue;
			const { step, running } = startPipeline(stages, this.#host);
			pieces.push(...step.pieces);
			if (running) {
				this.#job = { pipeline: running, rest: items.slice(i + 1) };
				return { pieces };
			}
			this.#status = step.exitCode ?? 0;
		}
		return { pieces, exitCode: this.#status };
	}

	#kubectl(argv: string[]): CommandResult {
		const r = runKubectl(this.#world, argv, this.#now);
		// Controllers answer a change within milliseconds on a real cluster: reconcile at once, so
		// the next command sees the new ReplicaSet and Pending pods, not a stale generation.
		this.#world = r.audit.mutating ? this.#advance(r.world, this.#now, this.#now) : r.world;
		const index = this.#audit.push(r.audit) - 1;
		const { stdout, stderr, exitCode, written } = r;
		if (!r.follow) return { stdout, stderr, exitCode, written };
		const settle = (exitCode: number) => {
			this.#audit[index] = { ...this.#audit[index], exitCode };
		};
		return { stdout, stderr, exitCode, written, follow: r.follow, settle };
	}

	#moveTo(to: number): void {
		if (to <= this.#now) return;
		this.#world = this.#advance(this.#world, this.#now, to);
		this.#now = to;
	}
}
