import { describe, expect, it } from 'vitest';
import { containerLogEntries, containerLogs } from './logs';
import { crashingPod, runningPod, T0 } from './logs-metrics.fixture';

describe('containerLogs', () => {
	it('writes the app start-up then JSON access lines, the same on every call', () => {
		const lines = containerLogs(runningPod(), 'payments', { previous: false, now: T0 + 10_000 });
		expect(lines.slice(0, 3)).toEqual([
			'{"ts":"2026-03-14T09:00:00.210Z","level":"info","msg":"starting service","service":"payments","version":"v2.4.0"}',
			'{"ts":"2026-03-14T09:00:00.380Z","level":"info","msg":"connected to database","pool_size":20}',
			'{"ts":"2026-03-14T09:00:00.455Z","level":"info","msg":"http server listening","addr":":8080"}'
		]);
		expect(lines.length).toBeGreaterThan(3);
		for (const line of lines.slice(3)) expect(JSON.parse(line).msg).toBe('request completed');
		expect(containerLogs(runningPod(), 'payments', { previous: false, now: T0 + 10_000 })).toEqual(
			lines
		);
	});

	it('keeps earlier lines when asked later (so -f can follow), and rotates old ones away', () => {
		const early = containerLogEntries(runningPod(), 'payments', {
			previous: false,
			now: T0 + 60_000
		});
		const later = containerLogEntries(runningPod(), 'payments', {
			previous: false,
			now: T0 + 120_000
		});
		expect(later.slice(0, early.length)).toEqual(early);
		const weeks = containerLogs(runningPod(), 'payments', {
			previous: false,
			now: T0 + 14 * 86_400_000
		});
		// The newest 500 slots survive rotation; the last of them is not due yet at `now`.
		expect(weeks).toHaveLength(499);
		expect(weeks[0]).not.toContain('starting service');
	});

	it('shows the crash of the previous container, also while it waits in CrashLoopBackOff', () => {
		const previous = containerLogs(crashingPod(), 'payments', {
			previous: true,
			now: T0 + 600_000
		});
		expect(previous.at(-1)).toBe(
			'{"ts":"2026-03-14T09:05:03.000Z","level":"fatal","msg":"unrecoverable error, shutting down","error":"failed to load configuration: open /etc/app/config.yaml: no such file or directory"}'
		);
		expect(
			containerLogs(crashingPod(), 'payments', { previous: false, now: T0 + 600_000 })
		).toEqual(previous);
		const scripted = crashingPod({ 'preflight.dev/fault-message': 'panic: nil map' });
		expect(
			containerLogs(scripted, 'payments', { previous: true, now: T0 + 600_000 }).at(-1)
		).toContain('"error":"panic: nil map"');
	});

	it('prints scenario-supplied lines verbatim and nothing for a missing container or previous run', () => {
		const pod = runningPod({ 'preflight.dev/logs': 'line one\nline two\n' });
		expect(containerLogs(pod, 'payments', { previous: false, now: T0 + 60_000 })).toEqual([
			'line one',
			'line two'
		]);
		expect(containerLogs(runningPod(), 'nope', { previous: false, now: T0 })).toEqual([]);
		expect(containerLogs(runningPod(), 'payments', { previous: true, now: T0 })).toEqual([]);
	});
});
