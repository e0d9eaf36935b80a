/** `kubectl create` and its namespace, deployment, configmap and secret subcommands. */
import { clientError, rejected } from '../errors';
import { configMapObject, deploymentObject, namespaceObject } from '../mutate/create-objects';
import { createJob } from '../mutate/create-job';
import { createObject, exactlyOneName } from '../mutate/create-run';
import { createSecretVerb, isKubectlError, literalData } from '../mutate/create-secret';
import { createHelp } from '../mutate/help/create';
import { RECORD_FLAG } from '../mutate/record';
import { createConfigmapHelp } from '../mutate/help/create-configmap';
import { createDeploymentHelp } from '../mutate/help/create-deployment';
import { createNamespaceHelp } from '../mutate/help/create-namespace';
import type { Env, Invocation, Outcome, VerbSpec } from '../types';

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
	if (isKubectlError(data)) return rejected(data);
	return createObject(inv, env, configMapObject(inv.args[0], ns(env), data));
}

export const createVerb: VerbSpec = {
	name: 'create',
	...createHelp,
	flags: [...createHelp.flags, RECORD_FLAG],
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
		createJob,
		{ name: 'namespace', aliases: ['ns'], ...createNamespaceHelp, run: runNamespace },
		createSecretVerb
	]
};
