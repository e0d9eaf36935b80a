/** `kubectl get --help`: its text, usage and flags (printing flags live in output-flags.ts). */
import type { FlagSpec } from '../types';
import {
	ALL_NAMESPACES_FLAG,
	SELECTOR_FLAG,
	FIELD_SELECTOR_FLAG,
	CHUNK_SIZE_FLAG,
	NO_HEADERS_FLAG,
	RESOURCE_FILE_FLAGS,
	sortedFlags
} from '../flags/common';

export const GET_LONG =
	'Display one or many resources.\n\n Prints a table of the most important information about the specified resources. You can filter the list using a label selector and the --selector flag. If the desired resource type is namespaced you will only see results in the current namespace if you don\'t specify any namespace.\n\n By specifying the output as \'template\' and providing a Go template as the value of the --template flag, you can filter the attributes of the fetched resources.\n\nUse "kubectl api-resources" for a complete list of supported resources.\n\nExamples:\n  # List all pods in ps output format\n  kubectl get pods\n  \n  # List all pods in ps output format with more information (such as node name)\n  kubectl get pods -o wide\n  \n  # List a single replication controller with specified NAME in ps output format\n  kubectl get replicationcontroller web\n  \n  # List deployments in JSON output format, in the "v1" version of the "apps" API group\n  kubectl get deployments.v1.apps -o json\n  \n  # List a single pod in JSON output format\n  kubectl get -o json pod web-pod-13je7\n  \n  # List a pod identified by type and name specified in "pod.yaml" in JSON output format\n  kubectl get -f pod.yaml -o json\n  \n  # List resources from a directory with kustomization.yaml - e.g. dir/kustomization.yaml\n  kubectl get -k dir/\n  \n  # Return only the phase value of the specified pod\n  kubectl get -o template pod/web-pod-13je7 --template={{.status.phase}}\n  \n  # List resource information in custom columns\n  kubectl get pod test-pod -o custom-columns=CONTAINER:.spec.containers[0].name,IMAGE:.spec.containers[0].image\n  \n  # List all replication controllers and services together in ps output format\n  kubectl get rc,services\n  \n  # List one or more resources by their type and names\n  kubectl get rc/web service/frontend pods/web-pod-13je7\n  \n  # List the \'status\' subresource for a single pod\n  kubectl get pod web-pod-13je7 --subresource status\n  \n  # List all deployments in namespace \'backend\'\n  kubectl get deployments.apps --namespace backend\n  \n  # List all pods existing in all namespaces\n  kubectl get pods --all-namespaces\n';

export const GET_USAGE =
	'kubectl get [(-o|--output=)json|yaml|name|go-template|go-template-file|template|templatefile|jsonpath|jsonpath-as-json|jsonpath-file|custom-columns|custom-columns-file|wide] (TYPE[.VERSION][.GROUP] [NAME | -l label] | TYPE[.VERSION][.GROUP]/NAME ...) [flags] [options]';

export const GET_FLAGS: FlagSpec[] = sortedFlags(
	RESOURCE_FILE_FLAGS,
	ALL_NAMESPACES_FLAG,
	CHUNK_SIZE_FLAG,
	FIELD_SELECTOR_FLAG,
	{
		name: 'ignore-not-found',
		type: 'bool',
		default: false,
		description: 'If the requested object does not exist the command will return exit code 0.'
	},
	{
		name: 'label-columns',
		short: 'L',
		type: 'stringSlice',
		default: [],
		description:
			'Accepts a comma separated list of labels that are going to be presented as columns. Names are case-sensitive. You can also use multiple flag options like -L label1 -L label2...'
	},
	NO_HEADERS_FLAG,
	{
		name: 'output-watch-events',
		type: 'bool',
		default: false,
		description:
			'Output watch event objects when --watch or --watch-only is used. Existing objects are output as initial ADDED events.'
	},
	{
		name: 'raw',
		type: 'string',
		default: '',
		description:
			'Raw URI to request from the server.  Uses the transport specified by the kubeconfig file.'
	},
	SELECTOR_FLAG,
	{
		name: 'server-print',
		type: 'bool',
		default: true,
		description:
			'If true, have the server return the appropriate table output. Supports extension APIs and CRDs.'
	},
	{
		name: 'show-kind',
		type: 'bool',
		default: false,
		description: 'If present, list the resource type for the requested object(s).'
	},
	{
		name: 'show-labels',
		type: 'bool',
		default: false,
		description: 'When printing, show all labels as the last column (default hide labels column)'
	},
	{
		name: 'sort-by',
		type: 'string',
		default: '',
		description:
			"If non-empty, sort list types using this field specification.  The field specification is expressed as a JSONPath expression (e.g. '{.metadata.name}'). The field in the API resource specified by this JSONPath expression must be an integer or a string."
	},
	{
		name: 'subresource',
		type: 'string',
		default: '',
		description:
			'If specified, gets the subresource of the requested object. This flag is beta and may change in the future.'
	},
	{
		name: 'watch',
		short: 'w',
		type: 'bool',
		default: false,
		description: 'After listing/getting the requested object, watch for changes.'
	},
	{
		name: 'watch-only',
		type: 'bool',
		default: false,
		description: 'Watch for changes to the requested object(s), without listing/getting first.'
	}
);
