/**
 * Puts what the runtime reports (audit records, timeline events) into the log in the order it
 * happened, whatever order the replies arrive in: each reply says how many items the runtime has
 * reported so far (`reported`), so a reply that arrives early waits for the ones before it and a
 * reply seen twice is taken once. While a line runs, a timeline event waits for the line's
 * commands that started before it — the log then reads as `replay`'s (each line's items in time
 * order, the timeline first on a tie); a checkpoint's items (`flush`) put everything in at once.
 */
import type { RuntimeReply } from '../../adapters/runtime/runtime';
import { replyEvents, type Timed } from './reply-events';

export interface Batch {
	/** The reply's records and timeline events, in the runtime's order. */
	items: Pick<RuntimeReply, 'records' | 'happened'>;
	/** The runtime's count after these items; absent: right after the last batch taken. */
	reported?: number;
	/** A line still runs after this batch. */
	running: boolean;
	/** Log everything held (a checkpoint: the world holds it all). */
	flush?: boolean;
	/** Called once this batch's items are logged (a checkpoint's place in the log). */
	taken?: () => void;
}

function count(items: Batch['items']): number {
	return (items.records?.length ?? 0) + (items.happened?.length ?? 0);
}

/** Timeline first on a tie; otherwise arrival order (the sort is stable). */
function byTime(a: Timed, b: Timed): number {
	const rank = (t: Timed) => (t.body.kind === 'timeline' ? 0 : 1);
	return a.at - b.at || rank(a) - rank(b);
}

export class ReportedItems {
	/** Items taken so far, in the runtime's count. */
	#taken: number;
	/** Batches that arrived before an earlier one, by the count they start at. */
	readonly #early = new Map<number, Batch[]>();
	#held: Timed[] = [];
	readonly #log: (item: Timed, running: boolean) => void;

	/** `taken`: the runtime's count when this starts; `log` logs one item. */
	constructor(taken: number, log: (item: Timed, running: boolean) => void) {
		this.#taken = taken;
		this.#log = log;
	}

	/** Takes a batch now, or once the batches before it have come; a repeat is dropped. */
	add(batch: Batch): void {
		const n = count(batch.items);
		const first = batch.reported === undefined ? this.#taken : batch.reported - n;
		// Seen already (a reply passed on twice): its items are in the log.
		if (n > 0 && first < this.#taken) return;
		if (first > this.#taken) {
			const waiting = this.#early.get(first) ?? [];
			// A batch with no items goes before one that starts where it does: it came first.
			if (n === 0) waiting.unshift(batch);
			else waiting.push(batch);
			this.#early.set(first, waiting);
			return;
		}
		this.#take(batch);
		for (let next = this.#early.get(this.#taken); next; next = this.#early.get(this.#taken)) {
			this.#early.delete(this.#taken);
			for (const waiting of next) this.#take(waiting);
		}
	}

	/** Batches waiting for an earlier one (a reply the page has not passed on yet). */
	get waiting(): number {
		return this.#early.size;
	}

	#take(batch: Batch): void {
		this.#taken += count(batch.items);
		const items = replyEvents(batch.items);
		this.#held.push(...items);
		this.#held.sort(byTime);
		let upTo = -Infinity;
		if (batch.flush || !batch.running) upTo = Infinity;
		else for (const { at, body } of items) if (body.kind === 'command') upTo = Math.max(upTo, at);
		const ready = this.#held.filter((item) => item.at <= upTo);
		this.#held = this.#held.filter((item) => item.at > upTo);
		for (const item of ready) this.#log(item, batch.running);
		batch.taken?.();
	}
}
