/** `kubectl create --help`, as kubectl v1.32 prints it. */
import {
	SELECTOR_FLAG,
	RECURSIVE_FLAG,
	KUSTOMIZE_FLAG,
	OBJECT_PRINT_FLAGS,
	CREATE_FLAGS,
	sortedFlags
} from '../../flags/common';

export const createHelp = {
	short: 'Create a resource from a file or from stdin',
	long: `Create a resource from a file or from stdin.

 JSON and YAML formats are accepted.

Examples:
  # Create a pod using the data in pod.json
  kubectl create -f ./pod.json
  
  # Create a pod based on the JSON passed into stdin
  cat pod.json | kubectl create -f -
  
  # Edit the data in registry.yaml in JSON then create the resource using the edited data
  kubectl create -f registry.yaml --edit -o json`,
	usage: 'kubectl create -f FILENAME [options]',
	flags: sortedFlags(
		CREATE_FLAGS,
		OBJECT_PRINT_FLAGS,
		{
			name: 'edit',
			type: 'bool',
			default: false,
			description: 'Edit the API resource before creating'
		},
		{
			name: 'filename',
			short: 'f',
			type: 'stringSlice',
			default: [],
			description: 'Filename, directory, or URL to files to use to create the resource'
		},
		KUSTOMIZE_FLAG,
		{
			name: 'raw',
			type: 'string',
			default: '',
			description:
				'Raw URI to POST to the server.  Uses the transport specified by the kubeconfig file.'
		},
		RECURSIVE_FLAG,
		SELECTOR_FLAG,
		{
			name: 'windows-line-endings',
			type: 'bool',
			default: false,
			description:
				'Only relevant if --edit=true. Defaults to the line ending native to your platform.'
		}
	)
};
