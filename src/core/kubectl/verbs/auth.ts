/**
 * `kubectl auth can-i` and `kubectl auth whoami`, answered from one built-in policy: the trainee
 * is an on-call engineer, bound (as kubeconfig user `oncall`, group `oncall`) to
 * - read (get, list, watch) every served resource in every namespace and cluster-wide, except
 *   Secrets in system namespaces (kube-system, kube-public, kube-node-lease): no secret reads there;
 * - create, update, patch, delete and deletecollection namespaced resources in application
 *   namespaces (anything not a system namespace); system namespaces are read-only;
 * - patch and update nodes (cordon, uncordon, taint) and create `pods/eviction` in every
 *   namespace (drain);
 * - the discovery URLs every authenticated user may GET.
 * Rules grant only the verbs discovery lists for a resource. Unknown resources are never allowed.
 */
import { API_RESOURCES, resolveResourceType, type ApiResource } from '../../cluster/resources';
import { findContext } from '../../cluster/world';
import { TABLE_TABS, tabify } from '../describe/tabwriter';
import { clientError, rejected } from '../errors';
import { toJson, toYaml } from '../printers/print-objects';
import type { Env, Invocation, Outcome, VerbSpec } from '../types';
import { ALL_NAMESPACES_CHECK_FLAG } from '../flags/common';

const SYSTEM_NAMESPACES = new Set(['kube-system', 'kube-public', 'kube-node-lease']);
const READ = ['get', 'list', 'watch'];
const WRITE = ['create', 'update', 'patch', 'delete', 'deletecollection'];
const RESOURCE_VERBS = [...READ, ...WRITE, 'use', 'bind', 'impersonate', '*'];
const URL_VERBS = ['get', 'put', 'post', 'head', 'options', 'delete', 'patch', '*'];
const PUBLIC_URLS = [
	'/api',
	'/api/*',
	'/apis',
	'/apis/*',
	'/healthz',
	'/livez',
	'/openapi',
	'/openapi/*',
	'/readyz',
	'/version',
	'/version/'
];
const SELF_REVIEWS = [
	'selfsubjectreviews.authentication.k8s.io',
	'selfsubjectaccessreviews.authorization.k8s.io',
	'selfsubjectrulesreviews.authorization.k8s.io'
];

const served = API_RESOURCES.filter((r) => r.preferred && r.group !== 'metrics.k8s.io');
const full = (r: Pick<ApiResource, 'name' | 'group'>) =>
	r.group ? `${r.name}.${r.group}` : r.name;

/** The verbs the policy grants on a resource (`''` namespace: cluster-scoped or all namespaces). */
function grantedVerbs(r: ApiResource, namespace: string, subresource = ''): string[] {
	if (SELF_REVIEWS.includes(full(r))) return ['create'];
	if (subresource === 'eviction') return r.name === 'pods' ? ['create'] : [];
	const system = namespace === '' || SYSTEM_NAMESPACES.has(namespace);
	if (subresource === 'log') return r.name === 'pods' ? ['get'] : [];
	const verbs = READ.filter((v) => r.verbs.includes(v) && !(r.name === 'secrets' && system));
	const writable = r.name === 'nodes' ? ['update', 'patch'] : r.namespaced && !system ? WRITE : [];
	return [...verbs, ...writable.filter((v) => subresource || r.verbs.includes(v))];
}

function allowed(verb: string, r: ApiResource, namespace: string, subresource: string): boolean {
	const verbs = grantedVerbs(r, r.namespaced ? namespace : '', subresource);
	return verb === '*' ? [...READ, ...WRITE].every((v) => verbs.includes(v)) : verbs.includes(verb);
}

