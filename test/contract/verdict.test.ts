import { describe, expect, it } from 'vitest';
import { userStderrLines, verdictOf } from './verdict';

const KLOG =
	'E1129 19:57:51.748394    6481 memcache.go:265] "Unhandled Error" err="couldn\'t get current server API group list"';
const REFUSED =
	'The connection to the server 127.0.0.1:9 was refused - did you specify the right host or port?';

describe('verdictOf', () => {
	it('accepts a line that reached the server, skipping klog noise', () => {
		expect(
			verdictOf('kubectl get foo', ['get', 'foo'], {
				exitCode: 1,
				stderr: `${KLOG}\n${KLOG}\n${REFUSED}\n`
			})
		).toEqual({
			line: 'kubectl get foo',
			argv: ['get', 'foo'],
			accepted: true,
			exitCode: 1,
			firstErrorLine: REFUSED
		});
	});

	it('accepts a line whose request error is not the standard one', () => {
		const stderr =
			'error: no objects passed to scale Get "https://127.0.0.1:9/apis/apps/v1/namespaces/payments/deployments/x": dial tcp 127.0.0.1:9: connect: connection refused\n';
		expect(verdictOf('l', ['scale'], { exitCode: 1, stderr }).accepted).toBe(true);
	});

	it('accepts a line that exits 0 without a server, with no error line', () => {
		expect(
			verdictOf('kubectl version --client', ['version', '--client'], { exitCode: 0, stderr: '' })
		).toEqual({
			line: 'kubectl version --client',
			argv: ['version', '--client'],
			accepted: true,
			exitCode: 0,
			firstErrorLine: null
		});
	});

	it('rejects a client-side error and keeps its first line', () => {
		const stderr = "error: unknown flag: --replica\nSee 'kubectl scale --help' for usage.\n";
		expect(verdictOf('l', ['scale'], { exitCode: 1, stderr })).toEqual({
			line: 'l',
			argv: ['scale'],
			accepted: false,
			exitCode: 1,
			firstErrorLine: 'error: unknown flag: --replica'
		});
	});
});

describe('userStderrLines', () => {
	it('drops klog lines at every level and blank lines', () => {
		const info =
			'I1129 20:01:02.000001   12 loader.go:402] Config loaded from file:  /h/.kube/config';
		expect(userStderrLines(`${info}\n\n${KLOG}\nWarning: x\nerror: y\n`)).toEqual([
			'Warning: x',
			'error: y'
		]);
	});
});
