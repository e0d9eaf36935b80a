/** `kubectl set image`: points containers of pod templates at new images. */
import type { KubeObject } from '../../cluster/types';
import { clientError, failed, rejected } from '../errors';
import type { Env, Invocation, Outcome, VerbSpec } from '../types';
import { successLine } from './dry-run';
import { missingFile } from './files';
import { setImageHelp } from './help/set-image';
import { podSpecOf } from './pod-template';
import { changeCause, RECORD_FLAG, withChangeCause } from './record';
import { finishTargets } from './finish-targets';
import { isError, openSession } from './session';
import { parseWriteFlags } from './write-flags';
import { checkTargetArgs, resolveTargets } from './targets';
import { clone, writeIfChanged } from './update';

export const setImage: VerbSpec = {
	name: 'image',
	...setImageHelp,
	flags: [...setImageHelp.flags, RECORD_FLAG],
	run: runSetImage
};

/** Sets `name=image` pairs on a copy of `obj`; returns the copy or the first unknown container. */
export function withImages(
	obj: KubeObject,
	images: [string, string][]
): KubeObject | { missing: string } {
	const next = clone(obj);
	const spec = podSpecOf(next);
	for (const [name, image] of images) {
		const containers = [...(spec?.containers ?? []), ...(spec?.initContainers ?? [])];
		const hits = containers.filter((c) => name === '*' || c.name === name);
		if (hits.length === 0) return { missing: name };
		for (const c of hits) c.image = image;
	}
	return next;
}

function runSetImage(inv: Invocation, env: Env): Outcome {
	const file = missingFile(inv);
	if (file) return file;
	const resourceArgs = inv.args.filter((a) => !a.includes('='));
	const images = inv.args
		.filter((a) => a.includes('='))
		.map((a) => [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] as [string, string]);
	const all = inv.flags.get('all') === true;
	const selector = String(inv.flags.get('selector') ?? '');
	if (all && selector)
		return rejected(clientError('cannot set --all and --selector at the same time'));
	if (inv.flags.get('local') === true)
		return rejected(clientError('you must specify resources by --filename when --local is set.'));
	const query = { args: resourceArgs, all, selector };
	const shape = checkTargetArgs(query);
	if (shape) return rejected(shape);
	const modes = parseWriteFlags(inv);
	if (isError(modes)) return rejected(modes);
	const { dryRun, output } = modes;
	const s = openSession(env);
	if (isError(s)) return failed(s);
	const found = resolveTargets(s, query);
	if (isError(found)) return failed(found);
	if (images.length === 0 && found.targets.length)
		return failed(clientError('at least one image update is required'));
	let stdout = '';
	let changed = false;
	const written: KubeObject[] = [];
	const refs: string[] = [];
	const cause = changeCause(inv, setImage.flags);
	for (const t of found.targets) {
		const updated = withImages(t.obj, images);
		if ('missing' in updated)
			return {
				...failed(clientError(`unable to find container named "${updated.missing}"`)),
				stdout
			};
		// The change-cause rides in the same patch as the images.
		const next = withChangeCause(updated, cause);
		// kubectl sends no patch, and prints nothing, when the images are already set.
		if (!writeIfChanged(s.tx, t.obj, next)) continue;
		changed = true;
		written.push(next);
		refs.push(t.ref);
		stdout += successLine(t.ref, 'image updated', dryRun);
	}
	return finishTargets(s, found, { stdout, changed, dryRun, output, written, refs });
}
