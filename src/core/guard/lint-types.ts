/** The draft linter's shapes (see lint-draft.ts): rule ids, findings, and what a rule is given. */
import type { World } from '../cluster/types';
import type { GuardedStep } from '../drafting/schema';
import type { RunbookStep, Scenario } from '../scenario/schema';
import type { Classification } from './classification';

export type RuleId =
	| 'schema'
	| 'multiple-steps'
	| 'preflight-not-read-only'
	| 'preflight-sensitive'
	| 'preflight-reads-nothing'
	| 'control-character'
	| 'confirm-missing'
	| 'action-refused'
	| 'verify-not-read-only'
	| 'rollback-chains-mutations'
	| 'action-chains-mutations'
	| 'action-not-mutating'
	| 'placeholder'
	| 'unknown-context'
	| 'unknown-namespace'
	| 'unknown-resource'
	| 'rollback-missing'
	| 'rollback-not-inverse'
	| 'verify-missing'
	| 'verify-unrelated'
	| 'blast-radius-understated'
	| 'stale-not-flagged'
	| 'stop-condition-missing'
	| 'stop-condition-invalid'
	| 'wrong-target';

export interface Finding {
	rule: RuleId;
	severity: 'error' | 'warning';
	/** Dotted path in the draft (`action.command`); '' for the draft as a whole. */
	field: string;
	/** One plain sentence that names the thing. */
	message: string;
}

export interface LintContext {
	world: World;
	/** Absolute virtual ms. */
	now: number;
	/** The runbook step the draft is for: its intent and ground truth sharpen the checks. */
	step?: RunbookStep;
	scenario?: Scenario;
	/** Offset from the page (ms) the state is seen at: ground-truth predicates may read `t`. */
	t?: number;
}

export type CommandField =
	'preflight.command' | 'action.command' | 'verify.command' | 'rollback.command';

/** One command field of the draft, classified once for every rule. */
export interface DraftCommand {
	field: CommandField;
	line: string;
	classification: Classification;
}

/** What every rule sees: the parsed draft, the world, and the draft's commands classified. */
export interface Facts {
	draft: GuardedStep;
	ctx: LintContext;
	commands: Record<CommandField, DraftCommand>;
	/**
	 * Fields whose names are not usable (an unfilled placeholder, an unknown context, namespace or
	 * resource): the rules that simulate skip them, so one mistake is reported once.
	 */
	blocked: ReadonlySet<CommandField>;
}

export type Rule = (facts: Facts) => Finding[];
