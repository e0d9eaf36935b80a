import { describe, expect, it } from 'vitest';
import { makeWorld, T0 } from '../mutate/test-fixture';
import { runKubectl } from '../run';
import { serverInfo } from './version';

const world = makeWorld();
const run = (...argv: string[]) => {
	const r = runKubectl(world, argv, T0);
	return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode, rejected: r.rejected };
};
const ok = (stdout: string) => ({ stdout, stderr: '', exitCode: 0, rejected: false });
const refused = (stderr: string) => ({ stdout: '', stderr, exitCode: 1, rejected: true });

describe('kubectl get --raw', () => {
	it('answers the health checks with a bare ok, as the API server does', () => {
		expect(run('get', '--raw', '/healthz')).toEqual(ok('ok'));
		expect(run('get', '--raw=/readyz')).toEqual(ok('ok'));
		expect(run('get', '--raw', '/livez/')).toEqual(ok('ok'));
	});

	it('serves /version as indented JSON and the discovery roots as compact JSON', () => {
		expect(run('get', '--raw', '/version').stdout).toBe(`{
  "major": "1",
  "minor": "32",
  "gitVersion": "v1.32.4",
  "gitCommit": "${serverInfo('v1.32.4').gitCommit}",
  "gitTreeState": "clean",
  "buildDate": "2025-04-22T15:55:12Z",
  "goVersion": "go1.23.6",
  "compiler": "gc",
  "platform": "linux/amd64"
}`);
		expect(run('get', '--raw', '/api')).toEqual(
			ok(
				'{"kind":"APIVersions","versions":["v1"],"serverAddressByClientCIDRs":[{"clientCIDR":"0.0.0.0/0","serverAddress":"10.0.0.1:443"}]}\n'
			)
		);
		const apis = JSON.parse(run('get', '--raw', '/apis').stdout);
		expect(apis.kind).toBe('APIGroupList');
		expect(apis.groups.find((g: { name: string }) => g.name === 'autoscaling')).toEqual({
			name: 'autoscaling',
			versions: [
				{ groupVersion: 'autoscaling/v2', version: 'v2' },
				{ groupVersion: 'autoscaling/v1', version: 'v1' }
			],
			preferredVersion: { groupVersion: 'autoscaling/v2', version: 'v2' }
		});
	});

	it('says NotFound for any other path', () => {
		expect(run('get', '--raw', '/api/v2')).toEqual({
			stdout: '',
			stderr: 'Error from server (NotFound): the server could not find the requested resource\n',
			exitCode: 1,
			rejected: false
		});
	});

	// Each message is kubectl v1.32's (scripts/kubectl-oracle.sh).
	it('refuses what kubectl refuses before the request', () => {
		expect(run('get', 'pods', '-n', 'payments', '--raw=/api')).toEqual(
			refused('error: arguments may not be passed when --raw is specified\n')
		);
		expect(run('get', '--raw', '/healthz', '-l', 'a=b')).toEqual(
			refused(
				'error: --raw may not be specified with other flags that filter the server request or alter the output\n'
			)
		);
		expect(run('get', '--raw', '/healthz', '-w')).toEqual(
			run('get', '--raw', '/healthz', '-l', 'a')
		);
		expect(run('get', '--raw', '/healthz', '-o', 'json')).toEqual(
			refused('error: --raw and --output are mutually exclusive\n')
		);
		expect(run('get', '--raw', 'healthz')).toEqual(
			refused('error: --raw must be a valid URL path: parse "healthz": invalid URI for request\n')
		);
	});
});
