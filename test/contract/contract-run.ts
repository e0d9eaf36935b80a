/** What the contract test and the mismatch report share: the world they run in, how they read stderr. */
import { BUILTIN_CLUSTERS } from '../../src/core/cluster/builtin/index';
import { runKubectl } from '../../src/core/kubectl/run';
import type { KubectlResult } from '../../src/core/kubectl/types';

const { world, now } = BUILTIN_CLUSTERS.payments();

/** One fixture line through the simulator, on the built-in world at its own time. */
export function runContractLine(argv: string[]): KubectlResult {
	return runKubectl(world, argv, now);
}

/** Our first stderr line, read the way the recorder reads kubectl's (null when stderr is empty). */
export function firstLine(stderr: string): string | null {
	return stderr.split('\n').find((l) => l !== '') ?? null;
}
