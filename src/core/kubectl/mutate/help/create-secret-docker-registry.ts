/** `kubectl create secret docker-registry --help`, as kubectl v1.32 prints it. */
import type { FlagSpec } from '../../types';

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
	flags: [
		{
			name: 'allow-missing-template-keys',
			type: 'bool',
			default: true,
			description:
				'If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.'
		},
		{
			name: 'append-hash',
			type: 'bool',
			default: false,
			description: 'Append a hash of the secret to its name.'
		},
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
			name: 'dry-run',
			type: 'string',
			default: 'none',
			noOptDefault: 'unchanged',
			description:
				'Must be "none", "server", or "client". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource.'
		},
		{
			name: 'field-manager',
			type: 'string',
			default: 'kubectl-create',
			description: 'Name of the manager used to track field ownership.'
		},
		{
			name: 'from-file',
			type: 'stringSlice',
			default: [],
			description:
				'Key files can be specified using their file path, in which case a default name of .dockerconfigjson will be given to them, or optionally with a name and file path, in which case the given name will be used. Specifying a directory will iterate each named file in the directory that is a valid secret key. For this command, the key should always be .dockerconfigjson.'
		},
		{
			name: 'output',
			short: 'o',
			type: 'string',
			default: '',
			description:
				'Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).'
		},
		{
			name: 'save-config',
			type: 'bool',
			default: false,
			description:
				'If true, the configuration of current object will be saved in its annotation. Otherwise, the annotation will be unchanged. This flag is useful when you want to perform kubectl apply on this object in the future.'
		},
		{
			name: 'show-managed-fields',
			type: 'bool',
			default: false,
			description: 'If true, keep the managedFields when printing objects in JSON or YAML format.'
		},
		{
			name: 'template',
			type: 'string',
			default: '',
			description:
				'Template string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview].'
		},
		{
			name: 'validate',
			type: 'string',
			default: 'strict',
			description:
				'Must be one of: strict (or true), warn, ignore (or false). "true" or "strict" will use a schema to validate the input and fail the request if invalid. It will perform server side validation if ServerSideFieldValidation is enabled on the api-server, but will fall back to less reliable client-side validation if not. "warn" will warn about unknown or duplicate fields without blocking the request if server-side field validation is enabled on the API server, and behave as "ignore" otherwise. "false" or "ignore" will not perform any schema validation, silently dropping any unknown or duplicate fields.'
		}
	] satisfies FlagSpec[]
};
