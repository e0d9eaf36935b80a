/** The flags `rollout pause`, `resume` and `restart` share (kubectl builds all three alike). */
import {
	SELECTOR_FLAG,
	fieldManagerFlag,
	OBJECT_PRINT_FLAGS,
	RESOURCE_FILE_FLAGS,
	sortedFlags
} from '../../flags/common';
import type { FlagSpec } from '../../types';

export const ROLLOUT_PATCH_FLAGS: FlagSpec[] = sortedFlags(
	OBJECT_PRINT_FLAGS,
	RESOURCE_FILE_FLAGS,
	fieldManagerFlag('kubectl-rollout'),
	SELECTOR_FLAG
);
