/**
 * `replay(prepared, mode, acts, drafter)`: a rehearsal run headlessly (`preflight score`, tests).
 * The acts go through the gate one by one on a `Session` whose time moves the scenario's timeline,
 * from t = 0. Each act is logged, then what it caused: the commands a `run` ran (from the session's
 * audit, long-running ones followed to their end), the timeline events that happened meanwhile,
 * and the draft a decision reveals, drafted against the world at that moment (with the flaw the
 * scenario planted in it, named on the `draft-shown` event). Only `wait` and the
 * commands' own duration move time. Pure and deterministic: same inputs, same events.
 */
import type { World } from '../cluster/types';
import type { DraftRequest } from '../drafting/drafter';
import { draftStep, type DraftedStep } from '../drafting/planted';
import type { AuditEntry } from '../kubectl/types';
import type { Prepared } from '../scenario/prepare';
import type { TimelineEvent } from '../scenario/schema';
import { advanceScenario, scenarioAt } from '../scenario/timeline';
import { Session, type StreamChunk } from '../shell/session';
import { commandRecord } from './command-record';
import { initialState, startEffects, type Effect, type RehearsalState } from './gate';
import { RunLog, type Appended } from './run-log';
import type { Act, Mode, RunEvent } from './schema';

/** Drafts a revealed step: the draft shown, and the flaw planted in it, if any. */
export type DraftStep = (req: DraftRequest) => DraftedStep;

export interface Replayed {
	events: RunEvent[];
	state: RehearsalState;
	world: World;
	/** Virtual ms after the last act. */
	now: number;
}

/** The most output a command record keeps (what the trainee saw, for the debrief). */
export const OUTPUT_LIMIT = 2048;
/** Virtual ms a command with no deadline (`get -w`, `logs -f`) runs before it is interrupted. */
export const FOLLOW_CAP = 60_000;
const POLL_STEP = 1000;

/** Output cut to `OUTPUT_LIMIT` characters, saying how much was left out. */
export function truncateOutput(text: string): string {
	if (text.length <= OUTPUT_LIMIT) return text;
	const cut = text.lastIndexOf('\n', OUTPUT_LIMIT);
	const head = text.slice(0, cut > 0 ? cut + 1 : OUTPUT_LIMIT);
	return `${head}… (${text.length - head.length} more characters)\n`;
}

/** One command line run to its end, as `runScript` does: followed, and capped when endless. */
function runLine(session: Session, line: string): string {
	const chunks: StreamChunk[] = [session.executeStreams(line)];
	const started = session.now;
	while (chunks[chunks.length - 1].exitCode === undefined) {
		const capped = session.deadline === undefined && session.now - started >= FOLLOW_CAP;
		chunks.push(capped ? session.interruptStreams() : session.advanceStreams(POLL_STEP));
	}
	return chunks.flatMap((c) => c.pieces.map((p) => p.text)).join('');
}

interface Happened {
	at: number;
	index: number;
	event: TimelineEvent;
}

export function replay(
	prepared: Prepared,
	mode: Mode,
	acts: readonly Act[],
	drafter: DraftStep = draftStep
): Replayed {
	const { scenario, t0 } = prepared;
	const happened: Happened[] = [];
	const moment = scenarioAt(prepared, 0);
	const session = new Session({
		world: moment.world,
		now: moment.now,
		advance: (world, from, to) => {
			const moved = advanceScenario(prepared, world, from, to);
			for (const event of moved.happened)
				happened.push({ at: t0 + event.at, index: scenario.timeline.indexOf(event), event });
			return moved.world;
		}
	});
	const log = new RunLog(t0, initialState(scenario, mode));
	/** The effects of an event the log has just put through the gate. */
	const apply = (added: Appended): Effect[] => added.effects;
	const reveal = (effects: Effect[]) => {
		for (const effect of effects) {
			if (effect.kind !== 'reveal' || mode !== 'approve') continue;
			const { step: draft, planted } = drafter({
				scenario,
				stepIndex: effect.step - 1,
				world: session.world,
				now: session.now,
				t: session.now - t0
			});
			const shown = { kind: 'draft-shown' as const, step: effect.step, draft };
			apply(log.add(session.now, planted === undefined ? shown : { ...shown, planted }));
		}
	};
	/** Commands and timeline events of one act, in time order (the timeline first on a tie). */
	const flush = (entries: AuditEntry[], output: string) => {
		const items = [
			...happened.splice(0).map((h) => ({ at: h.at, timeline: h })),
			...entries.map((entry, i) => ({
				at: entry.at,
				command: commandRecord(entry, i === entries.length - 1 ? truncateOutput(output) : '')
			}))
		];
		items.sort((a, b) => a.at - b.at);
		for (const item of items) {
			if ('command' in item) apply(log.add(item.at, { kind: 'command', record: item.command }));
			else {
				const { index, event } = item.timeline;
				log.add(item.at, { kind: 'timeline', index, by: event.by, note: event.note });
			}
		}
	};

	reveal(startEffects(log.state));
	for (const act of acts) {
		const effects = apply(log.add(session.now, { kind: 'act', act }));
		if (act.act === 'run') {
			const before = session.audit.length;
			const output = runLine(session, act.command);
			flush(session.audit.slice(before), output);
		} else if (act.act === 'wait') {
			session.advance(act.seconds * 1000);
			flush([], '');
		}
		reveal(effects);
	}
	return { events: [...log.events], state: log.state, world: session.world, now: session.now };
}
