/** `kubectl uncordon --help`, as kubectl v1.32 prints it. */
import type { FlagSpec } from '../../types';

export const uncordonHelp = {
	short: 'Mark node as schedulable',
	long: `Mark node as schedulable.

Examples:
  # Mark node "foo" as schedulable
  kubectl uncordon foo`,
	usage: 'kubectl uncordon NODE [options]',
	flags: [
		{
			name: 'dry-run',
			type: 'string',
			default: 'none',
			noOptDefault: 'unchanged',
			description:
				'Must be "none", "server", or "client". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource.'
		},
		{
			name: 'selector',
			short: 'l',
			type: 'string',
			default: '',
			description:
				"Selector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2). Matching objects must satisfy all of the specified label constraints."
		}
	] satisfies FlagSpec[]
};
