/** `kubectl rollout history --help`, as kubectl v1.32 prints it. */
import {
	SELECTOR_FLAG,
	OBJECT_PRINT_FLAGS,
	RESOURCE_FILE_FLAGS,
	sortedFlags
} from '../../flags/common';

export const rolloutHistoryHelp = {
	short: 'View rollout history',
	long: `View previous rollout revisions and configurations.

Examples:
  # View the rollout history of a deployment
  kubectl rollout history deployment/abc
  
  # View the details of daemonset revision 3
  kubectl rollout history daemonset/abc --revision=3`,
	usage: 'kubectl rollout history (TYPE NAME | TYPE/NAME) [flags] [options]',
	flags: sortedFlags(
		OBJECT_PRINT_FLAGS,
		RESOURCE_FILE_FLAGS,
		{
			name: 'revision',
			type: 'int',
			default: 0,
			description: 'See the details, including podTemplate of the revision specified'
		},
		SELECTOR_FLAG
	)
};
