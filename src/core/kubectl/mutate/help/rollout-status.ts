/** `kubectl rollout status --help`, as kubectl v1.32 prints it. */
import { SELECTOR_FLAG, RESOURCE_FILE_FLAGS, sortedFlags } from '../../flags/common';

export const rolloutStatusHelp = {
	short: 'Show the status of the rollout',
	long: `Show the status of the rollout.

 By default 'rollout status' will watch the status of the latest rollout until it's done. If you don't want to wait for the rollout to finish then you can use --watch=false. Note that if a new rollout starts in-between, then 'rollout status' will continue watching the latest revision. If you want to pin to a specific revision and abort if it is rolled over by another revision, use --revision=N where N is the revision you need to watch for.

Examples:
  # Watch the rollout status of a deployment
  kubectl rollout status deployment/nginx`,
	usage: 'kubectl rollout status (TYPE NAME | TYPE/NAME) [flags] [options]',
	flags: sortedFlags(
		RESOURCE_FILE_FLAGS,
		{
			name: 'revision',
			type: 'int',
			default: 0,
			description:
				'Pin to a specific revision for showing its status. Defaults to 0 (last revision).'
		},
		SELECTOR_FLAG,
		{
			name: 'timeout',
			type: 'duration',
			default: '0s',
			description:
				'The length of time to wait before ending watch, zero means never. Any other values should contain a corresponding time unit (e.g. 1s, 2m, 3h).'
		},
		{
			name: 'watch',
			short: 'w',
			type: 'bool',
			default: true,
			description: "Watch the status of the rollout until it's done."
		}
	)
};
