/**
 * The health model: each service's SLIs as a function of cluster state (formulas in README.md),
 * the error budget a run of samples burns, and when the incident counts as resolved.
 */
import type { World } from '../cluster/types';
import { parseLabelSelector, type LabelRequirement } from '../kubectl/selectors';
import type { ParseResult, PredicateExpr, ValueExpr } from './predicate-ast';
import {
	evaluatePredicate,
	evaluateValue,
	isReady,
	selectPods,
	type EvalContext
} from './predicate-eval';
import { parsePredicate, parseValue } from './predicate-parse';
import type { Health, Pool, Route, Service } from './schema';

export interface Sli {
	/** Fraction of requests that fail, 0–1. */
	errorRate: number;
	latencyMs: number;
	/** Offered load over Ready capacity, traffic-weighted across routes (1 = at capacity). */
	saturation: number;
	/** Ready pods across the service's pools. */
	ready: number;
}

/** Latency grows as 1/(1-ρ) up to this utilisation, then stays there (20× baseMs). */
const LATENCY_RHO_CAP = 0.95;
/** Saturation shown for a route with traffic but no Ready pod, and the most any route shows. */
export const MAX_SATURATION = 10;

export function slisAt(health: Health, world: World, now: number, t: number): Record<string, Sli> {
	const ctx: EvalContext = { world, now, t };
	const out: Record<string, Sli> = {};
	for (const service of health.services) out[service.id] = serviceSli(service, ctx);
	return out;
}

/** One service's SLIs. `ctx.sli` is not consulted: SLIs cannot depend on SLIs. */
export function serviceSli(service: Service, ctx: EvalContext): Sli {
	const plain: EvalContext = { world: ctx.world, now: ctx.now, t: ctx.t };
	const routes = service.routes.map((r) => ({
		weight: routeWeight(r, plain),
		...routeState(r, plain)
	}));
	const ready = routes.reduce((n, r) => n + r.ready, 0);
	const total = routes.reduce((n, r) => n + r.weight, 0);
	const { baseMs, timeoutMs } = service.latency;
	if (total <= 0) return { errorRate: 1, latencyMs: timeoutMs, saturation: 0, ready };
	let errors = 0;
	let latency = 0;
	let saturation = 0;
	for (const r of routes) {
		const share = r.weight / total;
		if (share === 0) continue;
		if (r.ready === 0) {
			errors += share;
			latency += share * timeoutMs;
			saturation += share * MAX_SATURATION;
			continue;
		}
		const rho = (service.demand * share) / r.capacity;
		const overload = rho > 1 ? 1 - 1 / rho : 0;
		errors += share * (overload + (1 - overload) * r.servedErrorRate);
		const served = Math.min(baseMs / (1 - Math.min(rho, LATENCY_RHO_CAP)), timeoutMs);
		latency += share * ((1 - overload) * served + overload * timeoutMs);
		saturation += share * Math.min(rho, MAX_SATURATION);
	}
	return {
		errorRate: Math.min(1, errors + service.baselineErrorRate),
		latencyMs: Math.min(latency, timeoutMs),
		saturation,
		ready
	};
}

/** A route's weight: the number, or the value expression's number (anything else counts 0). */
function routeWeight(route: Route, ctx: EvalContext): number {
	if (typeof route.weight === 'number') return route.weight;
	const parsed = cachedValue(route.weight);
	if (!parsed.ok) return 0;
	const v = evaluateValue(parsed.expr, ctx);
	const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
	return Number.isFinite(n) && n > 0 ? n : 0;
}

interface RouteState {
	ready: number;
	/** Requests per second the Ready pods handle before they saturate. */
	capacity: number;
	/** Error rate of requests a pod serves: each Ready pod takes an equal part. */
	servedErrorRate: number;
}

