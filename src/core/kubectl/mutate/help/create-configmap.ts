/** `kubectl create configmap --help`, as kubectl v1.32 prints it. */
import { OBJECT_PRINT_FLAGS, CREATE_FLAGS, sortedFlags } from '../../flags/common';

export const createConfigmapHelp = {
	short: 'Create a config map from a local file, directory or literal value',
	long: `Create a config map based on a file, directory, or specified literal value.

 A single config map may package one or more key/value pairs.

 When creating a config map based on a file, the key will default to the basename of the file, and the value will default to the file content.  If the basename is an invalid key, you may specify an alternate key.

 When creating a config map based on a directory, each file whose basename is a valid key in the directory will be packaged into the config map.  Any directory entries except regular files are ignored (e.g. subdirectories, symlinks, devices, pipes, etc).

Aliases:
configmap, cm

Examples:
  # Create a new config map named my-config based on folder bar
  kubectl create configmap my-config --from-file=path/to/bar
  
  # Create a new config map named my-config with specified keys instead of file basenames on disk
  kubectl create configmap my-config --from-file=key1=/path/to/bar/file1.txt --from-file=key2=/path/to/bar/file2.txt
  
  # Create a new config map named my-config with key1=config1 and key2=config2
  kubectl create configmap my-config --from-literal=key1=config1 --from-literal=key2=config2
  
  # Create a new config map named my-config from the key=value pairs in the file
  kubectl create configmap my-config --from-file=path/to/bar
  
  # Create a new config map named my-config from an env file
  kubectl create configmap my-config --from-env-file=path/to/foo.env --from-env-file=path/to/bar.env`,
	usage:
		'kubectl create configmap NAME [--from-file=[key=]source] [--from-literal=key1=value1] [--dry-run=server|client|none] [options]',
	flags: sortedFlags(
		CREATE_FLAGS,
		OBJECT_PRINT_FLAGS,
		{
			name: 'append-hash',
			type: 'bool',
			default: false,
			description: 'Append a hash of the configmap to its name.'
		},
		{
			name: 'from-env-file',
			type: 'stringSlice',
			default: [],
			description:
				'Specify the path to a file to read lines of key=val pairs to create a configmap.'
		},
		{
			name: 'from-file',
			type: 'stringSlice',
			default: [],
			description:
				'Key file can be specified using its file path, in which case file basename will be used as configmap key, or optionally with a key and file path, in which case the given key will be used.  Specifying a directory will iterate each named file in the directory whose basename is a valid configmap key.'
		},
		{
			name: 'from-literal',
			type: 'stringArray',
			default: [],
			description: 'Specify a key and literal value to insert in configmap (i.e. mykey=somevalue)'
		}
	)
};
