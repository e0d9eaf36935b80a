/** `kubectl rollout`: the group holding status, history, undo, restart, pause and resume. */
import { rolloutHelp } from '../mutate/help/rollout';
import { rolloutHistory } from '../mutate/rollout-history';
import { rolloutPause, rolloutResume } from '../mutate/rollout-pause';
import { rolloutRestart } from '../mutate/rollout-restart';
import { rolloutStatusVerb } from '../mutate/rollout-status';
import { rolloutUndo } from '../mutate/rollout-undo';
import type { VerbSpec } from '../types';

export const rolloutVerb: VerbSpec = {
	name: 'rollout',
	...rolloutHelp,
	subcommands: [
		rolloutHistory,
		rolloutPause,
		rolloutRestart,
		rolloutResume,
		rolloutStatusVerb,
		rolloutUndo
	]
};
