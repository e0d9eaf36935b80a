/** `kubectl create deployment --help`, as kubectl v1.32 prints it. */
import { OBJECT_PRINT_FLAGS, CREATE_FLAGS, sortedFlags } from '../../flags/common';

export const createDeploymentHelp = {
	short: 'Create a deployment with the specified name',
	long: `Create a deployment with the specified name.

Aliases:
deployment, deploy

Examples:
  # Create a deployment named my-dep that runs the busybox image
  kubectl create deployment my-dep --image=busybox
  
  # Create a deployment with a command
  kubectl create deployment my-dep --image=busybox -- date
  
  # Create a deployment named my-dep that runs the nginx image with 3 replicas
  kubectl create deployment my-dep --image=nginx --replicas=3
  
  # Create a deployment named my-dep that runs the busybox image and expose port 5701
  kubectl create deployment my-dep --image=busybox --port=5701
  
  # Create a deployment named my-dep that runs multiple containers
  kubectl create deployment my-dep --image=busybox:latest --image=ubuntu:latest --image=nginx`,
	usage: 'kubectl create deployment NAME --image=image -- [COMMAND] [args...] [options]',
	flags: sortedFlags(
		CREATE_FLAGS,
		OBJECT_PRINT_FLAGS,
		{
			name: 'image',
			type: 'stringSlice',
			default: [],
			description:
				'Image names to run. A deployment can have multiple images set for multi-container pod.'
		},
		{
			name: 'port',
			type: 'int',
			default: -1,
			description: 'The containerPort that this deployment exposes.'
		},
		{
			name: 'replicas',
			short: 'r',
			type: 'int',
			default: 1,
			description: 'Number of replicas to create. Default is 1.'
		}
	)
};
