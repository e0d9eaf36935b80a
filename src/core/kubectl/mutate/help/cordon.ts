/** `kubectl cordon --help`, as kubectl v1.32 prints it. */
import type { FlagSpec } from '../../types';
import { DRY_RUN_FLAG, SELECTOR_FLAG } from '../../flags/common';

export const cordonHelp = {
	short: 'Mark node as unschedulable',
	long: `Mark node as unschedulable.

Examples:
  # Mark node "foo" as unschedulable
  kubectl cordon foo`,
	usage: 'kubectl cordon NODE [options]',
	flags: [DRY_RUN_FLAG, SELECTOR_FLAG] satisfies FlagSpec[]
};
