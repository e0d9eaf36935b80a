/** `kubectl get events` rows (printers.go `printEvent`): no NAME column up front. */
import type { KubeEvent } from '../../cluster/types';
import { age } from './age';
import type { KindPrinter } from './types';

function source(e: KubeEvent): string {
	const component = e.source?.component || (e.reportingComponent as string | undefined) || '';
	return e.source?.host ? `${component}, ${e.source.host}` : component;
}

export const eventPrinter: KindPrinter<KubeEvent> = {
	columns: [
		{ header: 'LAST SEEN' },
		{ header: 'TYPE' },
		{ header: 'REASON' },
		{ header: 'OBJECT' },
		{ header: 'SUBOBJECT', wide: true },
		{ header: 'SOURCE', wide: true },
		{ header: 'MESSAGE' },
		{ header: 'FIRST SEEN', wide: true },
		{ header: 'COUNT', wide: true },
		{ header: 'NAME', wide: true }
	],
	toRow(e, { now }) {
		const first = age(e.firstTimestamp || (e.eventTime as string | undefined), now);
		const last = e.lastTimestamp ? age(e.lastTimestamp, now) : first;
		const io = e.involvedObject;
		const target = io.name ? `${io.kind.toLowerCase()}/${io.name}` : io.kind.toLowerCase();
		return [
			last,
			e.type,
			e.reason,
			target,
			io.fieldPath ?? '',
			source(e),
			(e.message ?? '').trim(),
			first,
			String(e.count || 1),
			e.metadata.name
		];
	}
};
