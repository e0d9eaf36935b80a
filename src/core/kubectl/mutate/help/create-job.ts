/** `kubectl create job --help`, as kubectl v1.32 prints it. */
import type { FlagSpec } from '../../types';
import { createNamespaceHelp } from './create-namespace';

export const createJobHelp = {
	short: 'Create a job with the specified name',
	long: `Create a job with the specified name.

Examples:
  # Create a job
  kubectl create job my-job --image=busybox
  
  # Create a job with a command
  kubectl create job my-job --image=busybox -- date
  
  # Create a job from a cron job named "a-cronjob"
  kubectl create job test-job --from=cronjob/a-cronjob`,
	usage:
		'kubectl create job NAME --image=image [--from=cronjob/name] -- [COMMAND] [args...] [options]',
	// The create subcommands share their printing and dry-run flags.
	flags: [
		...createNamespaceHelp.flags,
		{
			name: 'from',
			type: 'string',
			default: '',
			description: 'The name of the resource to create a Job from (only cronjob is supported).'
		},
		{ name: 'image', type: 'string', default: '', description: 'Image name to run.' }
	] as FlagSpec[]
};
