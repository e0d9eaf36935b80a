/**
 * A scripted Runtime for component tests: answers each command line from a table, records every
 * call, and lets a test decide what `advance` prints. Not a simulator — use DirectRuntime for that.
 */
import type { CompletionReply, Runtime, RuntimeReply, RuntimeStatus } from './runtime';
import type { ClusterSnapshot } from './snapshot';

export interface FakeScript {
	status?: Partial<RuntimeStatus>;
	snapshot?: ClusterSnapshot;
	/** Command line → what it prints and its exit code (missing lines print nothing, exit 0). */
	commands?: Record<string, { output: string; exitCode?: number; running?: boolean }>;
	completions?: Record<string, CompletionReply>;
}

export class FakeRuntime implements Runtime {
	readonly calls: string[] = [];
	/** What the next `advance` prints (then cleared). */
	pendingOutput = '';
	status_: RuntimeStatus;
	readonly #script: FakeScript;

	constructor(script: FakeScript = {}) {
		this.#script = script;
		this.status_ = {
			context: 'prod-us-east-1',
			namespace: 'payments',
			now: Date.UTC(2026, 2, 14, 9, 41),
			running: false,
			...script.status
		};
	}

	#reply(output: string, exitCode?: number): RuntimeReply {
		const reply: RuntimeReply = { output, status: { ...this.status_ } };
		if (exitCode !== undefined) reply.exitCode = exitCode;
		return reply;
	}

	async execute(line: string): Promise<RuntimeReply> {
		this.calls.push(`execute ${line}`);
		const scripted = this.#script.commands?.[line] ?? { output: '' };
		this.status_.running = scripted.running ?? false;
		return this.#reply(scripted.output, scripted.running ? undefined : (scripted.exitCode ?? 0));
	}

	async advance(ms: number): Promise<RuntimeReply> {
		this.calls.push(`advance ${ms}`);
		this.status_.now += ms;
		const output = this.pendingOutput;
		this.pendingOutput = '';
		return this.#reply(output);
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

	dispose(): void {}
}
