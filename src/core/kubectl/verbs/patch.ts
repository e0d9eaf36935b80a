/** `kubectl patch`: applies a strategic, merge or JSON patch to objects. */
import { parse } from 'yaml';
import { clientError, failed, rejected } from '../errors';
import { successLine } from '../mutate/dry-run';
import { missingFile } from '../mutate/files';
import { patchHelp } from '../mutate/help/patch';
import { jsonPatch, mergePatch, strategicMerge, type JsonPatchOp } from '../mutate/patch';
import { finishTargets } from '../mutate/finish-targets';
import { isError, openSession } from '../mutate/session';
import { parseWriteFlags } from '../mutate/write-flags';
import { checkTargetArgs, resolveTargets } from '../mutate/targets';
import { writeIfChanged } from '../mutate/update';
import { validatePatched } from '../mutate/validate-patched';
import { changeCause, RECORD_FLAG, withChangeCause } from '../mutate/record';
import type { KubeObject } from '../../cluster/types';
import type { Env, Invocation, KubectlError, Outcome, VerbSpec } from '../types';

export const patchVerb: VerbSpec = {
	name: 'patch',
	...patchHelp,
	flags: [...patchHelp.flags, RECORD_FLAG],
	run: runPatch
};

const TYPES = ['json', 'merge', 'strategic'];

/** The patch document, parsed as kubectl does (YAML is accepted and turned into JSON). */
function parsePatch(text: string): unknown | KubectlError {
	try {
		return parse(text);
	} catch {
		return clientError(
			`unable to parse "${text}": yaml: line 1: did not find expected node content`
		);
	}
}

function apply(obj: KubeObject, type: string, doc: unknown): KubeObject | KubectlError {
	if (type === 'json') {
		if (!Array.isArray(doc))
			return {
				message: `Error from server (BadRequest): json: cannot unmarshal object into Go value of type jsonpatch.Patch\n`,
				exitCode: 1
			};
		const r = jsonPatch(obj, doc as JsonPatchOp[]);
		if ('error' in r) return { message: `The request is invalid: ${r.error}\n`, exitCode: 1 };
		return r.value;
	}
	return type === 'merge' ? mergePatch(obj, doc) : strategicMerge(obj, doc);
}

const badRequest = (message: string): KubectlError => ({
	message: `Error from server (BadRequest): ${message}\n`,
	exitCode: 1
});

/** The server decodes a merge or strategic patch into a map; anything else is a BadRequest. */
function notAnObject(type: string, doc: unknown): KubectlError | undefined {
	if (type === 'json' || (typeof doc === 'object' && doc !== null && !Array.isArray(doc)))
		return undefined;
	// A strategic `null` decodes to an empty map: a patch that changes nothing.
	if (doc === null && type === 'strategic') return undefined;
	if (type === 'merge') return badRequest('Invalid JSON Patch');
	const go = Array.isArray(doc) ? 'array' : typeof doc === 'boolean' ? 'bool' : typeof doc;
	return badRequest(`json: cannot unmarshal ${go} into Go value of type map[string]interface {}`);
}

function runPatch(inv: Invocation, env: Env): Outcome {
	const text = String(inv.flags.get('patch') ?? '');
	const file = String(inv.flags.get('patch-file') ?? '');
	if (text && file)
		return rejected(clientError('cannot specify --patch and --patch-file together'));
	if (!text && !file)
		return rejected(
			clientError('must specify --patch or --patch-file containing the contents of the patch')
		);
	const type = String(inv.flags.get('type') ?? 'strategic');
	const fromFile = missingFile(inv);
	if (fromFile) return fromFile;
	if (inv.flags.get('local') === true && inv.args.length)
		return rejected(clientError('cannot specify --local and server resources'));
	if (!TYPES.includes(type))
		return rejected(clientError(`--type must be one of [json merge strategic], not "${type}"`));
	const query = { args: inv.args };
	const shape = checkTargetArgs(query);
	if (shape) return rejected(shape);
	const modes = parseWriteFlags(inv);
	if (isError(modes)) return rejected(modes);
	const { dryRun, output } = modes;
	// The simulator has no filesystem: a patch file never exists.
	if (file)
		return rejected(
			clientError(`unable to read patch file: open ${file}: no such file or directory`)
		);
	const parsed = parsePatch(text);
	if (isError(parsed)) return failed(parsed);
	const doc = parsed ?? {};
	const shapeError = notAnObject(type, parsed);
	const s = openSession(env);
	if (isError(s)) return failed(s);
	const found = resolveTargets(s, query);
	if (isError(found)) return failed(found);
	let stdout = '';
	let changed = false;
	const written: KubeObject[] = [];
	const cause = changeCause(inv, patchVerb.flags);
	for (const t of found.targets) {
		if (shapeError) return { ...failed(shapeError), stdout };
		const patched = apply(t.obj, type, doc);
		if (isError(patched)) return { ...failed(patched), stdout };
		const invalid = validatePatched(t.obj, patched);
		if (invalid) return { ...failed(invalid), stdout };
		const next = withChangeCause(patched, cause);
		// Identity and status are not the patch's to change (status is a subresource).
		const kept = { ...next, apiVersion: t.obj.apiVersion, kind: t.obj.kind, status: t.obj.status };
		kept.metadata = {
			...kept.metadata,
			name: t.obj.metadata.name,
			namespace: t.obj.metadata.namespace,
			uid: t.obj.metadata.uid
		};
		if (kept.status === undefined) delete kept.status;
		const wrote = writeIfChanged(s.tx, t.obj, kept);
		changed ||= wrote;
		written.push(kept);
		stdout += successLine(
			t.ref,
			wrote || dryRun !== 'none' ? 'patched' : 'patched (no change)',
			dryRun
		);
	}
	return finishTargets(s, found, { stdout, changed, dryRun, output, written });
}
