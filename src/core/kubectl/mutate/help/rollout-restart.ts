/** `kubectl rollout restart --help`, as kubectl v1.32 prints it. */
import { ROLLOUT_PATCH_FLAGS } from './rollout-flags';

export const rolloutRestartHelp = {
	short: 'Restart a resource',
	long: `Restart a resource.

        Resource rollout will be restarted.

Examples:
  # Restart all deployments in the test-namespace namespace
  kubectl rollout restart deployment -n test-namespace
  
  # Restart a deployment
  kubectl rollout restart deployment/nginx
  
  # Restart a daemon set
  kubectl rollout restart daemonset/abc
  
  # Restart deployments with the app=nginx label
  kubectl rollout restart deployment --selector=app=nginx`,
	usage: 'kubectl rollout restart RESOURCE [options]',
	flags: ROLLOUT_PATCH_FLAGS
};
