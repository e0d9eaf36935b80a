/** `kubectl cordon`: marks nodes unschedulable. */
import { cordonHelp } from '../mutate/help/cordon';
import { runSchedulable } from '../mutate/node-schedulable';
import type { VerbSpec } from '../types';

export const cordonVerb: VerbSpec = {
	name: 'cordon',
	...cordonHelp,
	run: (inv, env) => runSchedulable('cordon', inv, env)
};
