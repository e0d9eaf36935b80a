/**
 * The verb registry: every top-level kubectl command the simulator knows, in `kubectl --help`
 * order. Each verb lives in its own file and exports one `VerbSpec`; add it here.
 */
import type { VerbSpec } from '../types';

export const VERBS: VerbSpec[] = [];
