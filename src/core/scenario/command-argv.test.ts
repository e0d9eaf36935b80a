import { describe, expect, it } from 'vitest';
import { commandArgv } from './command-argv';

const NOT_ONE = 'expected one kubectl command (no |, ;, && or ||)';

describe('commandArgv', () => {
	it('drops a leading kubectl or k and keeps quoted words whole', () => {
		expect(
			commandArgv("kubectl annotate deploy/payments-api -n payments note='paged 09:41'", NOT_ONE)
		).toEqual({
			ok: true,
			argv: ['annotate', 'deploy/payments-api', '-n', 'payments', 'note=paged 09:41']
		});
		expect(commandArgv('k get pods -n payments', NOT_ONE)).toEqual({
			ok: true,
			argv: ['get', 'pods', '-n', 'payments']
		});
		expect(commandArgv('rollout restart deploy/payments-api', NOT_ONE)).toEqual({
			ok: true,
			argv: ['rollout', 'restart', 'deploy/payments-api']
		});
	});

	it('says the caller’s words for a pipeline or a list, and the shell’s for bad syntax', () => {
		expect(commandArgv('kubectl get pods | grep Crash', NOT_ONE)).toEqual({
			ok: false,
			message: NOT_ONE
		});
		expect(commandArgv('kubectl get pods && kubectl get nodes', NOT_ONE)).toEqual({
			ok: false,
			message: NOT_ONE
		});
		expect(commandArgv('', NOT_ONE)).toEqual({ ok: false, message: NOT_ONE });
		expect(commandArgv("kubectl get pods -l 'app=payments", NOT_ONE)).toEqual({
			ok: false,
			message:
				"bash: unexpected EOF while looking for matching `''\nbash: syntax error: unexpected end of file"
		});
	});
});
