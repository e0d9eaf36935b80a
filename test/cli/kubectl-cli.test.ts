import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';

/** Runs the CLI with in-memory streams and files. */
async function cli(argv: string[], files: Record<string, string> = {}, stdin = '') {
	let stdout = '';
	let stderr = '';
	const code = await main(argv, {
		stdout: (t) => (stdout += t),
		stderr: (t) => (stderr += t),
		readFile: async (path) => {
			if (!(path in files)) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
			return files[path];
		},
		readStdin: async () => stdin
	});
	return { code, stdout, stderr };
}

describe('preflight kubectl', () => {
	it('runs one command against the built-in payments cluster and exits as kubectl would', async () => {
		const ok = await cli(['kubectl', 'get', 'deploy', '-n', 'payments']);
		expect(ok.code).toBe(0);
		expect(ok.stderr).toBe('');
		expect(ok.stdout.split('\n')[0]).toMatch(/^NAME +READY +UP-TO-DATE +AVAILABLE +AGE$/);
		expect(ok.stdout).toMatch(/^payments-secondary +2\/2 +2 +2 +\d+d$/m);

		const missing = await cli(['kubectl', 'get', 'deploy', 'nope', '-n', 'payments']);
		expect(missing).toEqual({
			code: 1,
			stdout: '',
			stderr: 'Error from server (NotFound): deployments.apps "nope" not found\n'
		});
	});

	it('passes everything after -- to kubectl, even flags the CLI itself knows', async () => {
		const r = await cli(['kubectl', '--', 'get', 'pods', '--json']);
		expect(r.code).toBe(1);
		expect(r.stderr).toBe("error: unknown flag: --json\nSee 'kubectl get --help' for usage.\n");
	});

	it('runs a script on one evolving world, sleep moving the virtual clock', async () => {
		const script = [
			'# scale the secondary pool and watch it come up',
			'kubectl scale deploy/payments-secondary -n payments --replicas=4',
			'get deploy payments-secondary -n payments --no-headers',
			'sleep 2m',
			'kubectl get deploy payments-secondary -n payments --no-headers'
		].join('\n');
		const r = await cli(['kubectl', '--json', '--script', 'steps.sh'], { 'steps.sh': script });
		expect(r.code).toBe(0);
		const lines = r.stdout
			.trim()
			.split('\n')
			.map((l) => JSON.parse(l));
		expect(lines.map((l) => l.command)).toEqual([
			'kubectl scale deploy/payments-secondary -n payments --replicas=4',
			'get deploy payments-secondary -n payments --no-headers',
			'sleep 2m',
			'kubectl get deploy payments-secondary -n payments --no-headers'
		]);
		expect(lines[0]).toMatchObject({
			exitCode: 0,
			stdout: 'deployment.apps/payments-secondary scaled\n'
		});
		expect(lines[1].stdout).toMatch(/^payments-secondary +2\/4 +/);
		expect(lines[3].stdout).toMatch(/^payments-secondary +4\/4 +4 +4 +/);
	});

	it('reads a script from stdin and stops a watch on virtual time instead of hanging', async () => {
		const r = await cli(
			['kubectl', '--json', '--script', '-'],
			{},
			'kubectl get pods -n payments -w\n'
		);
		const [watch] = r.stdout
			.trim()
			.split('\n')
			.map((l) => JSON.parse(l));
		expect(watch.exitCode).toBe(130);
		expect(watch.stdout).toMatch(/^NAME +READY +STATUS/);
	});

	it('builds the cluster from a manifests file, and names file, line and field when it is broken', async () => {
		const good = [
			'apiVersion: v1',
			'kind: Namespace',
			'metadata: {name: shop, creationTimestamp: "2026-03-01T10:00:00Z"}',
			'---',
			'apiVersion: v1',
			'kind: ConfigMap',
			'metadata: {name: shop-config, namespace: shop, creationTimestamp: "2026-03-02T10:00:00Z"}',
			'data: {mode: fast}'
		].join('\n');
		const r = await cli(['kubectl', '--cluster', 'shop.yaml', 'get', 'cm', '-n', 'shop'], {
			'shop.yaml': good
		});
		// The root CA ConfigMap is published into every namespace when it is created.
		expect(r.stdout).toBe(
			'NAME               DATA   AGE\nkube-root-ca.crt   1      24h\nshop-config        1      0s\n'
		);

		const bad = good
			.replace('kind: ConfigMap', 'kind: ConfigMap\nspec: 3')
			.replace('name: shop-config', 'name: Shop_Config');
		const broken = await cli(['kubectl', '--cluster', 'shop.yaml', 'get', 'cm'], {
			'shop.yaml': bad
		});
		expect(broken.code).toBe(1);
		expect(broken.stderr).toMatch(/^shop\.yaml:\d+:\d+: document 2 .*metadata\.name: /);
	});

	it('explains its own mistakes plainly', async () => {
		expect(await cli(['kubectl', '--cluster', 'nowhere', 'get', 'pods'])).toMatchObject({
			code: 1,
			stderr: expect.stringContaining('no built-in cluster "nowhere" (built-in: payments)')
		});
		expect(await cli(['kubectl', '--seed', 'x'])).toMatchObject({
			code: 1,
			stderr: expect.stringContaining('--seed needs a non-negative integer')
		});
		expect(await cli(['kubectl', '--cluster', 'gone.yaml', 'get', 'pods'])).toMatchObject({
			code: 1,
			stderr: 'preflight: cannot read gone.yaml: ENOENT\n'
		});
		expect((await cli(['frobnicate'])).stderr).toMatch(/^preflight: unknown command "frobnicate"/);
	});
});
