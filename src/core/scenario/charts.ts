/**
 * The briefing's dashboards as data for the UI: each series sampled over the scenario's history,
 * SLIs from the health model, value series from their expressions.
 */
import type { World } from '../cluster/types';
import { cachedValue, slisAt, type Sli } from './health';
import { evaluateValue } from './predicate-eval';
import type { Prepared } from './prepare';
import type { Dashboard, Scenario, Series } from './schema';
import { sampleScenario } from './timeline';

export interface ChartSeries {
	label: string;
	points: { t: number; value: number | null }[];
}

export interface Chart {
	title: string;
	unit?: string;
	threshold?: number;
	/** What the threshold line is called (`threshold`, an alert's word, unless said otherwise). */
	thresholdLabel?: string;
	series: ChartSeries[];
}

export interface WorldSample {
	/** Offset from t=0, ms. */
	t: number;
	/** Absolute virtual ms. */
	now: number;
	world: World;
}

const DEFAULT_STEP_MS = 30_000;

/** Samples the dashboards from -history to `until` (default 0) every `step` (default 30s). */
export function briefingCharts(
	prepared: Prepared,
	opts: { until?: number; step?: number } = {}
): Chart[] {
	const from = prepared.now - prepared.t0;
	const samples = sampleScenario(prepared, from, opts.until ?? 0, opts.step ?? DEFAULT_STEP_MS);
	return chartsFromSamples(prepared.scenario, samples);
}

/** The dashboards over worlds already sampled (pure; one pass over `samples`). */
export function chartsFromSamples(scenario: Scenario, samples: Iterable<WorldSample>): Chart[] {
	const { dashboards } = scenario.briefing;
	const charts: Chart[] = dashboards.map((d) => ({
		title: d.title,
		...(d.unit !== undefined ? { unit: d.unit } : {}),
		...(d.threshold !== undefined ? { threshold: d.threshold } : {}),
		series: d.series.map((s) => ({ label: labelOf(scenario, s), points: [] }))
	}));
	for (const { t, now, world } of samples) {
		const slis = slisAt(scenario.health, world, now, t);
		const ctx = { world, now, t, sli: (id: string) => slis[id] };
		dashboards.forEach((d, i) =>
			d.series.forEach((s, j) => {
				const value =
					'service' in s ? sliValue(slis[s.service], s.metric, d) : valueOf(s.value, ctx);
				charts[i].series[j].points.push({ t, value: value === null ? null : round(value) });
			})
		);
	}
	return charts;
}

function labelOf(scenario: Scenario, s: Series): string {
	if (s.label !== undefined) return s.label;
	if ('service' in s)
		return scenario.health.services.find((x) => x.id === s.service)?.title ?? s.service;
	return s.value;
}

const PERCENT_METRICS = new Set(['errorRate', 'saturation']);

/** A metric in the dashboard's unit: fractions become percent on a `percent` dashboard. */
function sliValue(
	sli: Sli | undefined,
	metric: Extract<Series, { service: string }>['metric'],
	d: Dashboard
): number | null {
	if (!sli) return null;
	const value = metric === 'latency' ? sli.latencyMs : sli[metric];
	return d.unit === 'percent' && PERCENT_METRICS.has(metric) ? value * 100 : value;
}

function valueOf(text: string, ctx: Parameters<typeof evaluateValue>[1]): number | null {
	const parsed = cachedValue(text);
	if (!parsed.ok) return null;
	const v = evaluateValue(parsed.expr, ctx);
	if (typeof v === 'number') return Number.isFinite(v) ? v : null;
	if (typeof v === 'string' && /^\s*-?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/.test(v))
		return Number(v);
	return null;
}

/** Six decimals: enough for any chart, and no floating-point noise in the data. */
function round(v: number): number {
	return Math.round(v * 1e6) / 1e6;
}
