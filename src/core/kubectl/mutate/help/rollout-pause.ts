/** `kubectl rollout pause --help`, as kubectl v1.32 prints it. */
import { ROLLOUT_PATCH_FLAGS } from './rollout-flags';

export const rolloutPauseHelp = {
	short: 'Mark the provided resource as paused',
	long: `Mark the provided resource as paused.

 Paused resources will not be reconciled by a controller. Use "kubectl rollout resume" to resume a paused resource. Currently only deployments support being paused.

Examples:
  # Mark the nginx deployment as paused
  # Any current state of the deployment will continue its function; new updates
  # to the deployment will not have an effect as long as the deployment is paused
  kubectl rollout pause deployment/nginx`,
	usage: 'kubectl rollout pause RESOURCE [options]',
	flags: ROLLOUT_PATCH_FLAGS
};