/** `--list`: kubectl's compacted, sorted rule table for one namespace. */
function listRules(namespace: string, noHeaders: boolean): string {
	const rules: { resource: string; urls: string; verbs: string[] }[] = [];
	for (const r of served) {
		const verbs = grantedVerbs(r, r.namespaced ? namespace : '');
		if (verbs.length) rules.push({ resource: full(r), urls: '[]', verbs });
	}
	rules.push({ resource: 'pods/eviction', urls: '[]', verbs: ['create'] });
	rules.push({ resource: 'pods/log', urls: '[]', verbs: ['get'] });
	for (const url of PUBLIC_URLS) rules.push({ resource: '', urls: `[${url}]`, verbs: ['get'] });
	// kubectl sorts by the rule's String(), which starts with its verbs, then groups and resources.
	const key = (x: (typeof rules)[number]) => {
		const [res, ...group] = x.resource.split('.');
		return `Verbs:[${x.verbs.join(' ')}],APIGroups:[${x.resource ? group.join('.') : ''}],Resources:[${res}],ResourceNames:[],NonResourceURLs:${x.urls}`;
	};
	rules.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
	const head = noHeaders ? '' : 'Resources\tNon-Resource URLs\tResource Names\tVerbs\n';
	const rows = rules.map((x) => `${x.resource}\t${x.urls}\t[]\t[${x.verbs.join(' ')}]\n`);
	return tabify(head + rows.join(''), TABLE_TABS);
}

function answer(yes: boolean, quiet: boolean, warnings: string): Outcome {
	return { stdout: quiet ? '' : yes ? 'yes\n' : 'no\n', stderr: warnings, exitCode: yes ? 0 : 1 };
}

function runCanI(inv: Invocation, env: Env): Outcome {
	const flag = (n: string) => inv.flags.get(n);
	const all = flag('all-namespaces') === true;
	const quiet = flag('quiet') === true;
	const subresource = String(flag('subresource') ?? '');
	if (flag('list') === true) {
		if (inv.args.length)
			return rejected(clientError('list option must be specified with no arguments'));
		if (quiet || all || subresource) {
			return rejected(
				clientError(
					"list option can't be specified with neither quiet, all-namespaces nor subresource options"
				)
			);
		}
		const text = listRules(env.namespace, flag('no-headers') === true);
		return { stdout: text, stderr: '', exitCode: 0 };
	}
	if (inv.args.length !== 2) {
		return rejected({
			message:
				"error: you must specify two arguments: verb resource or verb resource/resourceName.\nSee 'kubectl auth can-i -h' for help and examples.\n",
			exitCode: 1
		});
	}
	const [verb, target] = inv.args;
	if (target.startsWith('/')) {
		if (subresource)
			return rejected(clientError('--subresource can not be used with NonResourceURL'));
		if (flag('no-headers') === true)
			return rejected(clientError('--no-headers cannot be set without --list specified'));
		const warn = URL_VERBS.includes(verb) ? '' : `Warning: verb '${verb}' is not a known verb\n\n`;
		const yes = verb === 'get' && PUBLIC_URLS.includes(target);
		return answer(yes, quiet, warn);
	}
	const typed = target.split('/')[0];
	const r = typed === '*' ? undefined : resolveResourceType(typed);
	let warnings = '';
	if (!r && typed !== '*')
		warnings += `Warning: the server doesn't have a resource type '${typed}'\n\n`;
	if (r && !r.namespaced && !all)
		warnings += `Warning: resource '${r.name}' is not namespace scoped${r.group ? ` in group '${r.group}'` : ''}\n\n`;
	if (!RESOURCE_VERBS.includes(verb)) warnings += `Warning: verb '${verb}' is not a known verb\n\n`;
	if (flag('no-headers') === true)
		return rejected(clientError('--no-headers cannot be set without --list specified'));
	const yes = r !== undefined && allowed(verb, r, all ? '' : env.namespace, subresource);
	return answer(yes, quiet, warnings);
}

function runWhoami(inv: Invocation, env: Env): Outcome {
	const user = findContext(env.world, env.context)?.user ?? 'oncall';
	const groups = [user, 'system:authenticated'];
	const output = String(inv.flags.get('output') ?? '');
	const review = {
		kind: 'SelfSubjectReview',
		apiVersion: 'authentication.k8s.io/v1',
		metadata: { creationTimestamp: null },
		status: { userInfo: { username: user, groups } }
	};
	if (output === 'yaml') return { stdout: toYaml(review), stderr: '', exitCode: 0 };
	// A typed object kubectl built: fields in struct order.
	if (output === 'json') return { stdout: toJson(review, false), stderr: '', exitCode: 0 };
	const text = `ATTRIBUTE\tVALUE\nUsername\t${user}\nGroups\t[${groups.join(' ')}]\n`;
	return { stdout: tabify(text, TABLE_TABS), stderr: '', exitCode: 0 };
}

