/**
 * `kubectl config`: the kubeconfig view of the world. Only the context switch and the context
 * namespace change anything; credentials are not modelled, so `view` shows them as kubectl
 * redacts them (`DATA+OMITTED`, `REDACTED`).
 */
import type { KubeContext, World } from '../../cluster/types';
import { clientError, failed, rejected } from '../errors';
import type { Env, Invocation, Outcome, VerbSpec } from '../types';
import { TABLE_TABS, tabify } from '../describe/tabwriter';
import { toYaml } from '../printers/print-objects';
import { SHOW_MANAGED_FIELDS_FLAG, TEMPLATE_FLAG } from '../flags/common';

const ok = (stdout: string, world?: World): Outcome => ({ stdout, stderr: '', exitCode: 0, world });

function unexpectedArgs(args: string[]): Outcome {
	return { ...failed(clientError(`Unexpected args: [${args.join(' ')}]`)), rejected: true };
}

function byName(a: { name: string }, b: { name: string }): number {
	return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

function getContexts(inv: Invocation, env: Env): Outcome {
	const { world } = env;
	const output = String(inv.flags.get('output') ?? '');
	if (output !== '' && output !== 'name') {
		return rejected(
			clientError(
				`--output ${output} is not available in kubectl config get-contexts; resetting to default output format`
			)
		);
	}
	const names = output === 'name';
	const wanted = inv.args.length ? inv.args : world.contexts.map((c) => c.name);
	const rows: string[] = [];
	let stderr = '';
	for (const name of [...wanted].sort()) {
		const ctx = world.contexts.find((c) => c.name === name);
		if (!ctx) {
			stderr = `error: context ${name} not found\n`;
			continue;
		}
		const mark = ctx.name === world.currentContext ? '*' : '';
		rows.push(
			names ? ctx.name : [mark, ctx.name, ctx.cluster, ctx.user, ctx.namespace ?? ''].join('\t')
		);
	}
	const header =
		names || inv.flags.get('no-headers') === true
			? []
			: ['CURRENT\tNAME\tCLUSTER\tAUTHINFO\tNAMESPACE'];
	const lines = [...header, ...rows];
	const stdout = lines.length ? tabify(`${lines.join('\n')}\n`, TABLE_TABS) : '';
	return { stdout, stderr, exitCode: stderr ? 1 : 0 };
}

function currentContext(_inv: Invocation, env: Env): Outcome {
	if (!env.world.currentContext) return failed(clientError('current-context is not set'));
	return ok(`${env.world.currentContext}\n`);
}

function useContext(inv: Invocation, env: Env): Outcome {
	if (inv.args.length !== 1) return unexpectedArgs(inv.args);
	const name = inv.args[0];
	if (!env.world.contexts.some((c) => c.name === name)) {
		// kubectl checks the kubeconfig it loaded: a refusal before any request.
		return rejected(clientError(`no context exists with the name: "${name}"`));
	}
	return ok(`Switched to context "${name}".\n`, { ...env.world, currentContext: name });
}

function setContext(inv: Invocation, env: Env): Outcome {
	const current = inv.flags.get('current') === true;
	if (inv.args.length > 1 || (current && inv.args.length)) return unexpectedArgs(inv.args);
	const name = current ? env.world.currentContext : (inv.args[0] ?? '');
	if (!name) return failed(clientError('you must specify a non-empty context name or --current'));
	const existing = env.world.contexts.find((c) => c.name === name);
	const next: KubeContext = { ...(existing ?? { name, cluster: '', user: '' }) };
	const str = (flag: string) => (inv.given.has(flag) ? String(inv.flags.get(flag)) : undefined);
	const namespace = str('namespace') ?? (env.namespaceGiven ? env.namespace : undefined);
	if (namespace !== undefined) next.namespace = namespace;
	next.cluster = str('cluster') ?? next.cluster;
	next.user = str('user') ?? next.user;
	const contexts = existing
		? env.world.contexts.map((c) => (c === existing ? next : c))
		: [...env.world.contexts, next];
	const verb = existing ? 'modified' : 'created';
	return ok(`Context "${name}" ${verb}.\n`, { ...env.world, contexts });
}

function getClusters(_inv: Invocation, env: Env): Outcome {
	return ok(['NAME', ...Object.keys(env.world.clusters)].map((n) => `${n}\n`).join(''));
}

/** The kubeconfig as kubectl holds it, with credentials redacted the way `config view` shows them. */
function kubeconfig(world: World, minify: boolean) {
	const contexts = minify
		? world.contexts.filter((c) => c.name === world.currentContext)
		: world.contexts;
	const clusterNames = new Set(
		minify ? contexts.map((c) => c.cluster) : Object.keys(world.clusters)
	);
	const users = [...new Set(contexts.map((c) => c.user))].filter(Boolean).sort();
	return {
		kind: 'Config',
		apiVersion: 'v1',
		preferences: {},
		clusters: [...clusterNames]
			.filter((n) => world.clusters[n])
			.sort()
			.map((name) => ({
				name,
				cluster: {
					server: world.clusters[name].server,
					'certificate-authority-data': 'DATA+OMITTED'
				}
			})),
		users: users.map((name) => ({ name, user: { token: 'REDACTED' } })),
		contexts: [...contexts].sort(byName).map((c) => ({
			name: c.name,
			context: {
				cluster: c.cluster,
				user: c.user,
				...(c.namespace ? { namespace: c.namespace } : {})
			}
		})),
		'current-context': world.currentContext
	};
}

function view(inv: Invocation, env: Env): Outcome {
	if (inv.args.length) return unexpectedArgs(inv.args);
	const config = kubeconfig(env.world, inv.flags.get('minify') === true);
	const output = String(inv.flags.get('output') ?? 'yaml');
	if (output === 'json') return ok(`${JSON.stringify(config, null, 4)}\n`);
	if (output === 'yaml') return ok(toYaml(config));
	return failed(
		clientError(
			`unable to match a printer suitable for the output format "${output}", allowed formats are: ${PRINTERS}`
		)
	);
}

const noHeaders = {
	name: 'no-headers',
	type: 'bool' as const,
	default: false,
	description:
		"When using the default or custom-column output format, don't print headers (default print headers)."
};

const PRINTERS =
	'go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml';

const templateFlags = [
	{
		name: 'allow-missing-template-keys',
		type: 'bool' as const,
		default: true,
		description:
			'If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.'
	}
];

export const configVerb: VerbSpec = {
	name: 'config',
	short: 'Modify kubeconfig files',
	long: `Modify kubeconfig files using subcommands like "kubectl config set current-context my-context".

 The loading order follows these rules:

  1.  If the --kubeconfig flag is set, then only that file is loaded. The flag may only be set once and no merging takes place.
  2.  If $KUBECONFIG environment variable is set, then it is used as a list of paths (normal path delimiting rules for your system). These paths are merged. When a value is modified, it is modified in the file that defines the stanza. When a value is created, it is created in the first file that exists. If no files in the chain exist, then it creates the last file in the list.
  3.  Otherwise, \${HOME}/.kube/config is used and no merging takes place.`,
	usage: 'kubectl config SUBCOMMAND [options]',
	flags: [],
	subcommands: [
		{
			name: 'current-context',
			short: 'Display the current-context',
			long: `Display the current-context.

Examples:
  # Display the current-context
  kubectl config current-context`,
			usage: 'kubectl config current-context [flags] [options]',
			flags: [],
			run: currentContext
		},
		{
			name: 'get-clusters',
			short: 'Display clusters defined in the kubeconfig',
			long: `Display clusters defined in the kubeconfig.

Examples:
  # List the clusters that kubectl knows about
  kubectl config get-clusters`,
			usage: 'kubectl config get-clusters [flags] [options]',
			flags: [],
			run: getClusters
		},
		{
			name: 'get-contexts',
			short: 'Describe one or many contexts',
			long: `Display one or many contexts from the kubeconfig file.

Examples:
  # List all the contexts in your kubeconfig file
  kubectl config get-contexts
  
  # Describe one context in your kubeconfig file
  kubectl config get-contexts my-context`,
			usage: 'kubectl config get-contexts [(-o|--output=)name)] [options]',
			flags: [
				noHeaders,
				{
					name: 'output',
					short: 'o',
					type: 'string',
					default: '',
					description: 'Output format. One of: (name).'
				}
			],
			run: getContexts
		},
		{
			name: 'set-context',
			short: 'Set a context entry in kubeconfig',
			long: `Set a context entry in kubeconfig.

 Specifying a name that already exists will merge new fields on top of existing values for those fields.

Examples:
  # Set the user field on the gce context entry without touching other values
  kubectl config set-context gce --user=cluster-admin`,
			usage:
				'kubectl config set-context [NAME | --current] [--cluster=cluster_nickname] [--user=user_nickname] [--namespace=namespace] [options]',
			flags: [
				{
					name: 'cluster',
					type: 'string',
					default: '',
					description: 'cluster for the context entry in kubeconfig'
				},
				{
					name: 'current',
					type: 'bool',
					default: false,
					description: 'Modify the current context'
				},
				{
					name: 'namespace',
					type: 'string',
					default: '',
					description: 'namespace for the context entry in kubeconfig'
				},
				{
					name: 'user',
					type: 'string',
					default: '',
					description: 'user for the context entry in kubeconfig'
				}
			],
			run: setContext
		},
		{
			name: 'use-context',
			aliases: ['use'],
			short: 'Set the current-context in a kubeconfig file',
			long: `Set the current-context in a kubeconfig file.

Aliases:
use-context, use

Examples:
  # Use the context for the minikube cluster
  kubectl config use-context minikube`,
			usage: 'kubectl config use-context CONTEXT_NAME [options]',
			flags: [],
			run: useContext
		},
		{
			name: 'view',
			short: 'Display merged kubeconfig settings or a specified kubeconfig file',
			long: `Display merged kubeconfig settings or a specified kubeconfig file.

 You can use --output jsonpath={...} to extract specific values using a jsonpath expression.

Examples:
  # Show merged kubeconfig settings
  kubectl config view
  
  # Show merged kubeconfig settings, raw certificate data, and exposed secrets
  kubectl config view --raw
  
  # Get the password for the e2e user
  kubectl config view -o jsonpath='{.users[?(@.name == "e2e")].user.password}'`,
			usage: 'kubectl config view [flags] [options]',
			flags: [
				...templateFlags,
				{
					name: 'flatten',
					type: 'bool',
					default: false,
					description:
						'Flatten the resulting kubeconfig file into self-contained output (useful for creating portable kubeconfig files)'
				},
				{
					name: 'merge',
					type: 'bool',
					default: true,
					description: 'Merge the full hierarchy of kubeconfig files'
				},
				{
					name: 'minify',
					type: 'bool',
					default: false,
					description: 'Remove all information not used by current-context from the output'
				},
				{
					name: 'output',
					short: 'o',
					type: 'string',
					default: 'yaml',
					description:
						'Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).'
				},
				{
					name: 'raw',
					type: 'bool',
					default: false,
					description: 'Display raw byte data and sensitive data'
				},
				SHOW_MANAGED_FIELDS_FLAG,
				TEMPLATE_FLAG
			],
			run: view
		}
	]
};
