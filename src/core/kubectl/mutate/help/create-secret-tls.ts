/** `kubectl create secret tls --help`, as kubectl v1.32 prints it. */
import {
	SECRET_APPEND_HASH_FLAG,
	OBJECT_PRINT_FLAGS,
	CREATE_FLAGS,
	sortedFlags
} from '../../flags/common';

export const createSecretTlsHelp = {
	short: 'Create a TLS secret',
	long: `Create a TLS secret from the given public/private key pair.

 The public/private key pair must exist beforehand. The public key certificate must be .PEM encoded and match the given private key.

Examples:
  # Create a new TLS secret named tls-secret with the given key pair
  kubectl create secret tls tls-secret --cert=path/to/tls.crt --key=path/to/tls.key`,
	usage:
		'kubectl create secret tls NAME --cert=path/to/cert/file --key=path/to/key/file [--dry-run=server|client|none] [options]',
	flags: sortedFlags(
		CREATE_FLAGS,
		OBJECT_PRINT_FLAGS,
		SECRET_APPEND_HASH_FLAG,
		{
			name: 'cert',
			type: 'string',
			default: '',
			description: 'Path to PEM encoded public key certificate.'
		},
		{
			name: 'key',
			type: 'string',
			default: '',
			description: 'Path to private key associated with given certificate.'
		}
	)
};
