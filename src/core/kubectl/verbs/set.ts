/** `kubectl set`: the group holding `set image` and `set env`. */
import { setHelp } from '../mutate/help/set';
import { setEnv } from '../mutate/set-env';
import { setImage } from '../mutate/set-image';
import type { VerbSpec } from '../types';

export const setVerb: VerbSpec = {
	name: 'set',
	...setHelp,
	subcommands: [setEnv, setImage]
};
