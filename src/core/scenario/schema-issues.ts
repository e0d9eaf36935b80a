/**
 * Zod issues in plain words, each pointing at one node: `unknown field "replica" (did you mean
 * "replicas"?)`, `expected a number, got "six"`, `required`. Messages the schema wrote itself win;
 * the rest come from `plainMessage`, which zod calls with the offending input.
 */
import type { z } from 'zod';
import { Duration, Scenario } from './schema';
import { didYouMean } from './suggest';

export interface SchemaProblem {
	path: (string | number)[];
	message: string;
	/** `key`: point at the map key itself (an unknown field); `node`: at the value. */
	at: 'key' | 'node';
}

type RawIssue = z.core.$ZodRawIssue;

const DURATION_TEXT = (Duration as unknown as { _zod: { def: { in: unknown } } })._zod.def.in;

const TYPE_NAMES: Record<string, string> = {
	string: 'a string',
	number: 'a number',
	int: 'a whole number',
	boolean: 'true or false',
	object: 'a map',
	record: 'a map',
	array: 'a list'
};

/** A value as the message quotes it. */
export function describeValue(value: unknown): string {
	if (value === null) return 'an empty value';
	if (value === undefined) return 'nothing';
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'object') return 'a map';
	if (typeof value === 'string') {
		const shown = value.length > 40 ? `${value.slice(0, 37)}...` : value;
		return JSON.stringify(shown);
	}
	return String(value);
}

function plural(n: number, word: string): string {
	return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Known fields of the strict objects that reported unknown keys, by the issue's key list. */
type KnownFields = WeakMap<object, string[]>;

function typeMessage(iss: Extract<RawIssue, { code: 'invalid_type' }>): string {
	if (iss.input === undefined) return 'required';
	const got = describeValue(iss.input);
	if (iss.inst === DURATION_TEXT) return `expected a duration like 90s, 5m or -10m, got ${got}`;
	return `expected ${TYPE_NAMES[iss.expected] ?? iss.expected}, got ${got}`;
}

function sizeMessage(iss: Extract<RawIssue, { code: 'too_small' | 'too_big' }>): string {
	const small = iss.code === 'too_small';
	const limit = Number(small ? iss.minimum : (iss as { maximum: number | bigint }).maximum);
	const exact = iss.inclusive !== false;
	if (iss.origin === 'string')
		return small && limit === 1
			? 'cannot be empty'
			: `must be ${small ? 'at least' : 'at most'} ${plural(limit, 'character')}`;
	if (iss.origin === 'array' || iss.origin === 'set')
		return small
			? `needs at least ${plural(limit, 'item')}`
			: `takes at most ${plural(limit, 'item')}`;
	const bound = small ? (exact ? 'at least' : 'more than') : exact ? 'at most' : 'less than';
	return `expected ${bound} ${limit}, got ${describeValue(iss.input)}`;
}

function formatMessage(iss: Extract<RawIssue, { code: 'invalid_format' }>): string {
	const got = describeValue(iss.input);
	switch (iss.format) {
		case 'url':
			return `expected a URL like https://10.0.0.1:6443, got ${got}`;
		case 'datetime':
			return `expected an ISO 8601 date-time like 2026-03-14T09:41:00Z, got ${got}`;
		case 'regex':
			return `expected text matching ${(iss as { pattern?: string }).pattern ?? 'the pattern'}, got ${got}`;
		default:
			return `expected ${iss.format}, got ${got}`;
	}
}

function unionMessage(iss: Extract<RawIssue, { code: 'invalid_union' }>): string | undefined {
	const { discriminator, options } = iss as { discriminator?: string; options?: unknown[] };
	if (discriminator === undefined || !options) return undefined;
	const input = iss.input as Record<string, unknown> | undefined;
	const value = input && typeof input === 'object' ? input[discriminator] : undefined;
	const names = options.map(String);
	const list = `one of ${names.join(', ')}`;
	if (value === undefined) return `required: ${list}`;
	const hint = typeof value === 'string' ? didYouMean(value, names) : '';
	return `unknown ${discriminator} ${describeValue(value)}${hint}; expected ${list}`;
}

function valueMessage(iss: Extract<RawIssue, { code: 'invalid_value' }>): string {
	const names = iss.values.map(String);
	if (iss.input === undefined) return `required: one of ${names.join(', ')}`;
	const hint = typeof iss.input === 'string' ? didYouMean(iss.input, names) : '';
	const expected = names.length === 1 ? JSON.stringify(names[0]) : `one of ${names.join(', ')}`;
	return `expected ${expected}, got ${describeValue(iss.input)}${hint}`;
}

/** Zod's per-parse error map: plain words for every issue the schema did not word itself. */
function plainMessage(known: KnownFields) {
	return (iss: RawIssue): string | undefined => {
		switch (iss.code) {
			case 'invalid_type':
				return typeMessage(iss);
			case 'too_small':
			case 'too_big':
				return sizeMessage(iss);
			case 'invalid_format':
				return formatMessage(iss);
			case 'invalid_union':
				return unionMessage(iss) ?? 'does not match any of the allowed forms';
			case 'invalid_value':
				return valueMessage(iss);
			case 'unrecognized_keys': {
				const shape = (iss.inst as { _zod?: { def?: { shape?: object } } })?._zod?.def?.shape;
				if (shape) known.set(iss.keys, Object.keys(shape));
				return 'unknown field';
			}
			default:
				return undefined;
		}
	};
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
	let value = data;
	for (const segment of path) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as Record<PropertyKey, unknown>)[segment];
	}
	return value;
}

/** Issues of a union: the branch that came closest (fewest issues; the first on a tie). */
function closestBranch(branches: z.core.$ZodIssue[][]): z.core.$ZodIssue[] {
	return branches.reduce((best, b) => (b.length < best.length ? b : best), branches[0] ?? []);
}

function toProblems(
	issue: z.core.$ZodIssue,
	prefix: PropertyKey[],
	data: unknown,
	known: KnownFields
): SchemaProblem[] {
	const path = [...prefix, ...issue.path] as (string | number)[];
	if (issue.code === 'invalid_union' && issue.errors.length > 0)
		return closestBranch(issue.errors).flatMap((i) => toProblems(i, path, data, known));
	if (issue.code === 'unrecognized_keys') {
		const fields = known.get(issue.keys) ?? [];
		return issue.keys.map((key) => ({
			path: [...path, key],
			message: `unknown field "${key}"${didYouMean(key, fields)}`,
			at: 'key' as const
		}));
	}
	let message = issue.message;
	// The schema's own format messages (`expected a duration like …`) gain what was written.
	if (issue.code === 'invalid_format' && !message.includes(', got '))
		message += `, got ${describeValue(valueAt(data, path))}`;
	return [{ path, message, at: 'node' }];
}

export type SchemaCheck =
	{ ok: true; scenario: Scenario } | { ok: false; problems: SchemaProblem[] };

/** `Scenario.safeParse` with every issue in plain words at the node it names. */
export function checkSchema(data: unknown): SchemaCheck {
	const known: KnownFields = new WeakMap();
	const result = Scenario.safeParse(data, { error: plainMessage(known) });
	if (result.success) return { ok: true, scenario: result.data };
	return {
		ok: false,
		problems: result.error.issues.flatMap((issue) => toProblems(issue, [], data, known))
	};
}
