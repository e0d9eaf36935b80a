/** `kubectl create` and its namespace, deployment, configmap and secret generic subcommands. */
import { clientError, rejected } from '../errors';
import {
	configMapObject,
	deploymentObject,
	namespaceObject,
	secretObject
} from '../mutate/create-objects';
import { createObject, exactlyOneName } from '../mutate/create-run';
import { groupRun } from '../mutate/group-run';
import { createHelp } from '../mutate/help/create';
import { createConfigmapHelp } from '../mutate/help/create-configmap';
import { createDeploymentHelp } from '../mutate/help/create-deployment';
import { createNamespaceHelp } from '../mutate/help/create-namespace';
import { createSecretHelp } from '../mutate/help/create-secret';
import { createSecretGenericHelp } from '../mutate/help/create-secret-generic';
import type { Env, Invocation, KubectlError, Outcome, VerbSpec } from '../types';

/** `--from-literal key=value` pairs; files are not part of the simulated world. */
function literalData(inv: Invocation): Record<string, string> | KubectlError {
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

const ns = (env: Env) => (env.namespaceGiven ? env.namespace : undefined);

function runNamespace(inv: Invocation, env: Env): Outcome {
	return exactlyOneName(inv) ?? createObject(inv, env, namespaceObject(inv.args[0]));
}

function runDeployment(inv: Invocation, env: Env): Outcome {
	const images = (inv.flags.get('image') as string[]) ?? [];
	if (!inv.given.has('image') || images.length === 0)
		return rejected(clientError('required flag(s) "image" not set'));
	// `create deployment NAME --image=I -- COMMAND ARGS…`: words after `--` are the command.
	const dash = inv.argv.indexOf('--');
	const command = dash >= 0 ? inv.argv.slice(dash + 1) : [];
	const named = { ...inv, args: inv.args.slice(0, inv.args.length - command.length) };
	const usage = exactlyOneName(named);
	if (usage) return usage;
	const replicas = Number(inv.flags.get('replicas') ?? 1);
	const obj = deploymentObject(
		inv.args[0],
		ns(env),
		images,
		replicas,
		Number(inv.flags.get('port') ?? -1),
		command
	);
	const check = () =>
		replicas < 0
			? `Deployment.apps "${inv.args[0]}" is invalid: spec.replicas: Invalid value: ${replicas}: must be greater than or equal to 0\n`
			: undefined;
	return createObject(inv, env, obj, check);
}

function runConfigMap(inv: Invocation, env: Env): Outcome {
	const usage = exactlyOneName(inv);
	if (usage) return usage;
	const data = literalData(inv);
	if ('exitCode' in data && typeof data.exitCode === 'number')
		return rejected(data as KubectlError);
	return createObject(
		inv,
		env,
		configMapObject(inv.args[0], ns(env), data as Record<string, string>)
	);
}

function runSecretGeneric(inv: Invocation, env: Env): Outcome {
	const usage = exactlyOneName(inv);
	if (usage) return usage;
	const data = literalData(inv);
	if ('exitCode' in data && typeof data.exitCode === 'number')
		return rejected(data as KubectlError);
	const type = String(inv.flags.get('type') ?? '') || undefined;
	return createObject(
		inv,
		env,
		secretObject(inv.args[0], ns(env), data as Record<string, string>, type)
	);
}

const secret: VerbSpec = {
	name: 'secret',
	...createSecretHelp,
	flags: [],
	subcommands: [{ name: 'generic', ...createSecretGenericHelp, run: runSecretGeneric }],
	run: groupRun(() => secret, 'stderr')
};

export const createVerb: VerbSpec = {
	name: 'create',
	...createHelp,
	// Creating from files needs a filesystem the simulator does not have.
	run: (inv) => {
		const files = (inv.flags.get('filename') as string[] | undefined) ?? [];
		if (files.length) return rejected(clientError(`the path "${files[0]}" does not exist`));
		if (inv.args.length) return rejected(clientError(`Unexpected args: [${inv.args.join(' ')}]`));
		return rejected(clientError('must specify one of -f and -k'));
	},
	subcommands: [
		{ name: 'configmap', aliases: ['cm'], ...createConfigmapHelp, run: runConfigMap },
		{ name: 'deployment', aliases: ['deploy'], ...createDeploymentHelp, run: runDeployment },
		{ name: 'namespace', aliases: ['ns'], ...createNamespaceHelp, run: runNamespace },
		secret
	]
};
