/** `kubectl annotate`: adds, overwrites or removes annotations on objects. */
import { annotateHelp } from '../mutate/help/annotate';
import { runMetadataVerb } from '../mutate/metadata-update';
import type { VerbSpec } from '../types';

export const annotateVerb: VerbSpec = {
	name: 'annotate',
	...annotateHelp,
	run: (inv, env) =>
		runMetadataVerb({ field: 'annotations', noun: 'annotation', done: 'annotated' }, inv, env)
};
