/** `kubectl rollout --help`, as kubectl v1.32 prints it. */
import type { FlagSpec } from '../../types';

export const rolloutHelp = {
	short: 'Manage the rollout of a resource',
	long: `Manage the rollout of one or many resources.
        
 Valid resource types include:

  *  deployments
  *  daemonsets
  *  statefulsets

Examples:
  # Rollback to the previous deployment
  kubectl rollout undo deployment/abc
  
  # Check the rollout status of a daemonset
  kubectl rollout status daemonset/foo
  
  # Restart a deployment
  kubectl rollout restart deployment/abc
  
  # Restart deployments with the 'app=nginx' label
  kubectl rollout restart deployment --selector=app=nginx`,
	usage: 'kubectl rollout SUBCOMMAND [options]',
	flags: [] satisfies FlagSpec[]
};
