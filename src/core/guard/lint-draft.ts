/**
 * `lintDraft(draft, ctx)`: every finding about one drafted step — a model's answer or the offline
 * drafter's — each with its rule id, severity, field path and one plain sentence. Any JSON goes
 * in; what is not a guarded step is rejected and explained (`schema`). The rules simulate on the
 * world rather than guess: names are checked against it, the action and rollback are run on it,
 * the blast radius is computed on it. Errors are what is unsafe; warnings are style.
 */
import type { GuardedStep } from '../drafting/schema';
import { classify } from './classify';
import type { CommandField, DraftCommand, Facts, Finding, LintContext, Rule } from './lint-types';
import { blastRadiusRule } from './rules/blast-radius-understated';
import { actionRules, preflightRules } from './rules/command-classes';
import {
	actionRefusedRule,
	confirmRule,
	controlCharacterRule,
	preflightReadsRule
} from './rules/gate-rules';
import { rollbackMissingRule, stopConditionRules, verifyMissingRule } from './rules/missing-parts';
import { parseDraft } from './rules/parse-draft';
import { placeholderRule, withoutPlaceholders } from './rules/placeholder';
import { rollbackInverseRule } from './rules/rollback-inverse';
import { staleRule } from './rules/stale-not-flagged';
import { unknownNamesRule } from './rules/unknown-names';
import { rollbackClassRule, verifyClassRule } from './rules/verify-rollback-classes';
import { verifyUnrelatedRule } from './rules/verify-unrelated';
import { wrongTargetRule } from './rules/wrong-target';

export type { CommandField, Finding, LintContext, RuleId } from './lint-types';

/** Rules on names: what they find blocks the simulating rules for that field. */
const NAME_RULES: Rule[] = [placeholderRule, unknownNamesRule];

/** Rules that read the draft as written. */
const SHAPE_RULES: Rule[] = [
	controlCharacterRule,
	preflightRules,
	preflightReadsRule,
	actionRules,
	verifyClassRule,
	rollbackClassRule,
	confirmRule,
	stopConditionRules,
	verifyMissingRule,
	rollbackMissingRule,
	staleRule
];

/** Rules that simulate the action (skipped when the action's names are unusable or it chains). */
const SIMULATING_RULES: Rule[] = [
	actionRefusedRule,
	wrongTargetRule,
	rollbackInverseRule,
	verifyUnrelatedRule,
	blastRadiusRule
];

const FIELDS: CommandField[] = [
	'preflight.command',
	'action.command',
	'verify.command',
	'rollback.command'
];

const BLOCKING = new Set([
	'placeholder',
	'unknown-context',
	'unknown-namespace',
	'unknown-resource'
]);

function commandsOf(step: GuardedStep): Record<CommandField, DraftCommand> {
	const line = (field: CommandField) => {
		const [part] = field.split('.') as ['preflight' | 'action' | 'verify' | 'rollback'];
		return step[part].command;
	};
	const entries = FIELDS.map((field): [CommandField, DraftCommand] => {
		const text = line(field);
		return [field, { field, line: text, classification: classify(withoutPlaceholders(text)) }];
	});
	return Object.fromEntries(entries) as Record<CommandField, DraftCommand>;
}

/** Any JSON (a model's answer) → the parsed step (when it parses as given) and every finding. */
export function lintDraft(
	draft: unknown,
	ctx: LintContext
): { step?: GuardedStep; findings: Finding[] } {
	const parsed = parseDraft(draft);
	if (!parsed.checked) return { findings: parsed.findings };
	const facts: Facts = {
		draft: parsed.checked,
		ctx,
		commands: commandsOf(parsed.checked),
		blocked: new Set()
	};
	const named = NAME_RULES.flatMap((rule) => rule(facts));
	const blocked = new Set(
		named.filter((f) => BLOCKING.has(f.rule)).map((f) => f.field as CommandField)
	);
	const shaped = SHAPE_RULES.flatMap((rule) => rule({ ...facts, blocked }));
	const chains = shaped.some((f) => f.rule === 'action-chains-mutations');
	const simulated =
		blocked.has('action.command') || chains
			? []
			: SIMULATING_RULES.flatMap((rule) => rule({ ...facts, blocked }));
	const findings = [...parsed.findings, ...named, ...shaped, ...simulated];
	return { ...(parsed.exact && { step: parsed.checked }), findings };
}
