/**
 * Asks the real kubectl v1.32, with no cluster, what it makes of one command line:
 *   scripts/kubectl-oracle.sh get pods -n payments --foo
 * Prints kubectl's output and `[exit N]`. An accepted line ends in "The connection to the server
 * 127.0.0.1:9 was refused"; a rejected one in kubectl's client-side error.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { findKubectl, makeHome } from './kubectl-home.ts';

const home = makeHome();
const run = spawnSync(findKubectl(), process.argv.slice(2), {
	argv0: 'kubectl',
	cwd: home,
	env: { PATH: '/usr/bin:/bin', HOME: home },
	stdio: ['ignore', 'inherit', 'inherit'],
	timeout: 20_000
});
rmSync(home, { recursive: true, force: true });
process.stderr.write(`[exit ${run.status ?? run.signal}]\n`);
