/** `kubectl patch --help`, as kubectl v1.32 prints it. */
import {
	DRY_RUN_FLAG,
	RECURSIVE_FLAG,
	KUSTOMIZE_FLAG,
	fieldManagerFlag,
	OBJECT_PRINT_FLAGS,
	sortedFlags
} from '../../flags/common';

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
	flags: sortedFlags(
		OBJECT_PRINT_FLAGS,
		DRY_RUN_FLAG,
		fieldManagerFlag('kubectl-patch'),
		{
			name: 'filename',
			short: 'f',
			type: 'stringSlice',
			default: [],
			description: 'Filename, directory, or URL to files identifying the resource to update'
		},
		KUSTOMIZE_FLAG,
		{
			name: 'local',
			type: 'bool',
			default: false,
			description:
				'If true, patch will operate on the content of the file, not the server-side resource.'
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
		RECURSIVE_FLAG,
		{
			name: 'subresource',
			type: 'string',
			default: '',
			description:
				'If specified, patch will operate on the subresource of the requested object. This flag is beta and may change in the future.'
		},
		{
			name: 'type',
			type: 'string',
			default: 'strategic',
			description: 'The type of patch being provided; one of [json merge strategic]'
		}
	)
};
