/**
 * Long-running kubectl commands through the session and the script runner, on the built-in
 * payments world (`logs -f` is a real `Follow`). Log text is the cluster's business; these tests
 * hold the shell's part: running state, time, pipes, interrupts, caps and the audit.
 */
import { describe, expect, it } from 'vitest';
import { BUILTIN_CLUSTERS } from '../cluster/builtin/index';
import { runScript } from './script';
import { Session } from './session';

const FOLLOW = 'kubectl logs -f deploy/payments-primary -n payments --tail=1';

describe('a long-running command in the session', () => {
	it('prints every progress line even when time jumps ahead in one step', () => {
		const { world, now } = BUILTIN_CLUSTERS.payments();
		const s = new Session({ world, now });
		const deploy = 'deploy/payments-primary -n payments';
		s.execute(`kubectl rollout restart ${deploy}`);
		const started = s.execute(`kubectl rollout status ${deploy}`);
		expect(started.exitCode).toBeUndefined();
		const jumped = s.advance(300_000);
		const progress = (started.output + jumped.output).trimEnd().split('\n');
		expect(progress.length).toBeGreaterThan(3);
		expect(new Set(progress).size).toBe(progress.length);
		expect(progress.at(-1)).toBe('deployment "payments-primary" successfully rolled out');
		expect(jumped.exitCode).toBe(0);
		// The command ended inside the jump; the clock still went all the way.
		expect(s.now).toBe(now + 300_000);
	});

	it('keeps running as time moves, refuses new commands, and stops on Ctrl-C', () => {
		const { world, now } = BUILTIN_CLUSTERS.payments();
		const s = new Session({ world, now });
		const first = s.execute(`${FOLLOW} | grep -c .`);
		expect(first.exitCode).toBeUndefined();
		expect(first.output).toMatch(/^Found \d+ pods, using pod\/payments-primary-/);
		expect(s.running).toBe(true);
		expect(s.execute('echo hi')).toEqual({
			output: 'preflight: a command is still running (press Ctrl-C to stop it)\n'
		});
		// grep -c answers only at EOF: nothing shows while the log streams.
		expect(s.advance(20_000)).toEqual({ output: '' });
		expect(s.now).toBe(now + 20_000);
		expect(s.interrupt()).toEqual({ output: '', exitCode: 130 });
		expect(s.running).toBe(false);
		expect(s.audit.map((a) => [a.command, a.exitCode])).toEqual([[FOLLOW, 130]]);
		expect(s.execute('echo hi')).toEqual({ output: 'hi\n', exitCode: 0 });
	});

	it('streams through a pipe and ends the list when head has its lines', () => {
		const { world, now } = BUILTIN_CLUSTERS.payments();
		const s = new Session({ world, now });
		const out: string[] = [s.execute(`${FOLLOW} | head -3 && echo enough`).output];
		let exitCode: number | undefined;
		for (let i = 0; i < 120 && exitCode === undefined; i++) {
			const chunk = s.advance(1000);
			out.push(chunk.output);
			exitCode = chunk.exitCode;
		}
		expect(exitCode).toBe(0);
		const lines = out.join('').split('\n');
		expect(lines[0]).toMatch(/^Found \d+ pods/);
		expect(lines.slice(4)).toEqual(['enough', '']);
		expect(s.audit[0].exitCode).toBe(141);
	});
});

describe('runScript with a follow', () => {
	it('stops a follow with no deadline after followCap virtual ms, as if interrupted', () => {
		const { world, now } = BUILTIN_CLUSTERS.payments();
		const s = new Session({ world, now });
		const results = runScript(s, `${FOLLOW.slice('kubectl '.length)}\nsleep 5s`, {
			followCap: 10_000
		});
		expect(results.map((r) => [r.command, r.exitCode])).toEqual([
			[FOLLOW.slice('kubectl '.length), 130],
			['sleep 5s', 0]
		]);
		expect(results[0].stdout.split('\n').length).toBeGreaterThan(2);
		expect(s.now).toBe(now + 15_000);
	});
});
