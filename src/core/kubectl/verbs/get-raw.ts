/**
 * `kubectl get --raw PATH`: a GET of one API path, its body printed as the server sent it. The
 * simulator serves the health checks, `/version` and the discovery roots; other paths are
 * NotFound. kubectl's own checks (no resource args, no filtering flags, no `-o`, a valid URL path)
 * come first, before any request.
 */
import { API_RESOURCES } from '../../cluster/resources';
import type { Cluster } from '../../cluster/types';
import { clusterOf } from '../../cluster/world';
import { clientError, failed, rejected, unknownContext } from '../errors';
import type { Env, Invocation, KubectlError, Outcome } from '../types';
import { serverInfo } from './version';

const NOT_FOUND: KubectlError = {
	message: 'Error from server (NotFound): the server could not find the requested resource\n',
	exitCode: 1
};

/** Go's `url.ParseRequestURI`: an absolute path or an absolute URL. */
function parseRequestUri(raw: string): string | undefined {
	if (raw.startsWith('/')) return raw;
	const m = /^[a-zA-Z][a-zA-Z0-9+.-]*:\/\/[^/]*(\/.*)?$/.exec(raw);
	return m ? (m[1] ?? '/') : undefined;
}

/** kubectl's Complete and Validate checks for `--raw`, in its order. */
function validate(inv: Invocation, raw: string): KubectlError | undefined {
	if (inv.args.length) return clientError('arguments may not be passed when --raw is specified');
	const filters = ['watch', 'watch-only'].some((f) => inv.flags.get(f) === true);
	if (filters || String(inv.flags.get('selector') ?? '') !== '') {
		return clientError(
			'--raw may not be specified with other flags that filter the server request or alter the output'
		);
	}
	if (String(inv.flags.get('output') ?? '') !== '') {
		return clientError('--raw and --output are mutually exclusive');
	}
	if (parseRequestUri(raw) === undefined) {
		return clientError(`--raw must be a valid URL path: parse "${raw}": invalid URI for request`);
	}
	return undefined;
}

/** `/api`: the core group's versions, written by the server's JSON encoder (newline-terminated). */
function coreVersions(cluster: Cluster): string {
	const host = cluster.server.replace(/^https?:\/\//, '').replace(/\/.*$/, '');
	const serverAddress = /:\d+$/.test(host) ? host : `${host}:443`;
	return `${JSON.stringify({
		kind: 'APIVersions',
		versions: ['v1'],
		serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress }]
	})}\n`;
}

/** `/apis`: every named group with its versions, preferred version first as discovery lists it. */
function groupList(): string {
	const groups = new Map<string, { versions: string[]; preferred: string }>();
	for (const r of API_RESOURCES) {
		if (!r.group) continue;
		const g = groups.get(r.group) ?? { versions: [], preferred: '' };
		if (!g.versions.includes(r.version)) g.versions.push(r.version);
		if (r.preferred) g.preferred = r.version;
		groups.set(r.group, g);
	}
	const gv = (group: string, version: string) => ({ groupVersion: `${group}/${version}`, version });
	const list = [...groups].map(([name, g]) => {
		const preferred = g.preferred || g.versions[0];
		const ordered = [preferred, ...g.versions.filter((v) => v !== preferred)];
		return {
			name,
			versions: ordered.map((v) => gv(name, v)),
			preferredVersion: gv(name, preferred)
		};
	});
	return `${JSON.stringify({ kind: 'APIGroupList', apiVersion: 'v1', groups: list })}\n`;
}

/** The body the simulated API server returns for `path`, or undefined (NotFound). */
export function rawBody(cluster: Cluster, path: string): string | undefined {
	const bare = path.replace(/\?.*$/, '').replace(/(.)\/$/, '$1');
	switch (bare) {
		case '/healthz':
		case '/readyz':
		case '/livez':
			// Health endpoints answer a bare `ok`, without a newline.
			return 'ok';
		case '/version':
			// The version handler writes indented JSON, without a newline.
			return JSON.stringify(serverInfo(cluster.version), null, 2);
		case '/api':
			return coreVersions(cluster);
		case '/apis':
			return groupList();
		default:
			return undefined;
	}
}

/** Runs `get --raw`; `raw` is the flag's non-empty value. */
export function getRaw(inv: Invocation, env: Env, raw: string): Outcome {
	const invalid = validate(inv, raw);
	if (invalid) return rejected(invalid);
	const cluster = clusterOf(env.world, env.context);
	if (!cluster) return failed(unknownContext(env.context));
	const body = rawBody(cluster, parseRequestUri(raw)!);
	if (body === undefined) return failed(NOT_FOUND);
	return { stdout: body, stderr: '', exitCode: 0 };
}
