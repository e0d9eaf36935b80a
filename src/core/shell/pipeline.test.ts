import { describe, expect, it } from 'vitest';
import type { World } from '../cluster/types';
import type { Follow } from '../kubectl/types';
import type { CommandResult, ShellHost } from './commands';
import { startPipeline } from './pipeline';
import { parse } from './tokenize';

/**
 * A host whose `kubectl` is a watch printing one line per virtual second (`pod-1 Running`, …),
 * so the pipeline's streaming, ending and settling can be observed exactly.
 */
function watchHost(opts: { endAt?: number; deadline?: number } = {}) {
	const settled: number[] = [];
	let printed = 0;
	const follow: Follow = {
		deadline: opts.deadline,
		poll(_world, now) {
			let stdout = '';
			while (printed < Math.min(now, opts.endAt ?? Infinity))
				stdout += `pod-${++printed} ${printed % 2 ? 'Running' : 'Pending'}\n`;
			return opts.endAt !== undefined && now >= opts.endAt
				? { stdout, stderr: 'done\n', exitCode: 0 }
				: { stdout, stderr: '' };
		}
	};
	const host: ShellHost = {
		history: [],
		kubectl: (): CommandResult => ({
			stdout: 'NAME STATUS\n',
			stderr: '',
			exitCode: 0,
			follow,
			settle: (code) => settled.push(code)
		}),
		sleep: () => {}
	};
	return { host, settled };
}

const world = {} as World;
const stagesOf = (line: string) => {
	const r = parse(line);
	if (!r.ok) throw new Error(r.error.message);
	return r.list[0].stages;
};

describe('startPipeline output order', () => {
	it("keeps a command's interleaved streams in the order it wrote them, stdout through the pipe", () => {
		const host: ShellHost = {
			history: [],
			kubectl: (): CommandResult => ({
				stdout: 'node/n1 cordoned\nevicting pod a\n',
				stderr: 'Warning: ignoring DaemonSet-managed Pods: x\n',
				written: [
					{ stream: 'stdout', text: 'node/n1 cordoned\n' },
					{ stream: 'stderr', text: 'Warning: ignoring DaemonSet-managed Pods: x\n' },
					{ stream: 'stdout', text: 'evicting pod a\n' }
				],
				exitCode: 0
			}),
			sleep: () => {}
		};
		expect(startPipeline(stagesOf('kubectl drain n1 | grep -v cordoned'), host).step).toEqual({
			pieces: [
				{ stream: 'stderr', text: 'Warning: ignoring DaemonSet-managed Pods: x\n' },
				{ stream: 'stdout', text: 'evicting pod a\n' }
			],
			exitCode: 0
		});
	});
});

describe('startPipeline with a long-running producer', () => {
	it('streams matching lines through grep as time moves, and ends with the watch', () => {
		const { host, settled } = watchHost({ endAt: 3 });
		const { step, running } = startPipeline(stagesOf('kubectl get pods -w | grep Running'), host);
		expect(step).toEqual({ pieces: [] });
		expect(running!.poll(world, 1)).toEqual({
			pieces: [{ stream: 'stdout', text: 'pod-1 Running\n' }]
		});
		expect(running!.poll(world, 2)).toEqual({ pieces: [] });
		expect(running!.poll(world, 3)).toEqual({
			pieces: [
				{ stream: 'stdout', text: 'pod-3 Running\n' },
				{ stream: 'stderr', text: 'done\n' }
			],
			exitCode: 0
		});
		expect(settled).toEqual([0]);
	});

	it('shows a buffering filter only when its input ends, and nothing on Ctrl-C', () => {
		const ended = watchHost({ endAt: 3 });
		const a = startPipeline(stagesOf('k get po -w | wc -l'), ended.host).running!;
		expect(a.poll(world, 2)).toEqual({ pieces: [] });
		expect(a.poll(world, 5)).toEqual({
			pieces: [
				{ stream: 'stderr', text: 'done\n' },
				{ stream: 'stdout', text: '4\n' }
			],
			exitCode: 0
		});
		const killed = watchHost();
		const b = startPipeline(stagesOf('k get po -w | sort'), killed.host).running!;
		expect(b.poll(world, 2)).toEqual({ pieces: [] });
		expect(b.interrupt()).toEqual({ pieces: [], exitCode: 130 });
		expect(killed.settled).toEqual([130]);
	});

	it('ends when head has its lines, the watch dying of SIGPIPE', () => {
		const { host, settled } = watchHost();
		const { running } = startPipeline(stagesOf('k get po -w | head -3'), host);
		expect(running!.poll(world, 5)).toEqual({
			pieces: [{ stream: 'stdout', text: 'pod-1 Running\npod-2 Pending\n' }],
			exitCode: 0
		});
		expect(settled).toEqual([141]);
	});

	it('does not keep running when a filter failed to start', () => {
		const { host, settled } = watchHost();
		const { step, running } = startPipeline(stagesOf('k get po -w | head -n x'), host);
		expect(running).toBeUndefined();
		expect(step).toEqual({
			pieces: [{ stream: 'stderr', text: 'head: invalid number of lines: ‘x’\n' }],
			exitCode: 1
		});
		expect(settled).toEqual([141]);
	});

	it('is expired as failed at its deadline, flushing buffered filters', () => {
		const { host, settled } = watchHost({ deadline: 2 });
		const { running } = startPipeline(stagesOf('k rollout status deploy/x | tail -1'), host);
		expect(running!.deadline).toBe(2);
		expect(running!.poll(world, 2)).toEqual({ pieces: [] });
		expect(running!.expire()).toEqual({
			pieces: [{ stream: 'stdout', text: 'pod-2 Pending\n' }],
			exitCode: 0
		});
		expect(settled).toEqual([1]);
	});
});
