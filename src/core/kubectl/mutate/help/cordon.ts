/** `kubectl cordon --help`, as kubectl v1.32 prints it. */
import type { FlagSpec } from '../../types';

export const cordonHelp = {
	short: 'Mark node as unschedulable',
	long: `Mark node as unschedulable.

Examples:
  # Mark node "foo" as unschedulable
  kubectl cordon foo`,
	usage: 'kubectl cordon NODE [options]',
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
