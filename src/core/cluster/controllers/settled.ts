/**
 * What a pass that changed nothing leaves behind, so that the next passes can be skipped: per
 * controller, the earliest wakeup it asked for and the earliest time it falls due (something it
 * would do by itself, like an HPA's next sync period, without needing a pass there). Until the
 * first wakeup, a pass changes nothing but for the controllers that fall due, so only those run.
 * Keyed by cluster object: any write makes a new cluster, which is not in here.
 */
import type { Cluster } from '../types';

export interface Calm {
	/** By controller (in pass order): the earliest wakeup it asked for. */
	wake: (number | undefined)[];
	/** By controller: the earliest time it falls due. */
	due: (number | undefined)[];
	/** When the next event expires (a wakeup too). */
	expiry: number | undefined;
}

export const settled = new WeakMap<Cluster, Calm>();

/** For tests: run every skipped or partial pass in full too, and throw when they differ. */
export const settledCheck = { on: false };

/** The earliest of some times (Infinity for none). */
export function earliest(times: readonly (number | undefined)[]): number {
	let min = Infinity;
	for (const t of times) if (t !== undefined && t < min) min = t;
	return min;
}

/** The controllers (indexes) due at or before `now`. */
export function dueBy(calm: Calm, now: number): number[] {
	const out: number[] = [];
	calm.due.forEach((at, i) => {
		if (at !== undefined && at <= now) out.push(i);
	});
	return out;
}

/** `calm` with what a partial round said about the controllers it ran. */
export function merged(calm: Calm, ran: readonly number[], round: Omit<Calm, 'expiry'>): Calm {
	const wake = [...calm.wake];
	const due = [...calm.due];
	for (const i of ran) {
		wake[i] = round.wake[i];
		due[i] = round.due[i];
	}
	return { wake, due, expiry: calm.expiry };
}

interface Passed {
	cluster: Cluster;
	wakeup: number | undefined;
}

/** Throws unless a shortcut pass gave what the full pass gives. */
export function assertSame(input: Cluster, now: number, shortcut: Passed, full: Passed): void {
	const a = shortcut.cluster;
	const b = full.cluster;
	if (
		a.objects === b.objects &&
		a.resourceVersion === b.resourceVersion &&
		a.rng === b.rng &&
		shortcut.wakeup === full.wakeup
	)
		return;
	const changed: string[] = [];
	for (const [key, byNs] of b.objects)
		for (const [ns, names] of byNs)
			for (const [name, obj] of names)
				if (input.objects.get(key)?.get(ns)?.get(name) !== obj)
					changed.push(`${key} ${ns}/${name}`);
	throw new Error(
		`pass at ${now} (last ${input.lastReconciled}) on ${input.name}: the shortcut gave rv ${a.resourceVersion}, wakeup ${shortcut.wakeup}; the full pass rv ${b.resourceVersion}, wakeup ${full.wakeup}, changing ${changed.join(', ') || 'nothing'}`
	);
}
