/**
 * Records the real kubectl v1.32's verdict on every line of test/contract/corpus.txt into
 * test/contract/fixtures/kubectl-verdicts.json (run: `npm run fixtures:kubectl`).
 *
 * There is no cluster: kubectl talks to https://127.0.0.1:9, where nothing listens, so a line it
 * accepts ends in "connection refused" (or exits 0 without a server) and a line it rejects ends
 * in its client-side error. Each line gets a fresh HOME (kubeconfig + the v1.32 discovery cache)
 * so `config use-context` and friends cannot leak into other lines, and runs under
 * `env -i PATH=/usr/bin:/bin`. No extra flags are passed: they would change verdicts.
 */
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusArgv, corpusLines } from '../test/contract/split-line.ts';
import { findKubectl, makeHome } from './kubectl-home.ts';
import { verdictOf, type KubectlRun, type VerdictFixture } from '../test/contract/verdict.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpusPath = join(root, 'test/contract/corpus.txt');
const fixturePath = join(root, 'test/contract/fixtures/kubectl-verdicts.json');
const TIMEOUT_MS = 30_000;

function runIsolated(kubectl: string, argv: string[]): Promise<KubectlRun> {
	const home = makeHome();
	return new Promise((done, fail) => {
		const child = spawn(kubectl, argv, {
			// kubectl names itself by argv[0] in some messages: it must read `kubectl`, not `kubectl.1.32`.
			argv0: 'kubectl',
			cwd: home,
			env: { PATH: '/usr/bin:/bin', HOME: home },
			stdio: ['ignore', 'pipe', 'pipe'],
			timeout: TIMEOUT_MS
		});
		let stderr = '';
		child.stdout.resume();
		child.stderr.on('data', (d) => (stderr += d));
		child.on('error', fail);
		child.on('close', (code, signal) => {
			rmSync(home, { recursive: true, force: true });
			if (signal) fail(new Error(`kubectl ${argv.join(' ')}: killed by ${signal}`));
			else done({ exitCode: code ?? 1, stderr });
		});
	});
}

/** One verdict per line, so a refreshed fixture diffs line by line against the corpus. */
function serialize(fixture: VerdictFixture): string {
	const rows = fixture.verdicts.map((v) => `\t\t${JSON.stringify(v)}`).join(',\n');
	return `{\n\t"kubectlVersion": ${JSON.stringify(fixture.kubectlVersion)},\n\t"verdicts": [\n${rows}\n\t]\n}\n`;
}

/** Runs `task` over `items` with at most `limit` in flight; results keep the input order. */
async function pool<T, R>(items: T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
	const results: R[] = new Array(items.length);
	let next = 0;
	const worker = async () => {
		while (next < items.length) {
			const i = next++;
			results[i] = await task(items[i]);
		}
	};
	await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
	return results;
}

async function main(): Promise<void> {
	const kubectl = findKubectl();
	const version = execFileSync(kubectl, ['version', '--client', '-o', 'json'], {
		encoding: 'utf8',
		env: { PATH: '/usr/bin:/bin' }
	});
	const kubectlVersion: string = JSON.parse(version).clientVersion.gitVersion;
	const lines = corpusLines(readFileSync(corpusPath, 'utf8'));
	const started = performance.now();
	const verdicts = await pool(lines, Math.max(4, cpus().length * 4), async (line) => {
		const argv = corpusArgv(line);
		return verdictOf(line, argv, await runIsolated(kubectl, argv));
	});
	writeFileSync(fixturePath, serialize({ kubectlVersion, verdicts }));
	const accepted = verdicts.filter((v) => v.accepted).length;
	const seconds = ((performance.now() - started) / 1000).toFixed(1);
	console.log(
		`${kubectlVersion}: ${verdicts.length} lines, ${accepted} accepted, ` +
			`${verdicts.length - accepted} rejected (${seconds}s) -> ${fixturePath}`
	);
}

await main();