const PRINT_HELP = [
	{
		name: 'allow-missing-template-keys',
		type: 'bool' as const,
		default: true,
		description:
			'If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.'
	},
	{
		name: 'output',
		short: 'o',
		type: 'string' as const,
		default: '',
		description:
			'Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).'
	},
	{
		name: 'show-managed-fields',
		type: 'bool' as const,
		default: false,
		description: 'If true, keep the managedFields when printing objects in JSON or YAML format.'
	},
	{
		name: 'template',
		type: 'string' as const,
		default: '',
		description:
			'Template string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview].'
	}
];

const canIVerb: VerbSpec = {
	name: 'can-i',
	short: 'Check whether an action is allowed',
	long: `Check whether an action is allowed.

 VERB is a logical Kubernetes API verb like 'get', 'list', 'watch', 'delete', etc. TYPE is a Kubernetes resource. Shortcuts and groups will be resolved. NONRESOURCEURL is a partial URL that starts with "/". NAME is the name of a particular Kubernetes resource. This command pairs nicely with impersonation. See --as global flag.

Examples:
  # Check to see if I can create pods in any namespace
  kubectl auth can-i create pods --all-namespaces
  
  # Check to see if I can list deployments in my current namespace
  kubectl auth can-i list deployments.apps
  
  # Check to see if service account "foo" of namespace "dev" can list pods in the namespace "prod"
  # You must be allowed to use impersonation for the global option "--as"
  kubectl auth can-i list pods --as=system:serviceaccount:dev:foo -n prod
  
  # Check to see if I can do everything in my current namespace ("*" means all)
  kubectl auth can-i '*' '*'
  
  # Check to see if I can get the job named "bar" in namespace "foo"
  kubectl auth can-i list jobs.batch/bar -n foo
  
  # Check to see if I can read pod logs
  kubectl auth can-i get pods --subresource=log
  
  # Check to see if I can access the URL /logs/
  kubectl auth can-i get /logs/
  
  # Check to see if I can approve certificates.k8s.io
  kubectl auth can-i approve certificates.k8s.io
  
  # List all allowed actions in namespace "foo"
  kubectl auth can-i --list --namespace=foo`,
	usage: 'kubectl auth can-i VERB [TYPE | TYPE/NAME | NONRESOURCEURL] [options]',
	flags: [
		ALL_NAMESPACES_CHECK_FLAG,
		{
			name: 'list',
			type: 'bool',
			default: false,
			description: 'If true, prints all allowed actions.'
		},
		{
			name: 'no-headers',
			type: 'bool',
			default: false,
			description: 'If true, prints allowed actions without headers'
		},
		{
			name: 'quiet',
			short: 'q',
			type: 'bool',
			default: false,
			description: 'If true, suppress output and just return the exit code.'
		},
		{
			name: 'subresource',
			type: 'string',
			default: '',
			description: 'SubResource such as pod/log or deployment/scale'
		}
	],
	run: runCanI
};

const whoamiVerb: VerbSpec = {
	name: 'whoami',
	short: 'Experimental: Check self subject attributes',
	long: `Experimental: Check who you are and your attributes (groups, extra).

        This command is helpful to get yourself aware of the current user attributes,
        especially when dynamic authentication, e.g., token webhook, auth proxy, or OIDC provider,
        is enabled in the Kubernetes cluster.

Examples:
  # Get your subject attributes
  kubectl auth whoami
  
  # Get your subject attributes in JSON format
  kubectl auth whoami -o json`,
	usage: 'kubectl auth whoami [options]',
	flags: PRINT_HELP,
	run: runWhoami
};

export const authVerb: VerbSpec = {
	name: 'auth',
	short: 'Inspect authorization',
	long: 'Inspect authorization.',
	usage: 'kubectl auth [flags] [options]',
	flags: [],
	subcommands: [canIVerb, whoamiVerb]
};
