import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../core/kubectl/types';
import { LineRecords } from './line-records';

const T = Date.UTC(2026, 2, 14, 10, 11);

function entry(at: number, command: string, verb: string, mutating: boolean): AuditEntry {
	const resources = ['deployment.apps/payments-primary'];
	return {
		at,
		command,
		context: 'prod-us-east-1',
		namespace: 'payments',
		verb,
		resources,
		mutating,
		exitCode: 0
	};
}

const SCALE = entry(
	T,
	'kubectl scale deploy/payments-primary -n payments --replicas=0',
	'scale',
	true
);
const WATCH = entry(T, 'kubectl get pods -n payments -w', 'get', false);

function rec({ at: _, ...e }: AuditEntry, output: string) {
	return { ...e, output };
}

describe('LineRecords', () => {
	it('reports a command once the next of its line starts, and the last when the line ends', () => {
		const line = new LineRecords();
		line.begin(0);
		const scaled = 'deployment.apps/payments-primary scaled\n';
		expect(line.add({ output: scaled }, [SCALE, WATCH])).toEqual([
			{ at: T, record: rec(SCALE, '') }
		]);
		expect(line.add({ output: 'payments-primary-7d9 Terminating\n' }, [SCALE, WATCH])).toEqual([]);
		const out = `${scaled}payments-primary-7d9 Terminating\n^C\n`;
		expect(
			line.add({ output: '^C\n', exitCode: 130 }, [SCALE, { ...WATCH, exitCode: 130 }])
		).toEqual([{ at: T, record: rec({ ...WATCH, exitCode: 130 }, out) }]);
		expect(line.add({ output: '', exitCode: 0 }, [SCALE, WATCH])).toBeUndefined();
	});

	it('hands over the running command when asked (a checkpoint), and does not report it again', () => {
		const line = new LineRecords();
		line.begin(0);
		expect(line.pending([])).toEqual([]);
		line.add({ output: 'NAME   READY\n' }, [WATCH]);
		expect(line.pending([WATCH])).toEqual([{ at: T, record: rec(WATCH, 'NAME   READY\n') }]);
		expect(line.pending([WATCH])).toEqual([]);
		expect(line.add({ output: '^C\n', exitCode: 130 }, [WATCH])).toEqual([]);
		expect(line.pending([WATCH])).toEqual([]);
	});
});
