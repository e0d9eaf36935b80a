/** `kubectl scale --help`, as kubectl v1.32 prints it. */
import {
	DRY_RUN_FLAG,
	SELECTOR_FLAG,
	RECURSIVE_FLAG,
	KUSTOMIZE_FLAG,
	OBJECT_PRINT_FLAGS,
	sortedFlags
} from '../../flags/common';

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
	flags: sortedFlags(
		OBJECT_PRINT_FLAGS,
		{
			name: 'all',
			type: 'bool',
			default: false,
			description: 'Select all resources in the namespace of the specified resource types'
		},
		{
			name: 'current-replicas',
			type: 'int',
			default: -1,
			description:
				'Precondition for current size. Requires that the current size of the resource match this value in order to scale. -1 (default) for no condition.'
		},
		DRY_RUN_FLAG,
		{
			name: 'filename',
			short: 'f',
			type: 'stringSlice',
			default: [],
			description: 'Filename, directory, or URL to files identifying the resource to set a new size'
		},
		KUSTOMIZE_FLAG,
		RECURSIVE_FLAG,
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
		SELECTOR_FLAG,
		{
			name: 'timeout',
			type: 'duration',
			default: '0s',
			description:
				"The length of time to wait before giving up on a scale operation, zero means don't wait. Any other values should contain a corresponding time unit (e.g. 1s, 2m, 3h)."
		}
	)
};
