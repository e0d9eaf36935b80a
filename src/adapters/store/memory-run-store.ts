/**
 * Runs kept in memory: for tests and component tests, and what the app's store becomes when the
 * browser gives no IndexedDB (then every answer carries the `notice`). Copies go in and out, so a
 * caller's later change (or a Svelte `$state` proxy) never reaches what is kept.
 */
import { makeRunExport, parseRunExport } from './run-export';
import { RunMemory } from './run-memory';
import { plain } from './run-rows';
import type { RunResult, RunStore } from './run-types';

export interface MemoryRunStoreOptions {
	/** Wall clock for `updatedAt` and `exportedAt`. */
	now?: () => number;
	/** Why these runs will not outlive the tab; carried by every write's answer. */
	notice?: string;
}

export function memoryRunStore(options: MemoryRunStoreOptions = {}): RunStore {
	const now = options.now ?? (() => Date.now());
	const notice = options.notice;
	const memory = new RunMemory();
	const answer = (refusal: string | undefined): RunResult =>
		refusal !== undefined
			? { ok: false, message: refusal }
			: notice === undefined
				? { ok: true }
				: { ok: true, notice };

	return {
		async create(run) {
			return answer(memory.create(plain(run), now()));
		},
		async append(runId, events) {
			return answer(memory.append(runId, plain(events), now()));
		},
		async saveCheckpoint(runId, checkpoint) {
			return answer(memory.checkpoint(runId, plain(checkpoint), now()));
		},
		async finish(runId, score) {
			return answer(memory.finish(runId, plain({ runId, ...score }), now()));
		},
		async abandon(runId) {
			return answer(memory.abandon(runId, now()));
		},
		async list(scenarioId) {
			return plain(memory.rows(scenarioId));
		},
		async load(runId) {
			return plain(memory.get(runId));
		},
		async active(scenarioId) {
			return plain(memory.rows(scenarioId).find((row) => row.status === 'active'));
		},
		async remove(runId) {
			memory.remove(runId);
			return answer(undefined);
		},
		async exportRuns(ids) {
			const wanted = ids ?? memory.rows().map((row) => row.id);
			const runs = wanted.flatMap((id) => memory.get(id) ?? []);
			return makeRunExport(plain(runs), now());
		},
		async importRuns(json) {
			const parsed = parseRunExport(json);
			if (!parsed.ok) return parsed;
			for (const run of parsed.runs) memory.put(run);
			const imported = parsed.runs.length;
			return notice === undefined ? { ok: true, imported } : { ok: true, imported, notice };
		},
		async notice() {
			return notice;
		}
	};
}
