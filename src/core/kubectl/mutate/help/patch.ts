/** `kubectl patch --help`, as kubectl v1.32 prints it. */
import type { FlagSpec } from '../../types';

export const patchHelp = {
	short: 'Update fields of a resource',
	long: `Update fields of a resource using strategic merge patch, a JSON merge patch, or a JSON patch.

 JSON and YAML formats are accepted.

 Note: Strategic merge patch is not supported for custom resources.

Examples:
  # Partially update a node using a strategic merge patch, specifying the patch as JSON
  kubectl patch node k8s-node-1 -p '{"spec":{"unschedulable":true}}'
  
  # Partially update a node using a strategic merge patch, specifying the patch as YAML
  kubectl patch node k8s-node-1 -p $'spec:\\n unschedulable: true'
  
  # Partially update a node identified by the type and name specified in "node.json" using strategic merge patch
  kubectl patch -f node.json -p '{"spec":{"unschedulable":true}}'
  
  # Update a container's image; spec.containers[*].name is required because it's a merge key
  kubectl patch pod valid-pod -p '{"spec":{"containers":[{"name":"kubernetes-serve-hostname","image":"new image"}]}}'
  
  # Update a container's image using a JSON patch with positional arrays
  kubectl patch pod valid-pod --type='json' -p='[{"op": "replace", "path": "/spec/containers/0/image", "value":"new image"}]'
  
  # Update a deployment's replicas through the 'scale' subresource using a merge patch
  kubectl patch deployment nginx-deployment --subresource='scale' --type='merge' -p '{"spec":{"replicas":2}}'`,
	usage: 'kubectl patch (-f FILENAME | TYPE NAME) [-p PATCH|--patch-file FILE] [options]',
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
			name: 'field-manager',
			type: 'string',
			default: 'kubectl-patch',
			description: 'Name of the manager used to track field ownership.'
		},
		{
			name: 'filename',
			short: 'f',
			type: 'stringSlice',
			default: [],
			description: 'Filename, directory, or URL to files identifying the resource to update'
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
			name: 'local',
			type: 'bool',
			default: false,
			description:
				'If true, patch will operate on the content of the file, not the server-side resource.'
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
			name: 'patch',
			short: 'p',
			type: 'string',
			default: '',
			description: 'The patch to be applied to the resource JSON file.'
		},
		{
			name: 'patch-file',
			type: 'string',
			default: '',
			description: 'A file containing a patch to be applied to the resource.'
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
			name: 'show-managed-fields',
			type: 'bool',
			default: false,
			description: 'If true, keep the managedFields when printing objects in JSON or YAML format.'
		},
		{
			name: 'subresource',
			type: 'string',
			default: '',
			description:
				'If specified, patch will operate on the subresource of the requested object. This flag is beta and may change in the future.'
		},
		{
			name: 'template',
			type: 'string',
			default: '',
			description:
				'Template string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview].'
		},
		{
			name: 'type',
			type: 'string',
			default: 'strategic',
			description: 'The type of patch being provided; one of [json merge strategic]'
		}
	] satisfies FlagSpec[]
};
