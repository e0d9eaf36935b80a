/** `kubectl label`: adds, overwrites or removes labels on objects. */
import { labelHelp } from '../mutate/help/label';
import { runMetadataVerb } from '../mutate/metadata-update';
import { RECORD_FLAG } from '../mutate/record';
import type { VerbSpec } from '../types';

export const labelVerb: VerbSpec = {
	name: 'label',
	...labelHelp,
	flags: [...labelHelp.flags, RECORD_FLAG],
	run: (inv, env) =>
		runMetadataVerb(
			{
				field: 'labels',
				noun: 'label',
				done: 'labeled',
				unchanged: 'not labeled',
				flags: labelVerb.flags
			},
			inv,
			env
		)
};
