/** `kubectl api-resources` and `kubectl api-versions`, read from the served discovery data. */
import { API_RESOURCES, apiVersionOf, type ApiResource } from '../../cluster/resources';
import { clientError, rejected } from '../errors';
import type { Invocation, Outcome, VerbSpec } from '../types';
import { TABLE_TABS, tabify } from '../describe/tabwriter';
import { NO_HEADERS_FLAG } from '../flags/common';

function unexpectedArgs(verb: string, args: string[]): Outcome {
	return rejected({
		message: `error: unexpected arguments: [${args.join(' ')}]\nSee 'kubectl ${verb} -h' for help and examples\n`,
		exitCode: 1
	});
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Preferred versions only, filtered as the flags ask (`--namespaced` only when given). */
function selected(inv: Invocation): ApiResource[] {
	const group = inv.given.has('api-group') ? String(inv.flags.get('api-group')) : undefined;
	const namespaced = inv.given.has('namespaced') ? inv.flags.get('namespaced') === true : undefined;
	const verbs = (inv.flags.get('verbs') as string[] | undefined) ?? [];
	const categories = (inv.flags.get('categories') as string[] | undefined) ?? [];
	return API_RESOURCES.filter(
		(r) =>
			r.preferred &&
			r.verbs.length > 0 &&
			(group === undefined || r.group === group) &&
			(namespaced === undefined || r.namespaced === namespaced) &&
			verbs.every((v) => r.verbs.includes(v)) &&
			categories.every((c) => r.categories.includes(c))
	);
}

/** kubectl sorts stably by group (or `--sort-by` name/kind), ties by resource name. */
function sortResources(resources: ApiResource[], sortBy: string): ApiResource[] {
	const key = (r: ApiResource) =>
		sortBy === 'name' ? r.name : sortBy === 'kind' ? r.kind : r.group;
	return [...resources].sort((a, b) => compare(key(a), key(b)) || compare(a.name, b.name));
}

function runApiResources(inv: Invocation): Outcome {
	if (inv.args.length) return unexpectedArgs('api-resources', inv.args);
	const output = String(inv.flags.get('output') ?? '');
	if (output !== '' && output !== 'wide' && output !== 'name') {
		return rejected(clientError(`--output ${output} is not available`));
	}
	const sortBy = String(inv.flags.get('sort-by') ?? '');
	if (sortBy !== '' && sortBy !== 'name' && sortBy !== 'kind') {
		return rejected(clientError('--sort-by accepts only name or kind'));
	}
	const resources = sortResources(selected(inv), sortBy);
	if (output === 'name') {
		const names = resources.map((r) => (r.group ? `${r.name}.${r.group}` : r.name));
		return { stdout: names.map((n) => `${n}\n`).join(''), stderr: '', exitCode: 0 };
	}
	const wide = output === 'wide';
	const lines: string[] = [];
	if (inv.flags.get('no-headers') !== true) {
		const header = ['NAME', 'SHORTNAMES', 'APIVERSION', 'NAMESPACED', 'KIND'];
		lines.push([...header, ...(wide ? ['VERBS', 'CATEGORIES'] : [])].join('\t'));
	}
	for (const r of resources) {
		const cells = [r.name, r.shortNames.join(','), apiVersionOf(r), String(r.namespaced), r.kind];
		if (wide) cells.push(r.verbs.join(','), r.categories.join(','));
		lines.push(cells.join('\t'));
	}
	return {
		stdout: tabify(lines.map((l) => `${l}\n`).join(''), TABLE_TABS),
		stderr: '',
		exitCode: 0
	};
}

function runApiVersions(inv: Invocation): Outcome {
	if (inv.args.length) return unexpectedArgs('api-versions', inv.args);
	const versions = [...new Set(API_RESOURCES.map(apiVersionOf))].sort(compare);
	return { stdout: versions.map((v) => `${v}\n`).join(''), stderr: '', exitCode: 0 };
}

export const apiResourcesVerb: VerbSpec = {
	name: 'api-resources',
	short: 'Print the supported API resources on the server',
	long: `Print the supported API resources on the server.

Examples:
  # Print the supported API resources
  kubectl api-resources
  
  # Print the supported API resources with more information
  kubectl api-resources -o wide
  
  # Print the supported API resources sorted by a column
  kubectl api-resources --sort-by=name
  
  # Print the supported namespaced resources
  kubectl api-resources --namespaced=true
  
  # Print the supported non-namespaced resources
  kubectl api-resources --namespaced=false
  
  # Print the supported API resources with a specific APIGroup
  kubectl api-resources --api-group=rbac.authorization.k8s.io`,
	usage: 'kubectl api-resources [flags] [options]',
	flags: [
		{
			name: 'api-group',
			type: 'string',
			default: '',
			description: 'Limit to resources in the specified API group.'
		},
		{
			name: 'cached',
			type: 'bool',
			default: false,
			description: 'Use the cached list of resources if available.'
		},
		{
			name: 'categories',
			type: 'stringSlice',
			default: [],
			description: 'Limit to resources that belong to the specified categories.'
		},
		{
			name: 'namespaced',
			type: 'bool',
			default: true,
			description:
				'If false, non-namespaced resources will be returned, otherwise returning namespaced resources by default.'
		},
		NO_HEADERS_FLAG,
		{
			name: 'output',
			short: 'o',
			type: 'string',
			default: '',
			description: 'Output format. One of: (wide, name).'
		},
		{
			name: 'sort-by',
			type: 'string',
			default: '',
			description:
				"If non-empty, sort list of resources using specified field. The field can be either 'name' or 'kind'."
		},
		{
			name: 'verbs',
			type: 'stringSlice',
			default: [],
			description: 'Limit to resources that support the specified verbs.'
		}
	],
	run: runApiResources
};

export const apiVersionsVerb: VerbSpec = {
	name: 'api-versions',
	short: 'Print the supported API versions on the server, in the form of "group/version"',
	long: `Print the supported API versions on the server, in the form of "group/version".

Examples:
  # Print the supported API versions
  kubectl api-versions`,
	usage: 'kubectl api-versions [options]',
	flags: [],
	run: runApiVersions
};
