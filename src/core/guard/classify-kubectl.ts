/**
 * One kubectl invocation → its class. The real parser reads the argv (flags before the verb,
 * `-n=x`, bare `--dry-run`…); the verb's row in `VERB_CLASSES` gives the plain class, then the
 * flags refine it: a client or server dry run only reads, `--force`, `--grace-period=0`, scaling to
 * 0, `apply --prune`, a NoExecute taint and `debug --replace` destroy, and some forms print
 * secret values.
 */
import { parse } from 'yaml';
import { parseDryRun } from '../kubectl/mutate/dry-run';
import type { Invocation, VerbSpec } from '../kubectl/types';
import type { ClassifiedCommand } from './classification';
import { commandTarget, type CommandTarget } from './command-target';
import { lenientParse } from './lenient-parse';
import { sensitivity } from './sensitive';
import { VERB_CLASSES, type CommandClass } from './verb-classes';

export interface KubectlOptions {
	/** The command's names come from elsewhere (`xargs`). */
	namesUnknown?: boolean;
	/** xargs' `-I` string, which stands for names from the input. */
	placeholder?: string;
}

/** Arguments with their unknown parts (xargs' placeholder, `$(…)`, `$VAR`) taken out. */
function knownArgs(
	args: readonly string[],
	placeholder?: string
): { args: string[]; unknown: boolean } {
	let unknown = false;
	const known = args.flatMap((a) => {
		if (a.includes('$') || a.includes('`')) {
			unknown = true;
			return [];
		}
		if (!placeholder || !a.includes(placeholder)) return [a];
		unknown = true;
		const rest = a.split(placeholder).join('');
		return rest ? [rest] : [];
	});
	return { args: known, unknown };
}

const FORCE_REASONS: Record<string, string> = {
	delete: '--force removes the objects at once, without a graceful shutdown',
	drain: '--force also deletes pods no controller will re-create',
	apply: '--force deletes and re-creates objects it cannot patch',
	replace: '--force deletes and re-creates the objects'
};

function has(spec: VerbSpec, flag: string): boolean {
	return spec.flags.some((f) => f.name === flag);
}

function given(inv: Invocation, flag: string): unknown {
	return inv.given.has(flag) ? inv.flags.get(flag) : undefined;
}

/** A client or server dry run: only reads, whatever the verb. */
function dryRunReason(inv: Invocation, spec: VerbSpec, verb: string): string | undefined {
	if (!has(spec, 'dry-run') || !inv.given.has('dry-run')) return undefined;
	const mode = parseDryRun(inv);
	if (mode === 'client') return `--dry-run=client: ${verb} only prints what it would send`;
	if (mode === 'server') return `--dry-run=server: ${verb} only asks the server what would happen`;
	return undefined;
}

/**
 * A merge/strategic patch (`{"spec":{"replicas":0}}`, YAML too) or a JSON patch
 * (`[{"op":"replace","path":"/spec/replicas","value":0}]`) that takes replicas to 0.
 */
function setsReplicasToZero(patch: string): boolean {
	if (/["']?replicas["']?\s*:\s*0\b/.test(patch)) return true;
	let ops: unknown;
	try {
		ops = parse(patch);
	} catch {
		return false;
	}
	return (
		Array.isArray(ops) &&
		ops.some(
			(op) =>
				typeof op === 'object' &&
				op !== null &&
				/\/replicas$/.test(String((op as { path?: unknown }).path)) &&
				Number((op as { value?: unknown }).value) === 0
		)
	);
}

/** Why a mutating command also destroys, if it does. */
function destroys(inv: Invocation, spec: VerbSpec, verb: string): string[] {
	const out: string[] = [];
	if (has(spec, 'force') && given(inv, 'force') === true)
		out.push(FORCE_REASONS[verb] ?? '--force skips the safety checks');
	if (has(spec, 'grace-period') && given(inv, 'grace-period') === 0)
		out.push('--grace-period=0 kills pods without a graceful shutdown');
	if (verb === 'scale' && given(inv, 'replicas') === 0)
		out.push('scales to 0 replicas: every pod stops');
	const patch = given(inv, 'patch');
	if (verb === 'patch' && typeof patch === 'string' && setsReplicasToZero(patch))
		out.push('the patch sets replicas to 0: every pod stops');
	if (verb === 'apply' && given(inv, 'prune') === true)
		out.push('--prune deletes objects missing from the manifests');
	if (verb === 'taint' && inv.args.some((a) => a.endsWith(':NoExecute')))
		out.push('a NoExecute taint evicts every pod that does not tolerate it');
	if (verb === 'debug' && given(inv, 'replace') === true && given(inv, 'copy-to'))
		out.push('--replace deletes the original pod');
	return out;
}

function notKubectl(argv: readonly string[], refusal: string): string {
	const m = /^unknown command "([^"]*)" for "kubectl"/.exec(refusal);
	if (m)
		return `kubectl ${m[1]} is not a kubectl command (a plugin or a typo): unknown, treated as mutating`;
	return `kubectl would refuse this line (${refusal}): unknown, treated as mutating`;
}

function refine(
	inv: Invocation,
	spec: VerbSpec,
	verb: string,
	base: { class: CommandClass; reason: string; localConfig?: boolean }
): { class: CommandClass; reasons: string[] } {
	if (base.class === 'read-only' || base.localConfig)
		return { class: base.class, reasons: [base.reason] };
	const dry = dryRunReason(inv, spec, verb);
	if (dry) return { class: 'read-only', reasons: [dry] };
	const reasons = [base.reason];
	const dryRun = given(inv, 'dry-run');
	if (dryRun === 'none') reasons.push('--dry-run=none really runs it');
	else if (dryRun !== undefined && typeof parseDryRun(inv) !== 'string')
		reasons.push(`kubectl refuses --dry-run=${String(dryRun)}; with a valid value it would run`);
	const destructive = destroys(inv, spec, verb);
	return {
		class: destructive.length ? 'destructive' : base.class,
		reasons: [...reasons, ...destructive]
	};
}

export function classifyKubectl(
	argv: readonly string[],
	opts: KubectlOptions = {}
): ClassifiedCommand {
	const plain = { argv: [...argv], sensitive: false, localConfig: false };
	if (argv.length === 0)
		return { ...plain, verb: '', class: 'read-only', reason: 'kubectl alone only prints help' };
	const parsed = lenientParse(argv);
	if (!parsed.ok)
		return { ...plain, verb: '', class: 'unknown', reason: notKubectl(argv, parsed.refusal) };
	const { inv, spec } = parsed;
	const verb = inv.path.join(' ');
	if (inv.flags.get('help') === true || !spec.run)
		return { ...plain, verb, class: 'read-only', reason: 'only prints help' };
	const row = VERB_CLASSES[verb] ?? {
		class: 'unknown' as const,
		reason: `kubectl ${verb} has no class: unknown, treated as mutating`,
		shape: 'none' as const
	};
	const known = knownArgs(inv.args, opts.placeholder);
	const target: CommandTarget = commandTarget({ ...inv, args: known.args }, row);
	if (opts.namesUnknown || known.unknown) target.namesUnknown = true;
	const { class: cls, reasons } = refine(inv, spec, verb, row);
	const secret = sensitivity(inv, verb, target);
	if (secret.reason) reasons.push(secret.reason);
	if (parsed.refusal) reasons.push(`kubectl would refuse it as written: ${parsed.refusal}`);
	return {
		argv: [...argv],
		verb,
		class: cls,
		sensitive: secret.sensitive,
		localConfig: row.localConfig ?? false,
		reason: reasons.join('; '),
		target
	};
}
