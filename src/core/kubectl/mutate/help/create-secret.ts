/** `kubectl create secret --help`, as kubectl v1.32 prints it. */
import type { FlagSpec } from '../../types';

export const createSecretHelp = {
	short: 'Create a secret using a specified subcommand',
	long: `Create a secret with specified type.

 A docker-registry type secret is for accessing a container registry.

 A generic type secret indicate an Opaque secret type.

 A tls type secret holds TLS certificate and its associated key.`,
	usage: 'kubectl create secret (docker-registry | generic | tls) [options]',
	flags: [] satisfies FlagSpec[]
};
