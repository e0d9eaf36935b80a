/** `kubectl create namespace --help`, as kubectl v1.32 prints it. */
import { OBJECT_PRINT_FLAGS, CREATE_FLAGS, sortedFlags } from '../../flags/common';

export const createNamespaceHelp = {
	short: 'Create a namespace with the specified name',
	long: `Create a namespace with the specified name.

Aliases:
namespace, ns

Examples:
  # Create a new namespace named my-namespace
  kubectl create namespace my-namespace`,
	usage: 'kubectl create namespace NAME [--dry-run=server|client|none] [options]',
	flags: sortedFlags(CREATE_FLAGS, OBJECT_PRINT_FLAGS)
};
