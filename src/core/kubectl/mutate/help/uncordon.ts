/** `kubectl uncordon --help`, as kubectl v1.32 prints it. */
import type { FlagSpec } from '../../types';
import { DRY_RUN_FLAG, SELECTOR_FLAG } from '../../flags/common';

export const uncordonHelp = {
	short: 'Mark node as schedulable',
	long: `Mark node as schedulable.

Examples:
  # Mark node "foo" as schedulable
  kubectl uncordon foo`,
	usage: 'kubectl uncordon NODE [options]',
	flags: [DRY_RUN_FLAG, SELECTOR_FLAG] satisfies FlagSpec[]
};
