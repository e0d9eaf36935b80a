/** `kubectl set image --help`, as kubectl v1.32 prints it. */
import {
	DRY_RUN_FLAG,
	SELECTOR_FLAG,
	fieldManagerFlag,
	OBJECT_PRINT_FLAGS,
	RESOURCE_FILE_FLAGS,
	sortedFlags
} from '../../flags/common';

export const setImageHelp = {
	short: 'Update the image of a pod template',
	long: `Update existing container image(s) of resources.

 Possible resources include (case insensitive):

        pod (po), replicationcontroller (rc), deployment (deploy), daemonset (ds), statefulset (sts), cronjob (cj), replicaset (rs)

Examples:
  # Set a deployment's nginx container image to 'nginx:1.9.1', and its busybox container image to 'busybox'
  kubectl set image deployment/nginx busybox=busybox nginx=nginx:1.9.1
  
  # Update all deployments' and rc's nginx container's image to 'nginx:1.9.1'
  kubectl set image deployments,rc nginx=nginx:1.9.1 --all
  
  # Update image of all containers of daemonset abc to 'nginx:1.9.1'
  kubectl set image daemonset abc *=nginx:1.9.1
  
  # Print result (in yaml format) of updating nginx container image from local file, without hitting the server
  kubectl set image -f path/to/file.yaml nginx=nginx:1.9.1 --local -o yaml`,
	usage:
		'kubectl set image (-f FILENAME | TYPE NAME) CONTAINER_NAME_1=CONTAINER_IMAGE_1 ... CONTAINER_NAME_N=CONTAINER_IMAGE_N [options]',
	flags: sortedFlags(
		OBJECT_PRINT_FLAGS,
		RESOURCE_FILE_FLAGS,
		{
			name: 'all',
			type: 'bool',
			default: false,
			description: 'Select all resources, in the namespace of the specified resource types'
		},
		DRY_RUN_FLAG,
		fieldManagerFlag('kubectl-set'),
		{
			name: 'local',
			type: 'bool',
			default: false,
			description: 'If true, set image will NOT contact api-server but run locally.'
		},
		SELECTOR_FLAG
	)
};
