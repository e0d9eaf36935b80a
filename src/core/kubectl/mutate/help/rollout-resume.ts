/** `kubectl rollout resume --help`, as kubectl v1.32 prints it. */
import type { FlagSpec } from '../../types';

export const rolloutResumeHelp = {
	short: 'Resume a paused resource',
	long: `Resume a paused resource.

 Paused resources will not be reconciled by a controller. By resuming a resource, we allow it to be reconciled again. Currently only deployments support being resumed.

Examples:
  # Resume an already paused deployment
  kubectl rollout resume deployment/nginx`,
	usage: 'kubectl rollout resume RESOURCE [options]',
	flags: [
		{
			name: 'allow-missing-template-keys',
			type: 'bool',
			default: true,
			description:
				'If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.'
		},
		{
			name: 'field-manager',
			type: 'string',
			default: 'kubectl-rollout',
			description: 'Name of the manager used to track field ownership.'
		},
		{
			name: 'filename',
			short: 'f',
			type: 'stringSlice',
			default: [],
			description:
				'Filename, directory, or URL to files identifying the resource to get from a server.'
		},
		{
			name: 'kustomize',
			short: 'k',
			type: 'string',
			default: '',
			description:
				"Process the kustomization directory. This flag can't be used together with -f or -R."
		},
		{
			name: 'output',
			short: 'o',
			type: 'string',
			default: '',
			description:
				'Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).'
		},
		{
			name: 'recursive',
			short: 'R',
			type: 'bool',
			default: false,
			description:
				'Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.'
		},
		{
			name: 'selector',
			short: 'l',
			type: 'string',
			default: '',
			description:
				"Selector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2). Matching objects must satisfy all of the specified label constraints."
		},
		{
			name: 'show-managed-fields',
			type: 'bool',
			default: false,
			description: 'If true, keep the managedFields when printing objects in JSON or YAML format.'
		},
		{
			name: 'template',
			type: 'string',
			default: '',
			description:
				'Template string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview].'
		}
	] satisfies FlagSpec[]
};
