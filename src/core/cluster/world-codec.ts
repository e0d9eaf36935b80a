/**
 * The world as plain JSON and back: what a rehearsal checkpoint, IndexedDB, a run export and the
 * built-in worlds' snapshots keep. The object index's Maps become entry arrays in their own
 * (insertion) order, so a decoded world is the same Maps in the same order; every other cluster
 * field rides along as it is. Decoding checks the shape with zod, so a saved world that was cut
 * short or edited by hand is refused with the place it went wrong; a snapshot shipped with the
 * app, checked by a test against a fresh build, skips the check (`worldFromEncoded`).
 */
import { z } from 'zod';
import type { Cluster, KubeObject, ObjectIndex, World } from './types';

export const WORLD_ENCODING = 'preflight-world/1';

/** Only what the simulator cannot work without is checked; the rest of an object is the API's. */
const EncodedObject = z.looseObject({
	apiVersion: z.string(),
	kind: z.string(),
	metadata: z.looseObject({ name: z.string() })
});

const EncodedIndex = z.array(
	z.tuple([
		z.string(),
		z.array(z.tuple([z.string(), z.array(z.tuple([z.string(), EncodedObject]))]))
	])
);

const EncodedCluster = z.looseObject({
	name: z.string(),
	server: z.string(),
	version: z.string(),
	objects: EncodedIndex,
	resourceVersion: z.number().int(),
	rng: z.number(),
	registry: z.array(z.string()).optional(),
	lastReconciled: z.number().optional()
});

const EncodedContext = z.looseObject({
	name: z.string(),
	cluster: z.string(),
	user: z.string(),
	namespace: z.string().optional()
});

export const EncodedWorld = z.strictObject({
	encoding: z.literal(WORLD_ENCODING),
	contexts: z.array(EncodedContext),
	currentContext: z.string(),
	clusters: z.record(z.string(), EncodedCluster)
});
export type EncodedWorld = z.output<typeof EncodedWorld>;

export type DecodedWorld = { ok: true; world: World } | { ok: false; message: string };

function encodeIndex(index: ObjectIndex): EncodedWorld['clusters'][string]['objects'] {
	return [...index].map(([key, byNs]) => [
		key,
		[...byNs].map(([ns, byName]) => [ns, [...byName]] as [string, [string, KubeObject][]])
	]);
}

export function encodeWorld(world: World): EncodedWorld {
	const clusters: EncodedWorld['clusters'] = {};
	for (const [name, cluster] of Object.entries(world.clusters))
		clusters[name] = { ...cluster, objects: encodeIndex(cluster.objects) };
	return {
		encoding: WORLD_ENCODING,
		contexts: world.contexts.map((c) => ({ ...c })),
		currentContext: world.currentContext,
		clusters
	};
}

function decodeIndex(entries: EncodedWorld['clusters'][string]['objects']): ObjectIndex {
	return new Map(
		entries.map(([key, byNs]) => [
			key,
			new Map(byNs.map(([ns, byName]) => [ns, new Map(byName as [string, KubeObject][])]))
		])
	);
}

/** `clusters.prod.objects.3.1.0` → where it went wrong, as a dotted path. */
function describeIssue(issue: z.core.$ZodIssue): string {
	const path = issue.path.map(String).join('.');
	return path ? `${path}: ${issue.message}` : issue.message;
}

export function decodeWorld(json: unknown): DecodedWorld {
	if (typeof json !== 'object' || json === null || Array.isArray(json))
		return { ok: false, message: 'not a saved world: expected an object' };
	const encoding = (json as { encoding?: unknown }).encoding;
	if (encoding !== WORLD_ENCODING)
		return {
			ok: false,
			message: `not a saved world: encoding is ${JSON.stringify(encoding) ?? 'missing'}, expected "${WORLD_ENCODING}"`
		};
	const parsed = EncodedWorld.safeParse(json);
	if (!parsed.success)
		return { ok: false, message: `not a saved world: ${describeIssue(parsed.error.issues[0])}` };
	// The input itself, not zod's copy: zod may reorder keys, and `-o yaml` prints them in order.
	return { ok: true, world: worldFromEncoded(json as EncodedWorld) };
}

/** A world from an encoding known to be whole (one this build wrote); `decodeWorld` checks first. */
export function worldFromEncoded(encoded: EncodedWorld): World {
	const clusters: Record<string, Cluster> = {};
	for (const [name, cluster] of Object.entries(encoded.clusters))
		clusters[name] = { ...cluster, objects: decodeIndex(cluster.objects) } as Cluster;
	return { contexts: encoded.contexts, currentContext: encoded.currentContext, clusters };
}
