/** `kubectl scale --help`, as kubectl v1.32 prints it. */
import type { FlagSpec } from '../../types';

export const scaleHelp = {
	short: 'Set a new size for a deployment, replica set, or replication controller',
	long: `Set a new size for a deployment, replica set, replication controller, or stateful set.

 Scale also allows users to specify one or more preconditions for the scale action.

 If --current-replicas or --resource-version is specified, it is validated before the scale is attempted, and it is guaranteed that the precondition holds true when the scale is sent to the server.

Examples:
  # Scale a replica set named 'foo' to 3
  kubectl scale --replicas=3 rs/foo
  
  # Scale a resource identified by type and name specified in "foo.yaml" to 3
  kubectl scale --replicas=3 -f foo.yaml
  
  # If the deployment named mysql's current size is 2, scale mysql to 3
  kubectl scale --current-replicas=2 --replicas=3 deployment/mysql
  
  # Scale multiple replication controllers
  kubectl scale --replicas=5 rc/example1 rc/example2 rc/example3
  
  # Scale stateful set named 'web' to 3
  kubectl scale --replicas=3 statefulset/web`,
	usage:
		'kubectl scale [--resource-version=version] [--current-replicas=count] --replicas=COUNT (-f FILENAME | TYPE NAME) [options]',
	flags: [
		{
			name: 'all',
			type: 'bool',
			default: false,
			description: 'Select all resources in the namespace of the specified resource types'
		},
		{
			name: 'allow-missing-template-keys',
			type: 'bool',
			default: true,
			description:
				'If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.'
		},
		{
			name: 'current-replicas',
			type: 'int',
			default: -1,
			description:
				'Precondition for current size. Requires that the current size of the resource match this value in order to scale. -1 (default) for no condition.'
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
			description: 'Filename, directory, or URL to files identifying the resource to set a new size'
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
			name: 'replicas',
			type: 'int',
			default: 0,
			description: 'The new desired number of replicas. Required.'
		},
		{
			name: 'resource-version',
			type: 'string',
			default: '',
			description:
				'Precondition for resource version. Requires that the current resource version match this value in order to scale.'
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
			name: 'timeout',
			type: 'duration',
			default: '0s',
			description:
				"The length of time to wait before giving up on a scale operation, zero means don't wait. Any other values should contain a corresponding time unit (e.g. 1s, 2m, 3h)."
		}
	] satisfies FlagSpec[]
};
