/**
 * A scenario's own contexts: each `world.contexts[]` entry's manifests (inline and files beside
 * the scenario) built into a cluster seen at `now`, the way the CLI builds a manifests file.
 * Problems name the entry's field; manifest errors keep the parser's `file:line:col` message.
 */
import { buildCluster } from '../cluster/build';
import { parseManifests } from '../cluster/manifests';
import { Random } from '../clock/random';
import type { Cluster, KubeContext, KubeObject } from '../cluster/types';
import type { ContextSpec } from './schema';

export type ProblemPath = (string | number)[];
export interface PrepareProblem {
	path: ProblemPath;
	message: string;
}
/** Reads a file beside the scenario (path as written in the scenario), or undefined. */
export type ReadFile = (path: string) => string | undefined;

export interface BuiltContext {
	context: KubeContext;
	cluster: Cluster;
}

/** The objects a context declares, or the problems that keep it from being built. */
export function contextObjects(
	spec: ContextSpec,
	index: number,
	readFile: ReadFile
): { objects: KubeObject[]; problems: PrepareProblem[] } {
	const base: ProblemPath = ['world', 'contexts', index];
	const objects: KubeObject[] = [];
	const problems: PrepareProblem[] = [];
	const add = (text: string, file: string, path: ProblemPath) => {
		// Objects that name no namespace go to the context's, as `kubectl apply` would put them.
		const parsed = parseManifests(text, file, spec.namespace);
		if (parsed.ok) objects.push(...parsed.objects);
		else for (const e of parsed.errors) problems.push({ path, message: e.message });
	};
	if (spec.manifests !== undefined) add(spec.manifests, 'manifests', [...base, 'manifests']);
	spec.files.forEach((file, j) => {
		const text = readFile(file);
		if (text === undefined)
			problems.push({ path: [...base, 'files', j], message: `cannot read ${file}` });
		else add(text, file, [...base, 'files', j]);
	});
	return { objects, problems };
}

/** The context and its cluster, built at `now` from its objects. */
export function buildContext(
	spec: ContextSpec,
	objects: KubeObject[],
	seed: number,
	now: number
): BuiltContext {
	const name = spec.cluster ?? spec.name;
	const cluster = buildCluster({
		name,
		server: spec.server ?? eksServer(spec.name, seed),
		...(spec.version ? { version: spec.version } : {}),
		seed,
		objects,
		now,
		basics: spec.basics
	});
	const context: KubeContext = { name: spec.name, cluster: name, user: name };
	return { context: spec.namespace ? { ...context, namespace: spec.namespace } : context, cluster };
}

/** An EKS-style endpoint, in the region the context's name mentions (else us-east-1). */
function eksServer(contextName: string, seed: number): string {
	const region = /\b(us|eu|ap|sa|ca|me|af|il)-[a-z]+-\d\b/.exec(contextName)?.[0] ?? 'us-east-1';
	const id = new Random(seed).string(32, '0123456789ABCDEF');
	return `https://${id}.gr7.${region}.eks.amazonaws.com`;
}
