/**
 * `kubectl explain TYPE[.field…]`: resolves the type as kubectl's RESTMapper does, then prints
 * the schema text from the compact tables in `explain/` with kubectl v1.32's plaintext template.
 */
import { apiVersionOf, resolveResourceType } from '../../cluster/resources';
import { KIND_TYPES } from '../explain/kinds';
import { MORE_KIND_TYPES } from '../explain/more-kinds';
import { renderExplain } from '../explain/render';
import { clientError, failed, rejected, unknownResourceType } from '../errors';
import type { Invocation, Outcome, VerbSpec } from '../types';

const TABLE = { ...KIND_TYPES, ...MORE_KIND_TYPES };

function runExplain(inv: Invocation): Outcome {
	if (inv.args.length === 0) {
		return rejected(
			clientError(
				'You must specify the type of resource to explain. Use "kubectl api-resources" for a complete list of supported resources.'
			)
		);
	}
	if (inv.args.length > 1)
		return rejected(clientError('We accept only this format: explain RESOURCE'));
	const output = String(inv.flags.get('output') ?? 'plaintext');
	if (output !== 'plaintext' && output !== 'plaintext-openapiv2') {
		return failed(clientError(`unsupported output format: ${output}`));
	}
	const [typed, ...path] = inv.args[0].split('.');
	// `deployments.apps.spec` style group suffixes are not accepted; the first segment is the type.
	const resource = resolveResourceType(typed);
	if (!resource) return failed(unknownResourceType(typed));
	let { group, version } = resource;
	const requested = String(inv.flags.get('api-version') ?? '');
	if (requested !== '' && requested !== apiVersionOf(resource)) {
		const slash = requested.lastIndexOf('/');
		[group, version] =
			slash < 0 ? ['', requested] : [requested.slice(0, slash), requested.slice(slash + 1)];
		return failed(
			clientError(
				`GVR (${group}/${version}, Resource=${resource.name}) not found in OpenAPI schema`
			)
		);
	}
	const result = renderExplain(
		{ group, kind: resource.kind, version },
		TABLE,
		path,
		inv.flags.get('recursive') === true
	);
	if (!result.ok) return failed(clientError(result.error));
	return { stdout: result.text, stderr: '', exitCode: 0 };
}

export const explainVerb: VerbSpec = {
	name: 'explain',
	short: 'Get documentation for a resource',
	long: `Describe fields and structure of various resources.

 This command describes the fields associated with each supported API resource. Fields are identified via a simple JSONPath identifier:

        <type>.<fieldName>[.<fieldName>]
        
 Information about each field is retrieved from the server in OpenAPI format.

Use "kubectl api-resources" for a complete list of supported resources.

Examples:
  # Get the documentation of the resource and its fields
  kubectl explain pods
  
  # Get all the fields in the resource
  kubectl explain pods --recursive
  
  # Get the explanation for deployment in supported api versions
  kubectl explain deployments --api-version=apps/v1
  
  # Get the documentation of a specific field of a resource
  kubectl explain pods.spec.containers
  
  # Get the documentation of resources in different format
  kubectl explain deployment --output=plaintext-openapiv2`,
	usage:
		'kubectl explain TYPE [--recursive=FALSE|TRUE] [--api-version=api-version-group] [-o|--output=plaintext|plaintext-openapiv2] [options]',
	flags: [
		{
			name: 'api-version',
			type: 'string',
			default: '',
			description: 'Use given api-version (group/version) of the resource.'
		},
		{
			name: 'output',
			short: 'o',
			type: 'string',
			default: 'plaintext',
			description:
				'Format in which to render the schema. Valid values are: (plaintext, plaintext-openapiv2).'
		},
		{
			name: 'recursive',
			type: 'bool',
			default: false,
			description:
				'When true, print the name of all the fields recursively. Otherwise, print the available fields with their description.'
		}
	],
	run: runExplain
};
