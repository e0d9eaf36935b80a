/**
 * `-o name|yaml|json` for the objects a mutating verb wrote, as kubectl's printers show them:
 * keys sorted (objects travel as unstructured maps), several objects wrapped in a `List`,
 * simulator directives hidden. The text itself comes from the shared printers.
 */
import { visibleObject } from '../../cluster/directives';
import type { KubeObject } from '../../cluster/types';
import { clientError } from '../errors';
import { toJson, toYaml } from '../printers/print-objects';
import { withTemplateTimestamps } from '../printers/zero-timestamps';
import type { KubectlError } from '../types';

export type OutputFormat = '' | 'name' | 'yaml' | 'json';

const SUPPORTED = ['json', 'yaml', 'name'];
const ALL =
	'go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml';

/** Validates `-o`; the simulator prints the three formats runbooks use with mutating verbs. */
export function parseOutput(value: unknown, all = ALL): OutputFormat | KubectlError {
	const v = String(value ?? '');
	if (v === '' || SUPPORTED.includes(v)) return v as OutputFormat;
	// Template formats are valid kubectl; the simulator prints the plain success line for them.
	if (ALL.split(',').includes(v.split('=')[0])) return '';
	return clientError(
		`unable to match a printer suitable for the output format "${v}", allowed formats are: ${all}`
	);
}

function asDocument(objects: KubeObject[]): unknown {
	const shown = objects.map((o) => withTemplateTimestamps(visibleObject(o)));
	if (shown.length === 1) return shown[0];
	return { apiVersion: 'v1', items: shown, kind: 'List', metadata: { resourceVersion: '' } };
}

/** Prints written objects in `format`; `refs[i]` names `objects[i]` for `-o name`. */
export function printObjects(
	format: OutputFormat,
	objects: KubeObject[],
	refs: string[],
	sorted = true
): string {
	if (format === 'name') return refs.map((r) => `${r}\n`).join('');
	if (format === 'yaml') return toYaml(asDocument(objects));
	if (format === 'json') return toJson(asDocument(objects), sorted);
	return '';
}
