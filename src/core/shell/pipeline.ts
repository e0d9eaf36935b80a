/**
 * Runs one pipeline (`kubectl get pods -w | grep payments | head -3`). The last stage that is a
 * command (not a filter) is the producer; filters after it stream its output. A producer with a
 * `Follow` keeps the pipeline running: `poll` feeds what it prints as virtual time moves. stderr
 * never enters the pipe. The status is the last stage's, as in bash without pipefail.
 */
import type { World } from '../cluster/types';
import type { Written } from '../kubectl/types';
import { commandNotFound, runCommand, type CommandResult, type ShellHost } from './commands';
import { FILTERS } from './filters';
import { FilterChain, type ChainStage } from './filter-chain';
import type { Stage } from './tokenize';

export interface Piece {
	stream: 'stdout' | 'stderr';
	text: string;
}

/** Output so far; `exitCode` once the pipeline is over. */
export interface Step {
	pieces: Piece[];
	exitCode?: number;
	/** The next world, when the running command changed it (see `Follow.poll`). */
	world?: World;
}

export interface RunningPipeline {
	/** When the producer gives up by itself (`--timeout`), if ever. */
	readonly deadline?: number;
	/** Virtual time moved: what the pipeline printed since, and its status once over. */
	poll(world: World, now: number): Step;
	/** Ctrl-C: the whole pipeline dies, buffered filter output is lost. */
	interrupt(): Step;
	/** The deadline passed and the producer did not end itself: end it as failed. */
	expire(): Step;
}

/** The status of a process killed by SIGPIPE (its reader went away). */
const SIGPIPE_EXIT = 141;
export const SIGINT_EXIT = 130;

function isFilter(words: string[]): boolean {
	return Object.hasOwn(FILTERS, words[0]);
}

function collector(): [Piece[], (stream: Piece['stream'], text: string) => void] {
	const pieces: Piece[] = [];
	return [pieces, (stream, text) => void (text !== '' && pieces.push({ stream, text }))];
}

function startFilters(stages: Stage[], emit: (s: 'stderr', t: string) => void): FilterChain {
	const chain: ChainStage[] = stages.map(({ words }) => {
		const started = FILTERS[words[0]](words.slice(1));
		if (started.ok) return started.process;
		emit('stderr', started.stderr);
		return { dead: true, exitCode: started.exitCode };
	});
	return new FilterChain(chain);
}

/**
 * A command's output in the order it was written when it says so; otherwise kubectl's habit:
 * what it is about to do (`Found 4 pods, using pod/x`, warnings) before its output, errors
 * (`get a missing` prints the table, then NotFound) after it.
 */
function emitInOrder(
	out: { stdout: string; stderr: string; written?: Written[] },
	write: (stream: Piece['stream'], text: string) => void
): void {
	if (out.written) {
		for (const w of out.written) write(w.stream, w.text);
		return;
	}
	const errorsLast = /^(error|Error from server)/.test(out.stderr);
	if (!errorsLast) write('stderr', out.stderr);
	write('stdout', out.stdout);
	if (errorsLast) write('stderr', out.stderr);
}

/** Runs the stages up to and including the producer; only the producer's result is kept. */
function runProducers(stages: Stage[], host: ShellHost, emit: (s: 'stderr', t: string) => void) {
	let result: CommandResult = { stdout: '', stderr: '', exitCode: 0 };
	for (const [i, { words }] of stages.entries()) {
		if (isFilter(words)) {
			// A filter before a later command reads its input and writes into a pipe nobody reads.
			const started = FILTERS[words[0]](words.slice(1));
			if (!started.ok) emit('stderr', started.stderr);
			else started.process.end();
			continue;
		}
		const r = runCommand(words, host) ?? commandNotFound(words[0]);
		if (i < stages.length - 1) {
			emit('stderr', r.stderr);
			r.settle?.(SIGPIPE_EXIT);
		} else result = r;
	}
	return result;
}

export function startPipeline(
	stages: Stage[],
	host: ShellHost
): { step: Step; running?: RunningPipeline } {
	const [pieces, emit] = collector();
	const split = stages.findLastIndex((s) => !isFilter(s.words)) + 1;
	const source = runProducers(stages.slice(0, split), host, emit);
	const chain = startFilters(stages.slice(split), emit);
	emitInOrder(source, (stream, text) =>
		emit(stream, stream === 'stdout' ? chain.push(text) : text)
	);
	const { follow, settle } = source;
	if (!follow || chain.ended || chain.broken) {
		if (follow) settle?.(SIGPIPE_EXIT);
		emit('stdout', chain.end());
		return { step: { pieces, exitCode: chain.exitCode(source.exitCode) } };
	}
	const finish = (status: number, emitMore: (s: Piece['stream'], t: string) => void): number => {
		settle?.(status);
		emitMore('stdout', chain.end());
		return chain.exitCode(status);
	};
	const running: RunningPipeline = {
		deadline: follow.deadline,
		poll(world, now) {
			const [more, emitMore] = collector();
			const r = follow.poll(world, now);
			const changed = r.world ? { world: r.world } : {};
			const written = r.written ?? [
				{ stream: 'stdout', text: r.stdout },
				{ stream: 'stderr', text: r.stderr }
			];
			for (const w of written)
				emitMore(w.stream, w.stream === 'stdout' ? chain.push(w.text) : w.text);
			if (chain.ended) {
				settle?.(r.exitCode ?? SIGPIPE_EXIT);
				return { pieces: more, exitCode: chain.exitCode(SIGPIPE_EXIT), ...changed };
			}
			if (r.exitCode === undefined) return { pieces: more, ...changed };
			return { pieces: more, exitCode: finish(r.exitCode, emitMore), ...changed };
		},
		interrupt() {
			settle?.(SIGINT_EXIT);
			return { pieces: [], exitCode: SIGINT_EXIT };
		},
		expire() {
			const [more, emitMore] = collector();
			return { pieces: more, exitCode: finish(1, emitMore) };
		}
	};
	return { step: { pieces }, running };
}
