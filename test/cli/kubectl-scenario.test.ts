import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { nodeIO } from '../../src/cli/io';
import { libraryIds, loadScenarioFile } from '../../src/cli/scenario-files';

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
const SCENARIO = `${FIXTURES}checkout-cache-evicted.yaml`;

/** Runs the CLI on the real file system, or on `files` when given. */
async function cli(argv: string[], files?: Record<string, string>, stdin = '') {
	let stdout = '';
	let stderr = '';
	const memory = files && {
		readFile: async (path: string) => {
			if (!(path in files)) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
			return files[path];
		}
	};
	const code = await main(argv, {
		stdout: (t) => (stdout += t),
		stderr: (t) => (stderr += t),
		readStdin: async () => stdin,
		...memory
	});
	return { code, stdout, stderr };
}

const DEPLOY_HEADER = 'NAME             READY   UP-TO-DATE   AVAILABLE   AGE\n';

describe('preflight kubectl --scenario', () => {
	it('shows the world at --at, the timeline applied up to then (default t = 0)', async () => {
		const before = await cli(['kubectl', '--scenario', SCENARIO, '--at', '-15m', 'get', 'deploy']);
		expect(before).toEqual({
			code: 0,
			stdout: DEPLOY_HEADER + 'checkout-cache   2/2     2            2           11d\n',
			stderr: ''
		});
		const paged = await cli(['kubectl', '--scenario', SCENARIO, 'get', 'deploy']);
		expect(paged).toEqual({
			code: 0,
			stdout: DEPLOY_HEADER + 'checkout-cache   0/0     0            0           11d\n',
			stderr: ''
		});
	});

	it('switches the current context with --context, before the command runs', async () => {
		const r = await cli([
			'kubectl',
			'--scenario',
			SCENARIO,
			'--context',
			'prod-eu-west-1',
			'--at=2m',
			'get',
			'cm,deploy'
		]);
		expect(r).toEqual({
			code: 0,
			stdout: [
				'NAME                         DATA   AGE',
				'configmap/incident-notes     1      60s',
				'configmap/kube-root-ca.crt   1      11d',
				'',
				'NAME                             READY   UP-TO-DATE   AVAILABLE   AGE',
				'deployment.apps/checkout-cache   3/3     3            3           11d',
				''
			].join('\n'),
			stderr: ''
		});
	});

	it('runs a script on the scenario, its timeline applying as sleep passes an event', async () => {
		const script = [
			'config current-context',
			'get cm --no-headers',
			'sleep 1m',
			'get cm --no-headers'
		];
		const r = await cli(
			['kubectl', '--scenario', SCENARIO, '--context', 'prod-eu-west-1', '--json', '--script', '-'],
			undefined,
			script.join('\n')
		);
		expect(r.code).toBe(0);
		const lines = r.stdout
			.trim()
			.split('\n')
			.map((l) => JSON.parse(l).stdout);
		expect(lines).toEqual([
			'prod-eu-west-1\n',
			'kube-root-ca.crt   1     11d\n',
			'',
			'incident-notes     1     0s\nkube-root-ca.crt   1     11d\n'
		]);
	});

	it('finds a scenario by id in the library, and lists the library for an unknown id', async () => {
		const io = nodeIO({ stdout: () => {}, stderr: () => {} });
		expect(await libraryIds(FIXTURES)).toEqual(['checkout-cache-evicted']);
		const found = await loadScenarioFile('checkout-cache-evicted', { io, library: FIXTURES });
		expect(found.ok && found.prepared.scenario.title).toBe('Checkout cache evicted');
		expect(await loadScenarioFile('checkout', { io, library: FIXTURES })).toEqual({
			ok: false,
			message:
				'preflight: no scenario "checkout" in the library (scenarios: checkout-cache-evicted); give a scenario file to use your own\n'
		});
		const ids = await libraryIds();
		const r = await cli(['kubectl', '--scenario', 'no-such-incident', 'get', 'pods']);
		expect(r).toEqual({
			code: 1,
			stdout: '',
			stderr: `preflight: no scenario "no-such-incident" in the library (scenarios: ${ids.join(', ') || 'none'}); give a scenario file to use your own\n`
		});
	});

	it('reports a scenario whose world cannot be built at the line it is about', async () => {
		const text = readFileSync(SCENARIO, 'utf8');
		const r = await cli(['kubectl', '--scenario', 'incident.yaml', 'get', 'pods'], {
			'incident.yaml': text
		});
		expect(r).toEqual({
			code: 1,
			stdout: '',
			stderr:
				'incident.yaml:80:15: world.contexts.1.files.0: cannot read clusters/checkout-cache-evicted.prod-eu-west-1.yaml\n'
		});
		const invalid = await cli(['kubectl', '--scenario', 'bad.yaml', 'get', 'pods'], {
			'bad.yaml': text.replace('difficulty: 1', 'difficulty: 9')
		});
		expect(invalid).toEqual({
			code: 1,
			stdout: '',
			stderr: 'bad.yaml:6:13: difficulty: expected at most 5, got 9\n'
		});
	});

	it('refuses bad option combinations and unknown contexts', async () => {
		const usage = "\nSee 'preflight kubectl --help'.\n";
		expect(await cli(['kubectl', '--scenario', SCENARIO, '--at', 'soon', 'get', 'pods'])).toEqual({
			code: 1,
			stdout: '',
			stderr: `preflight kubectl: --at needs a duration like 90s, 5m or -10m, got "soon"${usage}`
		});
		expect(await cli(['kubectl', '--scenario', SCENARIO, '--at', '-1h', 'get', 'pods'])).toEqual({
			code: 1,
			stdout: '',
			stderr: "preflight kubectl: --at -1h is before the scenario's history starts (-15m)\n"
		});
		expect(await cli(['kubectl', '--at', '5m', 'get', 'pods'])).toEqual({
			code: 1,
			stdout: '',
			stderr: `preflight kubectl: --at needs --scenario${usage}`
		});
		expect(await cli(['kubectl', '--cluster', 'payments', '--scenario', SCENARIO])).toEqual({
			code: 1,
			stdout: '',
			stderr: `preflight kubectl: give either --cluster or --scenario, not both${usage}`
		});
		expect(
			await cli(['kubectl', '--scenario', SCENARIO, '--context', 'prod', 'get', 'pods'])
		).toEqual({
			code: 1,
			stdout: '',
			stderr: 'preflight kubectl: no context "prod" (contexts: prod-us-east-1, prod-eu-west-1)\n'
		});
	});

	it('documents the scenario options in --help', async () => {
		const r = await cli(['kubectl', '--help']);
		expect(r.stdout).toContain(
			'  preflight kubectl --scenario ID|FILE [--at DURATION] [--context C] [--json] [--] ARGS...\n'
		);
		expect(r.stdout).toContain(
			'  --context C               Switch the current context to C first\n'
		);
	});
});
