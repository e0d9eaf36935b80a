/**
 * A scripted Runtime for component tests: answers each command line from a table, records every
 * call, and lets a test decide what `advance` prints. Not a simulator — use DirectRuntime for that.
 */
import type { RunEvent } from '../../core/rehearsal/schema';
import type {
	Checkpoint,
	CheckpointReply,
	CompletionReply,
	DraftReply,
	HappenedEvent,
	HealthSample,
	LoadReply,
	RecordedCommand,
	Runtime,
	RuntimeReply,
	RuntimeStatus,
	ScenarioLoad,
	Scored
} from './runtime';
import type { ClusterSnapshot } from './snapshot';

/** What a scripted command line answers. */
export interface FakeCommand {
	output: string;
	exitCode?: number;
	/** Still running after this call (no exit code until `interrupt`). */
	running?: boolean;
	/** The audit records its reply carries. */
	records?: RecordedCommand[];
	/** Timeline events its reply reports. */
	happened?: HappenedEvent[];
}

/** What the next `advance` answers besides `pendingOutput` (then cleared). */
export type FakeAdvance = Partial<Pick<RuntimeReply, 'exitCode' | 'records' | 'happened'>>;

export interface FakeScript {
	status?: Partial<RuntimeStatus>;
	snapshot?: ClusterSnapshot;
	/** Command line → what it prints and its exit code (missing lines print nothing, exit 0). */
	commands?: Record<string, FakeCommand>;
	completions?: Record<string, CompletionReply>;
	/** What `load` answers; default ok, with t0 = the starting `now`. */
	load?: LoadReply;
	/** Step number → its draft; a missing step answers `ok: false`. */
	drafts?: Record<number, DraftReply>;
	/** What `health` answers, one after another (the last repeats); default a healthy sample. */
	health?: HealthSample[];
	/** What `checkpoint` answers; default an empty world at `now`. */
	checkpoint?: Checkpoint;
	/** What `score` answers; `score` rejects when none is scripted. */
	score?: Scored;
}

export class FakeRuntime implements Runtime {
	readonly calls: string[] = [];
	/** What the next `advance` prints (then cleared). */
	pendingOutput = '';
	/** The rest of the next `advance`'s reply (then cleared). */
	pendingAdvance: FakeAdvance = {};
	status_: RuntimeStatus;
	/** Virtual ms at t = 0 (set by `load`). */
	t0: number;
	/** The events each `score` call was given, in order. */
	readonly scored: RunEvent[][] = [];
	/** The events each `observe` call was given, in order (not in `calls`: it is no answer). */
	readonly observed: RunEvent[][] = [];
	/** What the next `checkpoint` reports as not reported yet (then cleared). */
	pendingCheckpoint: FakeAdvance = {};
	/** Records and timeline events reported since `load` (`RuntimeReply.reported`). */
	reported = 0;
	readonly #script: FakeScript;
	#healthIndex = 0;

	constructor(script: FakeScript = {}) {
		this.#script = script;
		this.status_ = {
			context: 'prod-us-east-1',
			namespace: 'payments',
			now: Date.UTC(2026, 2, 14, 9, 41),
			running: false,
			...script.status
		};
		this.t0 = this.status_.now;
	}

	#reply(output: string, exitCode?: number, extra: FakeAdvance = {}): RuntimeReply {
		const reply: RuntimeReply = { output, status: { ...this.status_ } };
		if (exitCode !== undefined) reply.exitCode = exitCode;
		return this.#count(reply, extra);
	}

	#count<R extends Pick<RuntimeReply, 'records' | 'happened' | 'reported'>>(
		reply: R,
		extra: FakeAdvance
	): R {
		if (extra.records) reply.records = extra.records;
		if (extra.happened) reply.happened = extra.happened;
		const count = (extra.records?.length ?? 0) + (extra.happened?.length ?? 0);
		this.reported += count;
		if (count > 0) reply.reported = this.reported;
		return reply;
	}

	async execute(line: string): Promise<RuntimeReply> {
		this.calls.push(`execute ${line}`);
		const scripted = this.#script.commands?.[line] ?? { output: '' };
		this.status_.running = scripted.running ?? false;
		const exitCode = scripted.running ? undefined : (scripted.exitCode ?? 0);
		return this.#reply(scripted.output, exitCode, scripted);
	}

	async advance(ms: number): Promise<RuntimeReply> {
		this.calls.push(`advance ${ms}`);
		this.status_.now += ms;
		const output = this.pendingOutput;
		const extra = this.pendingAdvance;
		this.pendingOutput = '';
		this.pendingAdvance = {};
		if (extra.exitCode !== undefined) this.status_.running = false;
		return this.#reply(output, extra.exitCode, extra);
	}

	async interrupt(): Promise<RuntimeReply> {
		this.calls.push('interrupt');
		const wasRunning = this.status_.running;
		this.status_.running = false;
		return this.#reply('', wasRunning ? 130 : undefined);
	}

	async status(): Promise<RuntimeStatus> {
		return { ...this.status_ };
	}

	async snapshot(): Promise<ClusterSnapshot> {
		this.calls.push('snapshot');
		const base = { context: this.status_.context, namespace: this.status_.namespace };
		return (
			this.#script.snapshot ?? {
				...base,
				now: this.status_.now,
				startedAt: this.status_.now,
				deployments: [],
				pods: { total: 0, byStatus: [] },
				nodes: []
			}
		);
	}

	async complete(line: string, cursor: number): Promise<CompletionReply> {
		this.calls.push(`complete ${line}|${cursor}`);
		return this.#script.completions?.[line] ?? { replaceFrom: cursor, candidates: [] };
	}

	async load(load: ScenarioLoad): Promise<LoadReply> {
		this.calls.push(`load ${load.file}${load.resume ? ' (resume)' : ''}`);
		const scripted = this.#script.load;
		if (scripted && !scripted.ok) return scripted;
		if (load.resume) this.status_.now = load.resume.now;
		this.reported = 0;
		this.t0 = scripted?.t0 ?? this.t0;
		return { ok: true, status: { ...this.status_ }, t0: this.t0 };
	}

	async draft(step: number): Promise<DraftReply> {
		this.calls.push(`draft ${step}`);
		return this.#script.drafts?.[step] ?? { ok: false, message: `no step ${step} scripted` };
	}

	async health(): Promise<HealthSample> {
		this.calls.push('health');
		const samples = this.#script.health;
		if (!samples?.length) return { t: this.status_.now - this.t0, slis: {}, holds: false };
		const sample = samples[Math.min(this.#healthIndex, samples.length - 1)];
		this.#healthIndex++;
		return sample;
	}

	async checkpoint(): Promise<CheckpointReply> {
		this.calls.push('checkpoint');
		const empty = { encoding: 'preflight-world/1' as const, contexts: [], clusters: {} };
		const saved = this.#script.checkpoint ?? {
			world: { ...empty, currentContext: this.status_.context },
			now: this.status_.now
		};
		const pending = this.pendingCheckpoint;
		this.pendingCheckpoint = {};
		const base: Checkpoint & Pick<RuntimeReply, 'records'> = { ...saved };
		const reply = this.#count(base, pending);
		return { ...reply, reported: this.reported };
	}

	async score(events: RunEvent[]): Promise<Scored> {
		this.calls.push(`score ${events.length}`);
		this.scored.push(events);
		if (!this.#script.score) throw new Error('score: no score scripted');
		return this.#script.score;
	}

	async observe(events: RunEvent[]): Promise<void> {
		this.observed.push(events);
	}

	dispose(): void {}
}
