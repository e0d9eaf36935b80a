/** `kubectl rollout undo --help`, as kubectl v1.32 prints it. */
import {
	DRY_RUN_FLAG,
	SELECTOR_FLAG,
	OBJECT_PRINT_FLAGS,
	RESOURCE_FILE_FLAGS,
	sortedFlags
} from '../../flags/common';

export const rolloutUndoHelp = {
	short: 'Undo a previous rollout',
	long: `Roll back to a previous rollout.

Examples:
  # Roll back to the previous deployment
  kubectl rollout undo deployment/abc
  
  # Roll back to daemonset revision 3
  kubectl rollout undo daemonset/abc --to-revision=3
  
  # Roll back to the previous deployment with dry-run
  kubectl rollout undo --dry-run=server deployment/abc`,
	usage: 'kubectl rollout undo (TYPE NAME | TYPE/NAME) [flags] [options]',
	flags: sortedFlags(OBJECT_PRINT_FLAGS, RESOURCE_FILE_FLAGS, DRY_RUN_FLAG, SELECTOR_FLAG, {
		name: 'to-revision',
		type: 'int',
		default: 0,
		description: 'The revision to rollback to. Default to 0 (last revision).'
	})
};
