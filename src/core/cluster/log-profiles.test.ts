import { describe, expect, it } from 'vitest';
import { profileOf, startupLines, steadyLine } from './log-lines';
import { waitingToStartMessage } from './logs';

const T = Date.UTC(2026, 2, 14, 9, 41, 0);
const input = { seed: 1, at: T, app: 'web', podIP: '10.0.1.5', version: '1.27' };

describe('log voices by image', () => {
	it('tells nginx, ingress-nginx, postgres, the VPC CNI and klog components apart', () => {
		expect(profileOf('nginx:1.27', 'Always')).toBe('nginx');
		expect(profileOf('registry.k8s.io/ingress-nginx/controller:v1.12.1', 'Always')).toBe(
			'ingress-nginx'
		);
		expect(profileOf('postgres:16', 'Always')).toBe('postgres');
		expect(profileOf('ecr/payments-ledger:v1.9.2', 'Always', [5432])).toBe('postgres');
		expect(profileOf('ecr/amazon-k8s-cni:v1.19.2-eksbuild.1', 'Always')).toBe('aws-node');
		expect(profileOf('ecr/kube-proxy:v1.32.0-minimal-eksbuild.2', 'Always')).toBe('klog');
	});

	it('writes nginx and postgres in their own formats', () => {
		expect(
			startupLines('nginx', input)
				.map(([, l]) => l)
				.slice(-7, -5)
		).toEqual([
			'2026/03/14 09:41:00 [notice] 1#1: using the "epoll" event method',
			'2026/03/14 09:41:00 [notice] 1#1: nginx/1.27.4'
		]);
		expect(steadyLine('nginx', input)).toMatch(
			/^10\.0\.\d+\.\d+ - - \[14\/Mar\/2026:09:41:00 \+0000\] "GET \S+ HTTP\/1\.1" \d{3} \d+ "-" "[^"]+" "-"$/
		);
		expect(startupLines('postgres', input).at(-1)).toEqual([
			T + 320,
			'2026-03-14 09:41:00.320 UTC [1] LOG:  database system is ready to accept connections'
		]);
	});

	it('never writes to /healthz', () => {
		for (let seed = 0; seed < 300; seed++)
			expect(steadyLine('app', { ...input, seed })).not.toMatch(
				/"method":"(POST|PUT)","path":"\/healthz"/
			);
	});
});

describe('waitingToStartMessage', () => {
	it('words image pull failures as the kubelet does', () => {
		expect(waitingToStartMessage('app', 'pull-1', 'ImagePullBackOff')).toBe(
			'container "app" in pod "pull-1" is waiting to start: trying and failing to pull image'
		);
		expect(waitingToStartMessage('app', 'pull-1', 'ErrImagePull')).toBe(
			'container "app" in pod "pull-1" is waiting to start: image can\'t be pulled'
		);
		expect(waitingToStartMessage('app', 'p', 'ContainerCreating')).toBe(
			'container "app" in pod "p" is waiting to start: ContainerCreating'
		);
	});
});
