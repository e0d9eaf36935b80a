/**
 * The `schema` and `multiple-steps` rules: turn any JSON (or text) a model answered with into one
 * GuardedStep, or say plainly why it is not one. A missing verify, rollback or STOP condition is
 * not a schema problem but its own rule's: the draft is filled with an empty value so that rule
 * reports it and the other rules still run.
 */
import type { z } from 'zod';
import { GuardedStep } from '../../drafting/schema';
import type { Finding } from '../lint-types';
import { error } from './say';

export interface ParsedDraft {
	/** The step the rules check (possibly with a missing part filled in)… */
	checked?: GuardedStep;
	/** …and whether it parsed as given. */
	exact: boolean;
	findings: Finding[];
}

/** `Step 3 — …`, `**Step 3:**` at the start of a line or sentence: a heading of another step. */
const STEP_HEADING = /(?:^|\n|[.!?]\s)\s*(?:#+\s*)?\**Step\s+(\d+)\**\s*(?:[—–:).-]|\*\*)/gi;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
	typeof v === 'object' && v !== null && !Array.isArray(v);
const looksLikeStep = (v: unknown) => isObject(v) && ('action' in v || 'preflight' in v);

function stepNumbers(text: string): number[] {
	return [...text.matchAll(STEP_HEADING)].map((m) => Number(m[1]));
}

function fromText(text: string): ParsedDraft {
	const body = text.replace(/^\s*```(?:json)?\s*\n?|\n?```\s*$/g, '');
	try {
		return parseDraft(JSON.parse(body));
	} catch {
		const findings: Finding[] = [];
		const steps = new Set(stepNumbers(text));
		if (steps.size > 1)
			findings.push(
				error(
					'multiple-steps',
					'',
					`the answer drafts ${steps.size} steps (Step ${[...steps].join(', Step ')}): draft one step and wait for the go-ahead`
				)
			);
		findings.push(
			error(
				'schema',
				'',
				'the answer is text, not a guarded step: give one JSON object with step, title, preflight, action, verify, rollback, staleFlags and confirm'
			)
		);
		return { exact: false, findings };
	}
}

/** Any value → the step to check and the findings about its shape. */
export function parseDraft(draft: unknown): ParsedDraft {
	if (typeof draft === 'string') return fromText(draft);
	const many = Array.isArray(draft)
		? draft
		: isObject(draft) && Array.isArray(draft.steps) && !('action' in draft)
			? draft.steps
			: undefined;
	if (many) {
		if (many.length === 0)
			return { exact: false, findings: [error('schema', '', 'the answer holds no step at all')] };
		const first = parseDraft(many[0]);
		if (many.length === 1) return first;
		const extra = error(
			'multiple-steps',
			'',
			`the answer drafts ${many.length} steps at once: draft one step and wait for the go-ahead before the next`
		);
		return { ...first, exact: false, findings: [extra, ...first.findings] };
	}
	if (!isObject(draft))
		return {
			exact: false,
			findings: [error('schema', '', `the answer is ${describe(draft)}, not a guarded step object`)]
		};
	return parseObject(draft);
}

function parseObject(draft: Json): ParsedDraft {
	const findings: Finding[] = [];
	const own: Json = {};
	for (const [key, value] of Object.entries(draft)) {
		if (!(key in GuardedStep.shape) && looksLikeStep(value))
			findings.push(
				error(
					'multiple-steps',
					key,
					`\`${key}\` holds a second step: draft one step and wait for the go-ahead before the next`
				)
			);
		else own[key] = value;
	}
	findings.push(...headingsInText(own));
	const { value, repaired } = fillMissing(own);
	const result = GuardedStep.safeParse(value);
	if (!result.success)
		return {
			exact: false,
			findings: [...findings, ...result.error.issues.map((i) => explain(i, valueAt(value, i.path)))]
		};
	return { checked: result.data, exact: !repaired && findings.length === 0, findings };
}

/** Text fields that go on to another step's heading (`… Step 3: kubectl scale …`). */
function headingsInText(draft: Json): Finding[] {
	const own = typeof draft.step === 'number' ? draft.step : undefined;
	const findings: Finding[] = [];
	const visit = (value: unknown, path: string) => {
		if (typeof value === 'string') {
			const other = stepNumbers(value).find((n) => n !== own);
			if (other !== undefined)
				findings.push(
					error(
						'multiple-steps',
						path,
						`\`${path}\` goes on to Step ${other}: draft one step and wait for the go-ahead before the next`
					)
				);
		} else if (isObject(value))
			for (const [k, v] of Object.entries(value)) visit(v, path ? `${path}.${k}` : k);
	};
	visit(draft, '');
	return findings;
}

const blank = (v: unknown) =>
	v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/** A missing verify, rollback or STOP text becomes `none`/'' so its own rule reports it. */
function fillMissing(draft: Json): { value: Json; repaired: boolean } {
	const value = { ...draft };
	let repaired = false;
	if (blank(value.verify) || (isObject(value.verify) && blank(value.verify.command))) {
		value.verify = { command: 'none', expect: 'none' };
		repaired = true;
	}
	if (blank(value.rollback)) {
		value.rollback = { command: '' };
		repaired = true;
	}
	const pre = value.preflight;
	if (isObject(pre)) {
		const stop = pre.stopIf;
		if (blank(stop) || (isObject(stop) && blank(stop.text))) {
			const when = isObject(stop) && typeof stop.when === 'string' ? { when: stop.when } : {};
			value.preflight = { ...pre, stopIf: { text: 'none', ...when } };
			repaired = true;
		}
	}
	return { value, repaired };
}

function describe(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'string') return 'text';
	return `a ${typeof value}`;
}

function valueAt(value: unknown, path: PropertyKey[]): unknown {
	let at = value;
	for (const key of path)
		at = isObject(at) || Array.isArray(at) ? (at as Json)[key as string] : undefined;
	return at;
}

/** One zod issue (and the value it is about) → one plain sentence at its dotted path. */
function explain(issue: z.core.$ZodIssue, input: unknown): Finding {
	const field = issue.path.map(String).join('.');
	const name = field ? `\`${field}\`` : 'the step';
	const sentence = (() => {
		switch (issue.code) {
			case 'invalid_type':
				return input === undefined
					? `${name} is missing`
					: `${name} should be ${article(issue.expected)}, not ${describe(input)}`;
			case 'unrecognized_keys':
				return `${name} has ${issue.keys.length === 1 ? 'a field' : 'fields'} a guarded step does not have: ${issue.keys.map((k) => `\`${k}\``).join(', ')}`;
			case 'too_small':
				return issue.origin === 'string'
					? `${name} is empty`
					: issue.origin === 'number'
						? `${name} must be a whole number from 1`
						: `${name} is too short`;
			case 'invalid_union':
			case 'invalid_value':
			default:
				return `${name}: ${issue.message}`;
		}
	})();
	return error('schema', field, sentence);
}

function article(expected: string): string {
	if (expected === 'object') return 'an object';
	if (expected === 'array') return 'a list';
	if (expected === 'int') return 'a whole number';
	return `a ${expected}`;
}
