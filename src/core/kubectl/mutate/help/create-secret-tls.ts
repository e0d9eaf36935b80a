/** `kubectl create secret tls --help`, as kubectl v1.32 prints it. */
import type { FlagSpec } from '../../types';

export const createSecretTlsHelp = {
	short: 'Create a TLS secret',
	long: `Create a TLS secret from the given public/private key pair.

 The public/private key pair must exist beforehand. The public key certificate must be .PEM encoded and match the given private key.

Examples:
  # Create a new TLS secret named tls-secret with the given key pair
  kubectl create secret tls tls-secret --cert=path/to/tls.crt --key=path/to/tls.key`,
	usage:
		'kubectl create secret tls NAME --cert=path/to/cert/file --key=path/to/key/file [--dry-run=server|client|none] [options]',
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
		{
			name: 'cert',
			type: 'string',
			default: '',
			description: 'Path to PEM encoded public key certificate.'
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
			name: 'key',
			type: 'string',
			default: '',
			description: 'Path to private key associated with given certificate.'
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
