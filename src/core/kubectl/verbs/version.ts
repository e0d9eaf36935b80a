/** `kubectl version`: the client build (v1.32.5, as the real binary reports) and the server's. */
import { clusterOf } from '../../cluster/world';
import { toYaml } from '../printers/print-objects';
import { clientError, failed, rejected, unknownContext } from '../errors';
import type { Env, Invocation, Outcome, VerbSpec } from '../types';

interface Info {
	major: string;
	minor: string;
	gitVersion: string;
	gitCommit: string;
	gitTreeState: string;
	buildDate: string;
	goVersion: string;
	compiler: string;
	platform: string;
}

/** The official v1.32.5 build the project is held to (`kubectl.1.32 version --client -o json`). */
export const CLIENT_VERSION: Info = {
	major: '1',
	minor: '32',
	gitVersion: 'v1.32.5',
	gitCommit: '9894294ef13a5b32803e3ca2c0d620a088cc84d1',
	gitTreeState: 'clean',
	buildDate: '2025-05-15T09:12:10Z',
	goVersion: 'go1.23.8',
	compiler: 'gc',
	platform: 'linux/amd64'
};
export const KUSTOMIZE_VERSION = 'v5.5.0';

/** Server build info for a cluster's `v1.x.y`; the commit is a stable stand-in derived from it. */
export function serverInfo(gitVersion: string): Info {
	const [major = '1', minor = '0'] = gitVersion.replace(/^v/, '').split('.');
	let hash = '';
	for (let i = 0; hash.length < 40; i++) {
		let h = 2166136261 ^ i;
		for (const ch of gitVersion) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
		hash += (h >>> 0).toString(16).padStart(8, '0');
	}
	return {
		major,
		minor,
		gitVersion,
		gitCommit: hash.slice(0, 40),
		gitTreeState: 'clean',
		buildDate: '2025-04-22T15:55:12Z',
		goVersion: 'go1.23.6',
		compiler: 'gc',
		platform: 'linux/amd64'
	};
}

/** kubectl warns when the minor versions are more than one apart. */
function skewWarning(server: Info): string {
	const client = Number(CLIENT_VERSION.minor);
	const minor = Number(server.minor);
	if (Math.abs(client - minor) <= 1) return '';
	return `WARNING: version difference between client (${CLIENT_VERSION.major}.${client}) and server (${server.major}.${minor}) exceeds the supported minor version skew of +/-1\n`;
}

function render(doc: Record<string, unknown>, output: string): string {
	if (output === 'json') return `${JSON.stringify(doc, null, 2)}\n`;
	if (output === 'yaml') return toYaml(doc);
	const lines = [
		`Client Version: ${CLIENT_VERSION.gitVersion}`,
		`Kustomize Version: ${KUSTOMIZE_VERSION}`
	];
	const server = doc.serverVersion as Info | undefined;
	if (server) lines.push(`Server Version: ${server.gitVersion}`);
	return `${lines.join('\n')}\n`;
}

function run(inv: Invocation, env: Env): Outcome {
	const output = String(inv.flags.get('output') ?? '');
	if (output !== '' && output !== 'json' && output !== 'yaml') {
		return rejected(clientError("--output must be 'yaml' or 'json'"));
	}
	const doc: Record<string, unknown> = {
		clientVersion: CLIENT_VERSION,
		kustomizeVersion: KUSTOMIZE_VERSION
	};
	if (inv.flags.get('client') === true)
		return { stdout: render(doc, output), stderr: '', exitCode: 0 };
	const cluster = clusterOf(env.world, env.context);
	if (!cluster) return failed(unknownContext(env.context));
	const server = serverInfo(cluster.version);
	doc.serverVersion = server;
	return { stdout: render(doc, output), stderr: skewWarning(server), exitCode: 0 };
}

export const versionVerb: VerbSpec = {
	name: 'version',
	short: 'Print the client and server version information',
	long: `Print the client and server version information for the current context.

Examples:
  # Print the client and server versions for the current context
  kubectl version`,
	usage: 'kubectl version [flags] [options]',
	flags: [
		{
			name: 'client',
			type: 'bool',
			default: false,
			description: 'If true, shows client version only (no server required).'
		},
		{
			name: 'output',
			short: 'o',
			type: 'string',
			default: '',
			description: "One of 'yaml' or 'json'."
		}
	],
	run
};
