/**
 * kubectl's global flags (`kubectl options`), valid before or after any verb. `-A` is not here:
 * it belongs to the verbs that list (get, describe, delete, events, top, …).
 */
import type { FlagSpec } from './types';

export const GLOBAL_FLAGS: FlagSpec[] = [
	{
		name: 'as',
		type: 'string',
		default: '',
		description:
			'Username to impersonate for the operation. User could be a regular user or a service account in a namespace.'
	},
	{
		name: 'as-group',
		type: 'stringArray',
		default: [],
		description:
			'Group to impersonate for the operation, this flag can be repeated to specify multiple groups.'
	},
	{
		name: 'as-uid',
		type: 'string',
		default: '',
		description: 'UID to impersonate for the operation.'
	},
	{
		name: 'cache-dir',
		type: 'string',
		default: '/home/oncall/.kube/cache',
		description: 'Default cache directory'
	},
	{
		name: 'certificate-authority',
		type: 'string',
		default: '',
		description: 'Path to a cert file for the certificate authority'
	},
	{
		name: 'client-certificate',
		type: 'string',
		default: '',
		description: 'Path to a client certificate file for TLS'
	},
	{
		name: 'client-key',
		type: 'string',
		default: '',
		description: 'Path to a client key file for TLS'
	},
	{
		name: 'cluster',
		type: 'string',
		default: '',
		description: 'The name of the kubeconfig cluster to use'
	},
	{
		name: 'context',
		type: 'string',
		default: '',
		description: 'The name of the kubeconfig context to use'
	},
	{
		name: 'disable-compression',
		type: 'bool',
		default: false,
		description: 'If true, opt-out of response compression for all requests to the server'
	},
	{
		name: 'insecure-skip-tls-verify',
		type: 'bool',
		default: false,
		description:
			"If true, the server's certificate will not be checked for validity. This will make your HTTPS connections insecure"
	},
	{
		name: 'kubeconfig',
		type: 'string',
		default: '',
		description: 'Path to the kubeconfig file to use for CLI requests.'
	},
	{
		name: 'log-flush-frequency',
		type: 'duration',
		default: '5s',
		description: 'Maximum number of seconds between log flushes'
	},
	{
		name: 'match-server-version',
		type: 'bool',
		default: false,
		description: 'Require server version to match client version'
	},
	{
		name: 'namespace',
		short: 'n',
		type: 'string',
		default: '',
		description: 'If present, the namespace scope for this CLI request'
	},
	{
		name: 'password',
		type: 'string',
		default: '',
		description: 'Password for basic authentication to the API server'
	},
	{
		name: 'profile',
		type: 'string',
		default: 'none',
		description:
			'Name of profile to capture. One of (none|cpu|heap|goroutine|threadcreate|block|mutex)'
	},
	{
		name: 'profile-output',
		type: 'string',
		default: 'profile.pprof',
		description: 'Name of the file to write the profile to'
	},
	{
		name: 'request-timeout',
		type: 'string',
		default: '0',
		description:
			"The length of time to wait before giving up on a single server request. Non-zero values should contain a corresponding time unit (e.g. 1s, 2m, 3h). A value of zero means don't timeout requests."
	},
	{
		name: 'server',
		short: 's',
		type: 'string',
		default: '',
		description: 'The address and port of the Kubernetes API server'
	},
	{
		name: 'tls-server-name',
		type: 'string',
		default: '',
		description:
			'Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used'
	},
	{
		name: 'token',
		type: 'string',
		default: '',
		description: 'Bearer token for authentication to the API server'
	},
	{
		name: 'user',
		type: 'string',
		default: '',
		description: 'The name of the kubeconfig user to use'
	},
	{
		name: 'username',
		type: 'string',
		default: '',
		description: 'Username for basic authentication to the API server'
	},
	{
		name: 'v',
		short: 'v',
		type: 'int',
		default: 0,
		description: 'number for the log level verbosity'
	},
	{
		name: 'vmodule',
		type: 'stringSlice',
		default: [],
		description:
			'comma-separated list of pattern=N settings for file-filtered logging (only works for the default text log format)'
	},
	{
		name: 'warnings-as-errors',
		type: 'bool',
		default: false,
		description:
			'Treat warnings received from the server as errors and exit with a non-zero exit code'
	}
];