function routeState(route: Route, ctx: EvalContext): RouteState {
	let ready = 0;
	let capacity = 0;
	let failing = 0;
	for (const pool of route.pools) {
		const reqs = cachedSelector(pool.selector);
		const pods = reqs ? selectPods(ctx.world, route.context, route.namespace, reqs) : undefined;
		const n = pods ? pods.filter(isReady).length : 0;
		ready += n;
		capacity += n * pool.rpsPerPod;
		if (n > 0) failing += n * poolErrorRate(pool, ctx);
	}
	return { ready, capacity, servedErrorRate: ready > 0 ? failing / ready : 0 };
}

/** The first `errorRateWhen` that holds, else the pool's `errorRate`. */
export function poolErrorRate(pool: Pool, ctx: EvalContext): number {
	for (const { when, rate } of pool.errorRateWhen) {
		const parsed = cachedPredicate(when);
		if (parsed.ok && evaluatePredicate(parsed.expr, ctx)) return rate;
	}
	return pool.errorRate;
}

/**
 * The fraction of the service's error budget burned over the samples: the failed requests
 * (error rate integrated over time, trapezoids between samples) over those the SLO allows in its
 * window, (1 - objective/100) × demand × window. Demand cancels out.
 */
export function budgetBurned(service: Service, samples: { t: number; sli: Sli }[]): number {
	let failedMs = 0;
	for (let i = 1; i < samples.length; i++) {
		const a = samples[i - 1];
		const b = samples[i];
		failedMs += ((b.t - a.t) * (a.sli.errorRate + b.sli.errorRate)) / 2;
	}
	const allowedMs = (1 - service.slo.objective / 100) * service.slo.window;
	return failedMs / allowedMs;
}

/**
 * The first sample's `t` at which the resolution condition has held, sample after sample, for
 * `resolved.for`; undefined when it never does (or the scenario has no resolution condition).
 */
export function resolvedAt(
	health: Health,
	samples: { t: number; holds: boolean }[]
): number | undefined {
	if (!health.resolved) return undefined;
	let since: number | undefined;
	for (const s of samples) {
		if (!s.holds) {
			since = undefined;
			continue;
		}
		since ??= s.t;
		if (s.t - since >= health.resolved.for) return s.t;
	}
	return undefined;
}

/** Whether the resolution condition holds in this world (SLIs available to it). */
export function resolutionHolds(health: Health, world: World, now: number, t: number): boolean {
	if (!health.resolved) return false;
	return resolutionHoldsWith(health, world, now, t, slisAt(health, world, now, t));
}

/** `resolutionHolds` with this world's SLIs already worked out (`slisAt`). */
export function resolutionHoldsWith(
	health: Health,
	world: World,
	now: number,
	t: number,
	slis: Record<string, Sli>
): boolean {
	if (!health.resolved) return false;
	const parsed = cachedPredicate(health.resolved.when);
	if (!parsed.ok) return false;
	return evaluatePredicate(parsed.expr, { world, now, t, sli: (id) => slis[id] });
}

// Expressions and selectors come from the scenario: parse each text once. Bounded, since an editor
// re-evaluates as the author types.
const CACHE_LIMIT = 1000;
const predicates = new Map<string, ParseResult<PredicateExpr>>();
const values = new Map<string, ParseResult<ValueExpr>>();
const selectors = new Map<string, LabelRequirement[] | undefined>();

function memo<T>(cache: Map<string, T>, key: string, make: (key: string) => T): T {
	if (cache.has(key)) return cache.get(key)!;
	if (cache.size >= CACHE_LIMIT) cache.clear();
	const made = make(key);
	cache.set(key, made);
	return made;
}

export function cachedPredicate(text: string): ParseResult<PredicateExpr> {
	return memo(predicates, text, parsePredicate);
}

export function cachedValue(text: string): ParseResult<ValueExpr> {
	return memo(values, text, parseValue);
}

function cachedSelector(text: string): LabelRequirement[] | undefined {
	return memo(selectors, text, (t) => {
		const parsed = parseLabelSelector(t);
		return parsed.ok ? parsed.value : undefined;
	});
}
