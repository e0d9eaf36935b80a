/** `kubectl taint --help`, as kubectl v1.32 prints it. */
import {
	DRY_RUN_FLAG,
	SELECTOR_FLAG,
	VALIDATE_FLAG,
	fieldManagerFlag,
	OBJECT_PRINT_FLAGS,
	sortedFlags
} from '../../flags/common';

export const taintHelp = {
	short: 'Update the taints on one or more nodes',
	long: `Update the taints on one or more nodes.

  *  A taint consists of a key, value, and effect. As an argument here, it is expressed as key=value:effect.
  *  The key must begin with a letter or number, and may contain letters, numbers, hyphens, dots, and underscores, up to 253 characters.
  *  Optionally, the key can begin with a DNS subdomain prefix and a single '/', like example.com/my-app.
  *  The value is optional. If given, it must begin with a letter or number, and may contain letters, numbers, hyphens, dots, and underscores, up to 63 characters.
  *  The effect must be NoSchedule, PreferNoSchedule or NoExecute.
  *  Currently taint can only apply to node.

Examples:
  # Update node 'foo' with a taint with key 'dedicated' and value 'special-user' and effect 'NoSchedule'
  # If a taint with that key and effect already exists, its value is replaced as specified
  kubectl taint nodes foo dedicated=special-user:NoSchedule
  
  # Remove from node 'foo' the taint with key 'dedicated' and effect 'NoSchedule' if one exists
  kubectl taint nodes foo dedicated:NoSchedule-
  
  # Remove from node 'foo' all the taints with key 'dedicated'
  kubectl taint nodes foo dedicated-
  
  # Add a taint with key 'dedicated' on nodes having label myLabel=X
  kubectl taint node -l myLabel=X  dedicated=foo:PreferNoSchedule
  
  # Add to node 'foo' a taint with key 'bar' and no value
  kubectl taint nodes foo bar:NoSchedule`,
	usage:
		'kubectl taint NODE NAME KEY_1=VAL_1:TAINT_EFFECT_1 ... KEY_N=VAL_N:TAINT_EFFECT_N [options]',
	flags: sortedFlags(
		OBJECT_PRINT_FLAGS,
		{ name: 'all', type: 'bool', default: false, description: 'Select all nodes in the cluster' },
		DRY_RUN_FLAG,
		fieldManagerFlag('kubectl-taint'),
		{
			name: 'overwrite',
			type: 'bool',
			default: false,
			description:
				'If true, allow taints to be overwritten, otherwise reject taint updates that overwrite existing taints.'
		},
		SELECTOR_FLAG,
		VALIDATE_FLAG
	)
};
