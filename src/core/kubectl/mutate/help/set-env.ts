/** `kubectl set env --help`, as kubectl v1.32 prints it. */
import {
	DRY_RUN_FLAG,
	SELECTOR_FLAG,
	RECURSIVE_FLAG,
	KUSTOMIZE_FLAG,
	fieldManagerFlag,
	OBJECT_PRINT_FLAGS,
	sortedFlags
} from '../../flags/common';

export const setEnvHelp = {
	short: 'Update environment variables on a pod template',
	long: `Update environment variables on a pod template.

 List environment variable definitions in one or more pods, pod templates. Add, update, or remove container environment variable definitions in one or more pod templates (within replication controllers or deployment configurations). View or modify the environment variable definitions on all containers in the specified pods or pod templates, or just those that match a wildcard.

 If "--env -" is passed, environment variables can be read from STDIN using the standard env syntax.

 Possible resources include (case insensitive):

        pod (po), replicationcontroller (rc), deployment (deploy), daemonset (ds), statefulset (sts), cronjob (cj), replicaset (rs)

Examples:
  # Update deployment 'registry' with a new environment variable
  kubectl set env deployment/registry STORAGE_DIR=/local
  
  # List the environment variables defined on a deployments 'sample-build'
  kubectl set env deployment/sample-build --list
  
  # List the environment variables defined on all pods
  kubectl set env pods --all --list
  
  # Output modified deployment in YAML, and does not alter the object on the server
  kubectl set env deployment/sample-build STORAGE_DIR=/data -o yaml
  
  # Update all containers in all replication controllers in the project to have ENV=prod
  kubectl set env rc --all ENV=prod
  
  # Import environment from a secret
  kubectl set env --from=secret/mysecret deployment/myapp
  
  # Import environment from a config map with a prefix
  kubectl set env --from=configmap/myconfigmap --prefix=MYSQL_ deployment/myapp
  
  # Import specific keys from a config map
  kubectl set env --keys=my-example-key --from=configmap/myconfigmap deployment/myapp
  
  # Remove the environment variable ENV from container 'c1' in all deployment configs
  kubectl set env deployments --all --containers="c1" ENV-
  
  # Remove the environment variable ENV from a deployment definition on disk and
  # update the deployment config on the server
  kubectl set env -f deploy.json ENV-
  
  # Set some of the local shell environment into a deployment config on the server
  env | grep RAILS_ | kubectl set env -e - deployment/registry`,
	usage: 'kubectl set env RESOURCE/NAME KEY_1=VAL_1 ... KEY_N=VAL_N [options]',
	flags: sortedFlags(
		OBJECT_PRINT_FLAGS,
		{
			name: 'all',
			type: 'bool',
			default: false,
			description: 'If true, select all resources in the namespace of the specified resource types'
		},
		{
			name: 'containers',
			short: 'c',
			type: 'string',
			default: '*',
			description:
				'The names of containers in the selected pod templates to change - may use wildcards'
		},
		DRY_RUN_FLAG,
		{
			name: 'env',
			short: 'e',
			type: 'stringArray',
			default: [],
			description:
				'Specify a key-value pair for an environment variable to set into each container.'
		},
		fieldManagerFlag('kubectl-set'),
		{
			name: 'filename',
			short: 'f',
			type: 'stringSlice',
			default: [],
			description: 'Filename, directory, or URL to files the resource to update the env'
		},
		{
			name: 'from',
			type: 'string',
			default: '',
			description: 'The name of a resource from which to inject environment variables'
		},
		{
			name: 'keys',
			type: 'stringSlice',
			default: [],
			description: 'Comma-separated list of keys to import from specified resource'
		},
		KUSTOMIZE_FLAG,
		{
			name: 'list',
			type: 'bool',
			default: false,
			description:
				'If true, display the environment and any changes in the standard format. this flag will removed when we have kubectl view env.'
		},
		{
			name: 'local',
			type: 'bool',
			default: false,
			description: 'If true, set env will NOT contact api-server but run locally.'
		},
		{
			name: 'overwrite',
			type: 'bool',
			default: true,
			description:
				'If true, allow environment to be overwritten, otherwise reject updates that overwrite existing environment.'
		},
		{
			name: 'prefix',
			type: 'string',
			default: '',
			description: 'Prefix to append to variable names'
		},
		RECURSIVE_FLAG,
		{
			name: 'resolve',
			type: 'bool',
			default: false,
			description: 'If true, show secret or configmap references when listing variables'
		},
		SELECTOR_FLAG
	)
};
