/** `kubectl rollout status --help`, as kubectl v1.32 prints it. */
import type { FlagSpec } from '../../types';

export const rolloutStatusHelp = {
	short: 'Show the status of the rollout',
	long: `Show the status of the rollout.

 By default 'rollout status' will watch the status of the latest rollout until it's done. If you don't want to wait for the rollout to finish then you can use --watch=false. Note that if a new rollout starts in-between, then 'rollout status' will continue watching the latest revision. If you want to pin to a specific revision and abort if it is rolled over by another revision, use --revision=N where N is the revision you need to watch for.

Examples:
  # Watch the rollout status of a deployment
  kubectl rollout status deployment/nginx`,
	usage: 'kubectl rollout status (TYPE NAME | TYPE/NAME) [flags] [options]',
	flags: [
		{
			name: 'filename',
			short: 'f',
			type: 'stringSlice',
			default: [],
			description:
				'Filename, directory, or URL to files identifying the resource to get from a server.'
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
			name: 'recursive',
			short: 'R',
			type: 'bool',
			default: false,
			description:
				'Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.'
		},
		{
			name: 'revision',
			type: 'int',
			default: 0,
			description:
				'Pin to a specific revision for showing its status. Defaults to 0 (last revision).'
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
			name: 'timeout',
			type: 'duration',
			default: '0s',
			description:
				'The length of time to wait before ending watch, zero means never. Any other values should contain a corresponding time unit (e.g. 1s, 2m, 3h).'
		},
		{
			name: 'watch',
			short: 'w',
			type: 'bool',
			default: true,
			description: "Watch the status of the rollout until it's done."
		}
	] satisfies FlagSpec[]
};
