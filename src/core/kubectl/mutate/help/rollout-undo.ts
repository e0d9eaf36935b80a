/** `kubectl rollout undo --help`, as kubectl v1.32 prints it. */
import type { FlagSpec } from '../../types';

export const rolloutUndoHelp = {
	short: 'Undo a previous rollout',
	long: `Roll back to a previous rollout.

Examples:
  # Roll back to the previous deployment
  kubectl rollout undo deployment/abc
  
  # Roll back to daemonset revision 3
  kubectl rollout undo daemonset/abc --to-revision=3
  
  # Roll back to the previous deployment with dry-run
  kubectl rollout undo --dry-run=server deployment/abc`,
	usage: 'kubectl rollout undo (TYPE NAME | TYPE/NAME) [flags] [options]',
	flags: [
		{
			name: 'allow-missing-template-keys',
			type: 'bool',
			default: true,
			description:
				'If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.'
		},
		{
			name: 'dry-run',
			type: 'string',
			default: 'none',
			noOptDefault: 'unchanged',
			description:
				'Must be "none", "server", or "client". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource.'
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
		},
		{
			name: 'to-revision',
			type: 'int',
			default: 0,
			description: 'The revision to rollback to. Default to 0 (last revision).'
		}
	] satisfies FlagSpec[]
};
