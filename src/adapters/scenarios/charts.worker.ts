/** Computes a scenario's dashboards off the page's thread: sampling takes a second or more. */
import type { ChartsReply, ChartsRequest } from './charts-protocol';
import { computeCharts } from './compute-charts';

const scope = self as unknown as {
	onmessage: ((event: MessageEvent<ChartsRequest>) => void) | null;
	postMessage(reply: ChartsReply): void;
};

scope.onmessage = ({ data }) => {
	const started = performance.now();
	try {
		const result = computeCharts(data.payload.scenario, data.payload.files);
		const ms = Math.round(performance.now() - started);
		scope.postMessage({ id: data.id, type: 'charts', payload: { ...result, ms } });
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		scope.postMessage({ id: data.id, type: 'charts', error: message });
	}
};
