/** `kubectl uncordon`: marks nodes schedulable again. */
import { uncordonHelp } from '../mutate/help/uncordon';
import { runSchedulable } from '../mutate/node-schedulable';
import type { VerbSpec } from '../types';

export const uncordonVerb: VerbSpec = {
	name: 'uncordon',
	...uncordonHelp,
	run: (inv, env) => runSchedulable('uncordon', inv, env)
};
