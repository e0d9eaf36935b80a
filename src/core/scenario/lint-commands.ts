/**
 * A step's `actions` and `rollbacks` (and `command` intents) are kubectl lines kubectl accepts:
 * each is run against the world at t = 0 in the step's context, and a line kubectl would refuse
 * before any request is an error. An action that only reads, or a rollback that names an object
 * no action touches, is a warning. Whether the command succeeds at 0 is not checked: the step may
 * come later, or be stale.
 */
import type { World } from '../cluster/types';
import { parseCommandLine } from '../kubectl/parse';
import { runKubectl } from '../kubectl/run';
import { VERBS } from '../kubectl/verbs';
import { commandArgv } from './command-argv';
import type { LintReport } from './lint-report';
import { resourceType } from './lint-world';
import type { RunbookStep, Scenario } from './schema';

type Path = (string | number)[];

/** Verbs that never change the cluster. */
const READ_ONLY = new Set([
	'get',
	'describe',
	'logs',
	'top',
	'explain',
	'api-resources',
	'api-versions',
	'version',
	'cluster-info',
	'events',
	'diff',
	'wait',
	'auth',
	'options',
	'help',
	'completion',
	'rollout status',
	'rollout history',
	'config view',
	'config get-contexts',
	'config current-context'
]);
/** Verbs whose positional arguments are node names. */
const NODE_VERBS = new Set(['cordon', 'uncordon', 'drain']);
/** Verbs whose arguments name no existing object (they create from files or flags). */
const CREATING = new Set(['apply', 'create', 'run', 'expose', 'replace']);

interface Checked {
	verb: string;
	readOnly: boolean;
	/** Objects named on the line, `deployments.apps/x`. */
	objects: string[];
}

/** Objects a command line names by argument: `deploy/x`, `deploy x y`, a node name. */
function namedObjects(verb: string, args: string[]): string[] {
	if (CREATING.has(verb.split(' ')[0])) return [];
	if (NODE_VERBS.has(verb)) return args.map((name) => `nodes/${name}`);
	const plain = args.filter((a) => !a.includes('='));
	const pairs = plain.some((a) => a.includes('/'))
		? plain
				.filter((a) => a.includes('/'))
				.map((a) => [a.slice(0, a.indexOf('/')), a.slice(a.indexOf('/') + 1)])
		: plain.slice(1).map((name) => [plain[0], name]);
	return pairs.flatMap(([typed, name]) => {
		const type = resourceType(typed);
		return type ? [`${type.key}/${name}`] : [];
	});
}

/** Runs one line; reports what kubectl refuses. Undefined when the line is an error. */
function checkLine(
	line: string,
	path: Path,
	world: World,
	now: number,
	report: LintReport
): Checked | undefined {
	const args = commandArgv(line, 'expected one kubectl command (no |, ;, && or ||)');
	if (!args.ok) return void report.error(path, args.message);
	const r = runKubectl(world, args.argv, now);
	if (r.rejected)
		return void report.error(
			path,
			r.stderr.trim().split('\n')[0] || 'kubectl refuses this command line'
		);
	const parsed = parseCommandLine(args.argv, VERBS);
	if (!parsed.ok) return { verb: '', readOnly: false, objects: [] };
	const { inv } = parsed;
	const verb = inv.path.join(' ');
	const dryRun = inv.given.has('dry-run') && inv.flags.get('dry-run') !== 'none';
	const readOnly = READ_ONLY.has(verb) || READ_ONLY.has(inv.path[0] ?? '') || dryRun;
	return { verb, readOnly, objects: namedObjects(verb, inv.args) };
}

/** The objects a step's intent names, keyed as `namedObjects` keys them. */
function intentObjects(step: RunbookStep): string[] {
	const intent = step.intent;
	if ('node' in intent) return [`nodes/${intent.node}`];
	if (!('target' in intent) || intent.target === undefined) return [];
	const slash = intent.target.indexOf('/');
	const type = resourceType(intent.target.slice(0, slash));
	return type ? [`${type.key}/${intent.target.slice(slash + 1)}`] : [];
}

function checkStep(
	step: RunbookStep,
	i: number,
	world: World,
	now: number,
	report: LintReport
): void {
	const path = ['runbook', 'steps', i];
	if (step.intent.kind === 'command')
		checkLine(step.intent.command, [...path, 'intent', 'command'], world, now, report);
	const touched = new Set(intentObjects(step));
	step.truth.actions.forEach((line, j) => {
		const at = [...path, 'truth', 'actions', j];
		const checked = checkLine(line, at, world, now, report);
		if (!checked) return;
		checked.objects.forEach((o) => touched.add(o));
		if (checked.readOnly)
			report.warn(at, `"${checked.verb}" only reads: an action should change something`);
	});
	step.truth.rollbacks.forEach((line, j) => {
		const at = [...path, 'truth', 'rollbacks', j];
		const checked = checkLine(line, at, world, now, report);
		const others = checked?.objects.filter((o) => !touched.has(o)) ?? [];
		if (touched.size > 0 && others.length > 0 && others.length === checked?.objects.length)
			report.warn(
				at,
				`names ${others.join(', ')}, which the step's actions do not touch (${[...touched].join(', ')})`
			);
	});
}

/** Checks every step's command lines against `world` at `now`, each in its step's context. */
export function checkCommands(
	scenario: Scenario,
	contexts: string[],
	world: World,
	now: number,
	report: LintReport
): void {
	scenario.runbook.steps.forEach((step, i) =>
		checkStep(
			step,
			i,
			{ ...world, currentContext: contexts[i] ?? world.currentContext },
			now,
			report
		)
	);
}
