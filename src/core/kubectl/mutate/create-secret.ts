/** `kubectl create secret`: the group of generic, tls and docker-registry, and literal sources. */
import { clientError, rejected } from '../errors';
import type { Env, Invocation, KubectlError, Outcome, VerbSpec } from '../types';
import { base64, secretObject } from './create-objects';
import { createObject, exactlyOneName } from './create-run';
import { createSecretHelp } from './help/create-secret';
import { createSecretDockerRegistryHelp } from './help/create-secret-docker-registry';
import { createSecretGenericHelp } from './help/create-secret-generic';
import { createSecretTlsHelp } from './help/create-secret-tls';

/** `--from-literal key=value` pairs; files are not part of the simulated world. */
export function literalData(inv: Invocation): Record<string, string> | KubectlError {
	const files = [
		...((inv.flags.get('from-file') as string[]) ?? []),
		...((inv.flags.get('from-env-file') as string[]) ?? [])
	];
	if (files.length) return clientError(`error reading ${files[0]}: no such file or directory`);
	const data: Record<string, string> = {};
	for (const lit of (inv.flags.get('from-literal') as string[]) ?? []) {
		const i = lit.indexOf('=');
		if (i <= 0) return clientError(`invalid literal source ${lit}, expected key=value`);
		const key = lit.slice(0, i);
		if (key in data)
			return clientError(`cannot add key ${key}, another key by that name already exists`);
		data[key] = lit.slice(i + 1);
	}
	return data;
}

export const isKubectlError = (v: object): v is KubectlError => 'exitCode' in v && 'message' in v;

const ns = (env: Env) => (env.namespaceGiven ? env.namespace : undefined);

function runGeneric(inv: Invocation, env: Env): Outcome {
	const usage = exactlyOneName(inv);
	if (usage) return usage;
	const data = literalData(inv);
	if (isKubectlError(data)) return rejected(data);
	const type = String(inv.flags.get('type') ?? '') || undefined;
	return createObject(inv, env, secretObject(inv.args[0], ns(env), data, type));
}

function runTls(inv: Invocation): Outcome {
	const usage = exactlyOneName(inv);
	if (usage) return usage;
	const cert = String(inv.flags.get('cert') ?? '');
	if (!cert || !inv.flags.get('key'))
		return rejected(clientError('key and cert must be specified'));
	return rejected(clientError(`Cannot read file ${cert}, open ${cert}: no such file or directory`));
}

function runDockerRegistry(inv: Invocation, env: Env): Outcome {
	const usage = exactlyOneName(inv);
	if (usage) return usage;
	const files = (inv.flags.get('from-file') as string[]) ?? [];
	if (files.length)
		return rejected(clientError(`error reading ${files[0]}: no such file or directory`));
	const get = (k: string) => String(inv.flags.get(k) ?? '');
	const [username, password, server] = [
		get('docker-username'),
		get('docker-password'),
		get('docker-server')
	];
	if (!username || !password || !server)
		return rejected(
			clientError(
				'either --from-file or the combination of --docker-username, --docker-password and --docker-server is required'
			)
		);
	const email = get('docker-email');
	const entry = {
		username,
		password,
		...(email ? { email } : {}),
		auth: base64(`${username}:${password}`)
	};
	const config = JSON.stringify({ auths: { [server]: entry } });
	const obj = secretObject(
		inv.args[0],
		ns(env),
		{ '.dockerconfigjson': config },
		'kubernetes.io/dockerconfigjson'
	);
	return createObject(inv, env, obj);
}

export const createSecretVerb: VerbSpec = {
	name: 'secret',
	...createSecretHelp,
	flags: [],
	subcommands: [
		{ name: 'docker-registry', ...createSecretDockerRegistryHelp, run: runDockerRegistry },
		{ name: 'generic', ...createSecretGenericHelp, run: runGeneric },
		{ name: 'tls', ...createSecretTlsHelp, run: runTls }
	]
};
