/**
 * `blastRadius(world, now, line)`: what a command line would change, found by running it through
 * the kubectl simulator on the state at `now` and diffing the worlds — the objects it changes, the
 * pods the controllers and evictions will then create, evict or kill, the replica deltas, and one
 * plain sentence. A read-only line has an empty radius; a line kubectl refuses is `ok: false`.
 */
import { resolveResourceType } from '../cluster/resources';
import type { World } from '../cluster/types';
import type { ClassifiedCommand } from './classify';
import { consequences, type PodCounts, type ReplicaDelta } from './consequences';
import { publicChange, type ObjectChange } from './diff-worlds';
import { radiusSentence } from './sentence';
import { simulate } from './simulate';

export type { ObjectChange } from './diff-worlds';

export interface BlastRadius {
	context: string;
	/** Where it acts; omitted when everything it changes is cluster-scoped (nodes). */
	namespace?: string;
	/** Exactly the objects the command itself changes. */
	objects: ObjectChange[];
	/** What controllers and evictions will then do. */
	pods: PodCounts;
	/** `deployment/payments-secondary` 2 → 6. */
	replicas: ReplicaDelta[];
	sentence: string;
}

/** A command whose named resources are all cluster-scoped (`cordon NODE`, `get nodes`). */
function clusterScoped(command: ClassifiedCommand): boolean {
	const resources = command.target?.resources ?? [];
	return (
		resources.length > 0 && resources.every((r) => resolveResourceType(r)?.namespaced === false)
	);
}

export type BlastRadiusResult = { ok: true; radius: BlastRadius } | { ok: false; message: string };

export function blastRadius(world: World, now: number, line: string): BlastRadiusResult {
	const sim = simulate(world, now, line);
	if (!sim.ok) return sim;
	const out = consequences(sim.steps);
	const changes = sim.steps.flatMap((s) => s.changes);
	const namespaced = sim.steps.length === 0 || changes.some((c) => c.namespace);
	const localOnly = sim.steps.length > 0 && sim.steps.every((s) => s.command.localConfig);
	const nodeVerb =
		sim.steps.length > 0 &&
		(sim.steps.every((s) => clusterScoped(s.command)) || (changes.length > 0 && !namespaced));
	return {
		ok: true,
		radius: {
			context: sim.context,
			...(!localOnly && !nodeVerb && { namespace: sim.namespace }),
			objects: changes.map(publicChange),
			pods: out.pods,
			replicas: out.replicas,
			sentence: radiusSentence(sim.steps, out)
		}
	};
}
