/**
 * A chart in one or two sentences, for people who cannot see it: "Error rate rose from 0.1% to
 * 12.4%. It crossed the 5% threshold 6 minutes before you were paged."
 */
import type { Chart, ChartSeries } from '../../core/scenario/charts';
import { formatValue } from './format-value';
import { pageRelative } from './offset';

export function describeChart(chart: Chart): string {
	const sentences = chart.series.flatMap((s) => {
		const name = chart.series.length === 1 ? chart.title : s.label;
		return describeSeries(name, s, chart);
	});
	return sentences.length ? sentences.join(' ') : `${chart.title}: no data.`;
}

function describeSeries(name: string, series: ChartSeries, chart: Chart): string[] {
	const known = series.points.filter((p): p is { t: number; value: number } => p.value !== null);
	if (known.length === 0) return [`${name}: no data.`];
	const first = known[0].value;
	const last = known[known.length - 1].value;
	const fmt = (v: number) => formatValue(v, chart.unit);
	const trend =
		fmt(first) === fmt(last)
			? `${name} held at ${fmt(last)}.`
			: `${name} ${last > first ? 'rose' : 'fell'} from ${fmt(first)} to ${fmt(last)}.`;
	const crossing = chart.threshold === undefined ? undefined : crossedAt(known, chart.threshold);
	if (crossing === undefined || chart.threshold === undefined) return [trend];
	const label = chart.thresholdLabel ?? 'threshold';
	return [`${trend} It crossed the ${fmt(chart.threshold)} ${label} ${pageRelative(crossing)}.`];
}

/** When the series first moved to the other side of the threshold from where it started. */
function crossedAt(points: { t: number; value: number }[], threshold: number): number | undefined {
	const above = points[0].value > threshold;
	return points.find((p) => (above ? p.value <= threshold : p.value > threshold))?.t;
}
