/** `kubectl set --help`, as kubectl v1.32 prints it. */
import type { FlagSpec } from '../../types';

export const setHelp = {
	short: 'Set specific features on objects',
	long: `Configure application resources.

 These commands help you make changes to existing application resources.`,
	usage: 'kubectl set SUBCOMMAND [options]',
	flags: [] satisfies FlagSpec[]
};
