import { describe, expect, it } from 'vitest';
import { env, fixtureWorld, invocation } from '../describe/fixtures';
import { clusterInfoVerb } from './cluster-info';
import { versionVerb } from './version';

const world = fixtureWorld();
const run = (flags = {}, w = world) =>
	versionVerb.run!(invocation(['version'], [], flags, versionVerb.flags), env(w));

describe('kubectl version', () => {
	it('prints client, kustomize and server versions', () => {
		expect(run()).toEqual({
			stdout: 'Client Version: v1.32.5\nKustomize Version: v5.5.0\nServer Version: v1.32.4\n',
			stderr: '',
			exitCode: 0
		});
	});

	it('warns only when the minor versions are more than one apart', () => {
		const eu = { ...world, currentContext: 'prod-eu-west-1' };
		expect(run({}, eu).stderr).toBe(
			'WARNING: version difference between client (1.32) and server (1.29) exceeds the supported minor version skew of +/-1\n'
		);
	});

	it('prints the client alone as JSON', () => {
		expect(JSON.parse(run({ client: true, output: 'json' }).stdout)).toEqual({
			clientVersion: {
				major: '1',
				minor: '32',
				gitVersion: 'v1.32.5',
				gitCommit: '9894294ef13a5b32803e3ca2c0d620a088cc84d1',
				gitTreeState: 'clean',
				buildDate: '2025-05-15T09:12:10Z',
				goVersion: 'go1.23.8',
				compiler: 'gc',
				platform: 'linux/amd64'
			},
			kustomizeVersion: 'v5.5.0'
		});
	});

	it('rejects other output formats', () => {
		expect(run({ output: 'wide' }).stderr).toBe("error: --output must be 'yaml' or 'json'\n");
	});
});

describe('kubectl cluster-info', () => {
	it('prints the control plane and CoreDNS in colour, then the dump hint', () => {
		const out = clusterInfoVerb.run!(invocation(['cluster-info'], []), env(world));
		expect(out.stdout).toBe(
			'\x1b[0;32mKubernetes control plane\x1b[0m is running at \x1b[0;33mhttps://10.0.0.1:6443\x1b[0m\n' +
				'\x1b[0;32mCoreDNS\x1b[0m is running at \x1b[0;33mhttps://10.0.0.1:6443/api/v1/namespaces/kube-system/services/kube-dns:dns/proxy\x1b[0m\n' +
				"\nTo further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.\n"
		);
	});
});
