/**
 * FlagSpecs kubectl defines once and many verbs add (PrintFlags, dry-run, field-manager,
 * selectors, -f/-k/-R). Only flags whose --help text is identical everywhere live here; verbs with
 * their own wording keep their own spec.
 */
import type { FlagSpec } from '../types';

/** `-o` of verbs that print the changed object (no table formats). */
export const OBJECT_OUTPUT_FLAG: FlagSpec = {
	name: 'output',
	short: 'o',
	type: 'string',
	default: '',
	description:
		'Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).'
};

export const ALLOW_MISSING_TEMPLATE_KEYS_FLAG: FlagSpec = {
	name: 'allow-missing-template-keys',
	type: 'bool',
	default: true,
	description:
		'If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.'
};

export const SHOW_MANAGED_FIELDS_FLAG: FlagSpec = {
	name: 'show-managed-fields',
	type: 'bool',
	default: false,
	description: 'If true, keep the managedFields when printing objects in JSON or YAML format.'
};

export const TEMPLATE_FLAG: FlagSpec = {
	name: 'template',
	type: 'string',
	default: '',
	description:
		'Template string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview].'
};

export const DRY_RUN_FLAG: FlagSpec = {
	name: 'dry-run',
	type: 'string',
	default: 'none',
	noOptDefault: 'unchanged',
	description:
		'Must be "none", "server", or "client". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource.'
};

export const ALL_NAMESPACES_FLAG: FlagSpec = {
	name: 'all-namespaces',
	short: 'A',
	type: 'bool',
	default: false,
	description:
		'If present, list the requested object(s) across all namespaces. Namespace in current context is ignored even if specified with --namespace.'
};

/** kubectl's wording from `auth can-i`, reused verbatim by `label`/`annotate`. */
export const ALL_NAMESPACES_CHECK_FLAG: FlagSpec = {
	name: 'all-namespaces',
	short: 'A',
	type: 'bool',
	default: false,
	description: 'If true, check the specified action in all namespaces.'
};

export const SELECTOR_FLAG: FlagSpec = {
	name: 'selector',
	short: 'l',
	type: 'string',
	default: '',
	description:
		"Selector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2). Matching objects must satisfy all of the specified label constraints."
};

export const FIELD_SELECTOR_FLAG: FlagSpec = {
	name: 'field-selector',
	type: 'string',
	default: '',
	description:
		"Selector (field query) to filter on, supports '=', '==', and '!='.(e.g. --field-selector key1=value1,key2=value2). The server only supports a limited number of field queries per type."
};

export const CHUNK_SIZE_FLAG: FlagSpec = {
	name: 'chunk-size',
	type: 'int',
	default: 500,
	description:
		'Return large lists in chunks rather than all at once. Pass 0 to disable. This flag is beta and may change in the future.'
};

export const RECURSIVE_FLAG: FlagSpec = {
	name: 'recursive',
	short: 'R',
	type: 'bool',
	default: false,
	description:
		'Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.'
};

export const KUSTOMIZE_FLAG: FlagSpec = {
	name: 'kustomize',
	short: 'k',
	type: 'string',
	default: '',
	description:
		"Process the kustomization directory. This flag can't be used together with -f or -R."
};

export const FILENAME_TO_GET_FLAG: FlagSpec = {
	name: 'filename',
	short: 'f',
	type: 'stringSlice',
	default: [],
	description: 'Filename, directory, or URL to files identifying the resource to get from a server.'
};

export const NO_HEADERS_FLAG: FlagSpec = {
	name: 'no-headers',
	type: 'bool',
	default: false,
	description:
		"When using the default or custom-column output format, don't print headers (default print headers)."
};

export const POD_RUNNING_TIMEOUT_FLAG: FlagSpec = {
	name: 'pod-running-timeout',
	type: 'duration',
	default: '20s',
	description:
		'The length of time (like 5s, 2m, or 3h, higher than zero) to wait until at least one pod is running'
};

export const SAVE_CONFIG_FLAG: FlagSpec = {
	name: 'save-config',
	type: 'bool',
	default: false,
	description:
		'If true, the configuration of current object will be saved in its annotation. Otherwise, the annotation will be unchanged. This flag is useful when you want to perform kubectl apply on this object in the future.'
};

export const VALIDATE_FLAG: FlagSpec = {
	name: 'validate',
	type: 'string',
	default: 'strict',
	description:
		'Must be one of: strict (or true), warn, ignore (or false). "true" or "strict" will use a schema to validate the input and fail the request if invalid. It will perform server side validation if ServerSideFieldValidation is enabled on the api-server, but will fall back to less reliable client-side validation if not. "warn" will warn about unknown or duplicate fields without blocking the request if server-side field validation is enabled on the API server, and behave as "ignore" otherwise. "false" or "ignore" will not perform any schema validation, silently dropping any unknown or duplicate fields.'
};

export const SECRET_APPEND_HASH_FLAG: FlagSpec = {
	name: 'append-hash',
	type: 'bool',
	default: false,
	description: 'Append a hash of the secret to its name.'
};

/** `--field-manager`, whose default names the verb (`kubectl-create`), as kubectl's AddFieldManagerFlagVar. */
export function fieldManagerFlag(manager: string): FlagSpec {
	return {
		name: 'field-manager',
		type: 'string',
		default: manager,
		description: 'Name of the manager used to track field ownership.'
	};
}

/** kubectl's PrintFlags on verbs that print the objects they changed (`-o` without tables). */
export const OBJECT_PRINT_FLAGS: readonly FlagSpec[] = [
	ALLOW_MISSING_TEMPLATE_KEYS_FLAG,
	OBJECT_OUTPUT_FLAG,
	SHOW_MANAGED_FIELDS_FLAG,
	TEMPLATE_FLAG
];

/** kubectl's FilenameOptions worded for resources read back from the server (`-f`, `-k`, `-R`). */
export const RESOURCE_FILE_FLAGS: readonly FlagSpec[] = [
	FILENAME_TO_GET_FLAG,
	KUSTOMIZE_FLAG,
	RECURSIVE_FLAG
];

/** What every `kubectl create …` generator adds. */
export const CREATE_FLAGS: readonly FlagSpec[] = [
	DRY_RUN_FLAG,
	fieldManagerFlag('kubectl-create'),
	SAVE_CONFIG_FLAG,
	VALIDATE_FLAG
];

/** Flags and flag groups as one list in kubectl's --help order (by long name). */
export function sortedFlags(...items: (FlagSpec | readonly FlagSpec[])[]): FlagSpec[] {
	const flags = items.flatMap((i) => ('name' in i ? [i as FlagSpec] : [...(i as FlagSpec[])]));
	return flags.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
