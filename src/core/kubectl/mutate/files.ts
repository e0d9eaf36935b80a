/** `-f FILE`: the simulator has no filesystem, so every path is one kubectl cannot find. */
import { clientError, rejected } from '../errors';
import type { Invocation, Outcome } from '../types';

export function missingFile(inv: Invocation): Outcome | undefined {
	const files = (inv.flags.get('filename') as string[] | undefined) ?? [];
	if (files.length === 0) return undefined;
	return rejected(clientError(`the path "${files[0]}" does not exist`));
}
