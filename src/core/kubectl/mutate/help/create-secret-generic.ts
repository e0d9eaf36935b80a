/** `kubectl create secret generic --help`, as kubectl v1.32 prints it. */
import {
	SECRET_APPEND_HASH_FLAG,
	OBJECT_PRINT_FLAGS,
	CREATE_FLAGS,
	sortedFlags
} from '../../flags/common';

export const createSecretGenericHelp = {
	short: 'Create a secret from a local file, directory, or literal value',
	long: `Create a secret based on a file, directory, or specified literal value.

 A single secret may package one or more key/value pairs.

 When creating a secret based on a file, the key will default to the basename of the file, and the value will default to the file content. If the basename is an invalid key or you wish to chose your own, you may specify an alternate key.

 When creating a secret based on a directory, each file whose basename is a valid key in the directory will be packaged into the secret. Any directory entries except regular files are ignored (e.g. subdirectories, symlinks, devices, pipes, etc).

Examples:
  # Create a new secret named my-secret with keys for each file in folder bar
  kubectl create secret generic my-secret --from-file=path/to/bar
  
  # Create a new secret named my-secret with specified keys instead of names on disk
  kubectl create secret generic my-secret --from-file=ssh-privatekey=path/to/id_rsa --from-file=ssh-publickey=path/to/id_rsa.pub
  
  # Create a new secret named my-secret with key1=supersecret and key2=topsecret
  kubectl create secret generic my-secret --from-literal=key1=supersecret --from-literal=key2=topsecret
  
  # Create a new secret named my-secret using a combination of a file and a literal
  kubectl create secret generic my-secret --from-file=ssh-privatekey=path/to/id_rsa --from-literal=passphrase=topsecret
  
  # Create a new secret named my-secret from env files
  kubectl create secret generic my-secret --from-env-file=path/to/foo.env --from-env-file=path/to/bar.env`,
	usage:
		'kubectl create secret generic NAME [--type=string] [--from-file=[key=]source] [--from-literal=key1=value1] [--dry-run=server|client|none] [options]',
	flags: sortedFlags(
		CREATE_FLAGS,
		OBJECT_PRINT_FLAGS,
		SECRET_APPEND_HASH_FLAG,
		{
			name: 'from-env-file',
			type: 'stringSlice',
			default: [],
			description: 'Specify the path to a file to read lines of key=val pairs to create a secret.'
		},
		{
			name: 'from-file',
			type: 'stringSlice',
			default: [],
			description:
				'Key files can be specified using their file path, in which case a default name will be given to them, or optionally with a name and file path, in which case the given name will be used.  Specifying a directory will iterate each named file in the directory that is a valid secret key.'
		},
		{
			name: 'from-literal',
			type: 'stringArray',
			default: [],
			description: 'Specify a key and literal value to insert in secret (i.e. mykey=somevalue)'
		},
		{ name: 'type', type: 'string', default: '', description: 'The type of secret to create' }
	)
};
