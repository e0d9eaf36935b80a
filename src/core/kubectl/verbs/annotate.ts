/** `kubectl annotate`: adds, overwrites or removes annotations on objects. */
import { annotateHelp } from '../mutate/help/annotate';
import { runMetadataVerb } from '../mutate/metadata-update';
import { RECORD_FLAG } from '../mutate/record';
import type { VerbSpec } from '../types';

export const annotateVerb: VerbSpec = {
	name: 'annotate',
	...annotateHelp,
	flags: [...annotateHelp.flags, RECORD_FLAG],
	run: (inv, env) =>
		runMetadataVerb(
			{ field: 'annotations', noun: 'annotation', done: 'annotated', flags: annotateVerb.flags },
			inv,
			env
		)
};
