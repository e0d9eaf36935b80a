/** `kubectl create secret docker-registry --help`, as kubectl v1.32 prints it. */
import {
	SECRET_APPEND_HASH_FLAG,
	OBJECT_PRINT_FLAGS,
	CREATE_FLAGS,
	sortedFlags
} from '../../flags/common';

export const createSecretDockerRegistryHelp = {
	short: 'Create a secret for use with a Docker registry',
	long: `Create a new secret for use with Docker registries.
        
        Dockercfg secrets are used to authenticate against Docker registries.
        
        When using the Docker command line to push images, you can authenticate to a given registry by running:
        '$ docker login DOCKER_REGISTRY_SERVER --username=DOCKER_USER --password=DOCKER_PASSWORD --email=DOCKER_EMAIL'.
        
 That produces a ~/.dockercfg file that is used by subsequent 'docker push' and 'docker pull' commands to authenticate to the registry. The email address is optional.

        When creating applications, you may have a Docker registry that requires authentication.  In order for the
        nodes to pull images on your behalf, they must have the credentials.  You can provide this information
        by creating a dockercfg secret and attaching it to your service account.

Examples:
  # If you do not already have a .dockercfg file, create a dockercfg secret directly
  kubectl create secret docker-registry my-secret --docker-server=DOCKER_REGISTRY_SERVER --docker-username=DOCKER_USER --docker-password=DOCKER_PASSWORD --docker-email=DOCKER_EMAIL
  
  # Create a new secret named my-secret from ~/.docker/config.json
  kubectl create secret docker-registry my-secret --from-file=path/to/.docker/config.json`,
	usage:
		'kubectl create secret docker-registry NAME --docker-username=user --docker-password=password --docker-email=email [--docker-server=string] [--from-file=[key=]source] [--dry-run=server|client|none] [options]',
	flags: sortedFlags(
		CREATE_FLAGS,
		OBJECT_PRINT_FLAGS,
		SECRET_APPEND_HASH_FLAG,
		{ name: 'docker-email', type: 'string', default: '', description: 'Email for Docker registry' },
		{
			name: 'docker-password',
			type: 'string',
			default: '',
			description: 'Password for Docker registry authentication'
		},
		{
			name: 'docker-server',
			type: 'string',
			default: 'https://index.docker.io/v1/',
			description: 'Server location for Docker registry'
		},
		{
			name: 'docker-username',
			type: 'string',
			default: '',
			description: 'Username for Docker registry authentication'
		},
		{
			name: 'from-file',
			type: 'stringSlice',
			default: [],
			description:
				'Key files can be specified using their file path, in which case a default name of .dockerconfigjson will be given to them, or optionally with a name and file path, in which case the given name will be used. Specifying a directory will iterate each named file in the directory that is a valid secret key. For this command, the key should always be .dockerconfigjson.'
		}
	)
};
