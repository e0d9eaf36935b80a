/** `kubectl rollout resume --help`, as kubectl v1.32 prints it. */
import { ROLLOUT_PATCH_FLAGS } from './rollout-flags';

export const rolloutResumeHelp = {
	short: 'Resume a paused resource',
	long: `Resume a paused resource.

 Paused resources will not be reconciled by a controller. By resuming a resource, we allow it to be reconciled again. Currently only deployments support being resumed.

Examples:
  # Resume an already paused deployment
  kubectl rollout resume deployment/nginx`,
	usage: 'kubectl rollout resume RESOURCE [options]',
	flags: ROLLOUT_PATCH_FLAGS
};
