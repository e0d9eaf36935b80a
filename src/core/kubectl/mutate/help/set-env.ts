/** `kubectl set env --help`, as kubectl v1.32 prints it. */
import type { FlagSpec } from '../../types';

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
	flags: [
		{
			name: 'all',
			type: 'bool',
			default: false,
			description: 'If true, select all resources in the namespace of the specified resource types'
		},
		{
			name: 'allow-missing-template-keys',
			type: 'bool',
			default: true,
			description:
				'If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.'
		},
		{
			name: 'containers',
			short: 'c',
			type: 'string',
			default: '*',
			description:
				'The names of containers in the selected pod templates to change - may use wildcards'
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
			name: 'env',
			short: 'e',
			type: 'stringArray',
			default: [],
			description:
				'Specify a key-value pair for an environment variable to set into each container.'
		},
		{
			name: 'field-manager',
			type: 'string',
			default: 'kubectl-set',
			description: 'Name of the manager used to track field ownership.'
		},
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
		{
			name: 'kustomize',
			short: 'k',
			type: 'string',
			default: '',
			description:
				"Process the kustomization directory. This flag can't be used together with -f or -R."
		},
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
			name: 'output',
			short: 'o',
			type: 'string',
			default: '',
			description:
				'Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).'
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
		{
			name: 'recursive',
			short: 'R',
			type: 'bool',
			default: false,
			description:
				'Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.'
		},
		{
			name: 'resolve',
			type: 'bool',
			default: false,
			description: 'If true, show secret or configmap references when listing variables'
		},
		{
			name: 'selector',
			short: 'l',
			type: 'string',
			default: '',
			description:
				"Selector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2). Matching objects must satisfy all of the specified label constraints."
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
		}
	] satisfies FlagSpec[]
};
