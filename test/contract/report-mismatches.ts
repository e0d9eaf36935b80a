/**
 * Writes test/contract/MISMATCHES.md: every fixture line where the simulator disagrees with the
 * real kubectl, grouped by cause so each owner sees their share. Run after the simulator changes:
 *   npx tsx test/contract/report-mismatches.ts
 * The contract test is the judge; this is only its failures laid out for fixing.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { firstLine, runContractLine } from './contract-run';
import type { Verdict, VerdictFixture } from './verdict';

interface Mismatch {
	verdict: Verdict;
	group: string;
	actual: { rejected: boolean; exitCode: number; firstLine: string | null } | { threw: string };
}

/** Flags that take their value as the next word, so that word is not the command. */
const VALUE_FLAGS = new Set(
	'-n --namespace --context --cluster --user --kubeconfig --request-timeout -l --selector -o --output -c --container --for -p --patch --type -L -f'.split(
		' '
	)
);
const SUBCOMMANDS: Record<string, string[]> = {
	rollout: ['status', 'history', 'undo', 'restart', 'pause', 'resume'],
	set: ['image', 'env'],
	config: [
		'get-contexts',
		'current-context',
		'use-context',
		'use',
		'view',
		'set-context',
		'get-clusters'
	],
	auth: ['can-i', 'whoami'],
	create: ['namespace', 'ns', 'deployment', 'deploy', 'configmap', 'cm', 'secret', 'job'],
	top: ['pods', 'pod', 'po', 'nodes', 'node', 'no'],
	'cluster-info': ['dump']
};

/** The command path a line runs (`rollout status`), found by skipping flags and their values. */
function commandOf(argv: string[]): string {
	const words: string[] = [];
	for (let i = 0; i < argv.length && words.length < 2; i++) {
		const w = argv[i];
		if (w === '--') break;
		if (w.startsWith('-')) {
			if (VALUE_FLAGS.has(w)) i++;
			continue;
		}
		words.push(w);
	}
	if (words.length === 0) return '(no command)';
	const sub = words[1] && SUBCOMMANDS[words[0]]?.includes(words[1]) ? ` ${words[1]}` : '';
	return words[0] + sub;
}

/** Flag syntax, flag types and unknown commands: the parser's, or a verb's flag list. */
const FLAG_ERROR =
	/^error: (unknown (shorthand )?flag|unknown command|invalid argument|flag needs an argument|bad flag syntax)/;
const BEFORE_VERB = /^Error: flags cannot be placed before plugin name/;

function groupOf(v: Verdict, ours: string | null): string {
	const missing = ours?.match(/^error: unknown command "([^"]+)" for "kubectl"$/);
	if (missing && v.firstErrorLine !== ours) return `verb not registered: ${missing[1]}`;
	const theirs = v.accepted ? null : v.firstErrorLine;
	const either = (re: RegExp) => [theirs, ours].some((l) => l !== null && re.test(l));
	if (either(BEFORE_VERB)) return 'parser: flags before the verb';
	if (either(FLAG_ERROR)) return `flags (parser or flag list): ${commandOf(v.argv)}`;
	return `verb: ${commandOf(v.argv)}`;
}

function check(v: Verdict): Mismatch | undefined {
	let result;
	try {
		result = runContractLine(v.argv);
	} catch (e) {
		return { verdict: v, group: 'throws (a bug)', actual: { threw: String(e) } };
	}
	const actual = {
		rejected: result.rejected,
		exitCode: result.exitCode,
		firstLine: firstLine(result.stderr)
	};
	const ok = v.accepted
		? !actual.rejected
		: actual.rejected && actual.exitCode === v.exitCode && actual.firstLine === v.firstErrorLine;
	return ok ? undefined : { verdict: v, group: groupOf(v, actual.firstLine), actual };
}

function describeExpected(v: Verdict): string {
	return v.accepted
		? 'accepted (kubectl got as far as a request)'
		: `rejected, exit ${v.exitCode}: \`${v.firstErrorLine ?? '(empty stderr)'}\``;
}

function describeActual(m: Mismatch): string {
	if ('threw' in m.actual) return `threw ${m.actual.threw}`;
	const a = m.actual;
	const what = a.rejected ? 'rejected' : 'not rejected';
	return `${what}, exit ${a.exitCode}: \`${a.firstLine ?? '(empty stderr)'}\``;
}

/** A pointer at the usual fix, where the kind of disagreement makes it plain. */
function hintFor(m: Mismatch): string | undefined {
	const v = m.verdict;
	if ('threw' in m.actual || v.accepted) return undefined;
	if (!m.actual.rejected && m.actual.firstLine === v.firstErrorLine)
		return 'same message: return it with `rejected()` (errors.ts), kubectl fails before any request';
	if (v.argv.length === 1 && v.exitCode === 1)
		return 'a bare group command: kubectl prints its help and exits 1 (see kubectl for stdout vs stderr)';
	return undefined;
}

function render(fixture: VerdictFixture, mismatches: Mismatch[]): string {
	const groups = new Map<string, Mismatch[]>();
	for (const m of mismatches) groups.set(m.group, [...(groups.get(m.group) ?? []), m]);
	const out = [
		'# kubectl contract mismatches',
		'',
		`${mismatches.length} of ${fixture.verdicts.length} corpus lines disagree with the verdicts of`,
		`kubectl ${fixture.kubectlVersion}. Each entry: the line, what kubectl did, what the simulator`,
		'did. Written by `npx tsx test/contract/report-mismatches.ts`; regenerate after a fix.',
		''
	];
	for (const [group, list] of [...groups].sort((a, b) => b[1].length - a[1].length)) {
		out.push(`## ${group} (${list.length})`, '');
		for (const m of list) {
			out.push(`- \`${m.verdict.line}\``);
			out.push(`  - kubectl: ${describeExpected(m.verdict)}`);
			out.push(`  - ours: ${describeActual(m)}`);
			const hint = hintFor(m);
			if (hint) out.push(`  - hint: ${hint}`);
		}
		out.push('');
	}
	return out.join('\n');
}

const fixture = JSON.parse(
	readFileSync(new URL('./fixtures/kubectl-verdicts.json', import.meta.url), 'utf8')
) as VerdictFixture;
const mismatches = fixture.verdicts.map(check).filter((m): m is Mismatch => m !== undefined);
writeFileSync(new URL('./MISMATCHES.md', import.meta.url), render(fixture, mismatches));
console.log(`${mismatches.length} of ${fixture.verdicts.length} lines disagree -> MISMATCHES.md`);
