import { describe, expect, it } from 'vitest';
import type { CommandRecord } from '../../core/rehearsal/schema';
import { replyEvents } from './reply-events';

const T = 1_773_483_060_000;

function record(command: string): CommandRecord {
	return {
		command,
		context: 'prod-us-east-1',
		namespace: 'payments',
		verb: 'get',
		resources: [],
		mutating: false,
		exitCode: 0,
		output: ''
	};
}

describe('replyEvents', () => {
	it('is empty for a reply with neither records nor timeline events', () => {
		expect(replyEvents({})).toEqual([]);
	});

	it('orders commands and timeline events by time, the timeline first on a tie', () => {
		const get = record('kubectl get pods -n payments');
		const logs = record('kubectl logs -n payments -l pool=primary --tail=50');
		const happened = { by: 'payments-primary', note: 'pool exhausted on a second pod' };
		expect(
			replyEvents({
				records: [
					{ at: T + 1000, record: get },
					{ at: T + 3000, record: logs }
				],
				happened: [
					{ at: T + 3000, index: 2, ...happened },
					{ at: T, index: 1, by: 'alertmanager', note: 'PaymentsAPIHighErrorRate firing' }
				]
			})
		).toEqual([
			{
				at: T,
				body: {
					kind: 'timeline',
					index: 1,
					by: 'alertmanager',
					note: 'PaymentsAPIHighErrorRate firing'
				}
			},
			{ at: T + 1000, body: { kind: 'command', record: get } },
			{ at: T + 3000, body: { kind: 'timeline', index: 2, ...happened } },
			{ at: T + 3000, body: { kind: 'command', record: logs } }
		]);
	});
});
