/** Shared fixture for the filter tests: a `kubectl get pods` table and a way to run a filter. */
import type { Filter } from './types';

export const PODS = [
	'NAME                                  READY   STATUS             RESTARTS      AGE',
	'payments-primary-7d9f8b6c5d-2xkqz     1/1     Running            0             3d',
	'payments-primary-7d9f8b6c5d-8mfn4     1/1     Running            0             3d',
	'payments-secondary-5c8d7f9b4-lq7wz    0/1     CrashLoopBackOff   12 (2m ago)   3d',
	'ledger-6b7c9d8f5-zz9kq                1/1     Running            1 (4h ago)    12d'
];

export const PODS_TEXT = PODS.map((l) => `${l}\n`).join('');

/** Runs a filter over `input` fed in the given chunks; the whole observable result. */
export function runFilter(filter: Filter, args: string[], ...chunks: string[]) {
	const started = filter(args);
	if (!started.ok) return { stdout: '', stderr: started.stderr, exitCode: started.exitCode };
	let stdout = '';
	for (const chunk of chunks) if (!started.process.closed) stdout += started.process.write(chunk);
	stdout += started.process.end();
	return { stdout, stderr: '', exitCode: started.process.exitCode };
}

export const lines = (...ls: string[]) => ls.map((l) => `${l}\n`).join('');
