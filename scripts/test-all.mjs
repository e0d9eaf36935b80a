// Runs every check the project has and ends with one plain line: `N passed, N failed`.
// svelte-check, ESLint and Prettier count as one test each; vitest's unit + component and e2e
// projects count their tests from the JSON reporter. Exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const bin = (name) => join(ROOT, 'node_modules/.bin', name);
const tmp = mkdtempSync(join(tmpdir(), 'preflight-test-'));
const totals = { passed: 0, failed: 0 };

function run(title, command, args) {
	console.log(`\n━━ ${title}: ${[command, ...args].join(' ')}`);
	const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env: process.env });
	return result.status === 0;
}

/** A tool whose whole run is one test. */
function check(title, command, args) {
	const ok = run(title, command, args);
	totals[ok ? 'passed' : 'failed'] += 1;
	console.log(`━━ ${title}: ${ok ? 'passed' : 'FAILED'}`);
}

/** A vitest run, counted test by test; a file that fails to load counts as one failure. */
function vitest(title, projects) {
	const out = join(tmp, `${title}.json`);
	const projectArgs = projects.flatMap((p) => ['--project', p]);
	const ok = run(title, bin('vitest'), [
		'run',
		...projectArgs,
		'--reporter=default',
		'--reporter=json',
		`--outputFile.json=${out}`
	]);
	let passed = 0;
	let failed = 0;
	try {
		const report = JSON.parse(readFileSync(out, 'utf8'));
		passed = report.numPassedTests;
		failed = report.numFailedTests;
		const brokenFiles = report.testResults.filter(
			(file) => file.status === 'failed' && file.assertionResults.length === 0
		).length;
		failed += brokenFiles;
	} catch {
		// no report at all: the runner itself broke
	}
	if (!ok && failed === 0) failed = 1;
	totals.passed += passed;
	totals.failed += failed;
	console.log(`━━ ${title}: ${passed} passed, ${failed} failed`);
}

check('typecheck', bin('svelte-check'), ['--tsconfig', './tsconfig.json', '--threshold', 'error']);
check('eslint', bin('eslint'), ['.']);
check('prettier', bin('prettier'), ['--check', '.']);
vitest('unit-component', ['unit', 'component']);
vitest('e2e', ['e2e']);

rmSync(tmp, { recursive: true, force: true });
console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exitCode = totals.failed > 0 ? 1 : 0;
