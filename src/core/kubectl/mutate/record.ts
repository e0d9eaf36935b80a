/**
 * kubectl's deprecated, hidden `--record` (scale, set image, label, annotate, patch, create -f):
 * with `--record=true` it stamps `kubernetes.io/change-cause` with the command line, rebuilt the
 * way kubectl's RecordFlags do — the words, then each flag by long name as `--name=value`.
 */
import type { KubeObject } from '../../cluster/types';
import { flagTrail } from '../parse';
import type { FlagSpec, Invocation } from '../types';
import { CHANGE_CAUSE } from './revision';
import { clone } from './update';

export const RECORD_FLAG: FlagSpec = {
	name: 'record',
	type: 'bool',
	default: false,
	hidden: true,
	deprecated: '--record will be removed in the future',
	description:
		'Record current kubectl command in the resource annotation. If set to false, do not record the command. If set to true, record the command. If not set, default to updating the existing annotation value only if one already exists.'
};

/** Flags kubectl marks "classified": their values never reach an annotation. */
const CLASSIFIED = new Set(['token', 'password']);

/** The change-cause `inv` records (`flags`: the verb's own), or undefined unless `--record`. */
export function changeCause(inv: Invocation, flags: FlagSpec[]): string | undefined {
	if (inv.flags.get('record') !== true) return undefined;
	const trail = flagTrail(inv.argv, flags);
	if (!trail) return '';
	const words = trail.args.map((a) => ` ${a}`).join('');
	const given = trail.flags
		.map(([name, text]) => ` --${name}=${CLASSIFIED.has(name) ? '********' : text}`)
		.join('');
	return `kubectl${words}${given}`;
}

/** A copy of `obj` carrying the change-cause; `obj` itself when there is none to record. */
export function withChangeCause(obj: KubeObject, cause: string | undefined): KubeObject {
	if (cause === undefined) return obj;
	const next = clone(obj);
	next.metadata.annotations = { ...next.metadata.annotations, [CHANGE_CAUSE]: cause };
	return next;
}
