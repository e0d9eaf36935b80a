/**
 * `lintScenario`: everything `loadScenario` checks, then the cross-references — predicates parse,
 * the world builds, the timeline runs, intents, expressions and command lines name what exists,
 * ids are unique. Errors make a scenario unusable; warnings are likely mistakes. Never throws.
 */
import { formatDuration } from './format-offset';
import { checkCommands } from './lint-commands';
import { parseExpressions } from './lint-expressions';
import { checkIds } from './lint-ids';
import { checkIntents } from './lint-intents';
import { checkPlants, type PlantMoment } from './lint-plants';
import { checkReferences } from './lint-references';
import { LintReport } from './lint-report';
import { WorldViews, type Moment } from './lint-world';
import { loadScenario, problemAt, type Loaded } from './load';
import { prepareScenario, type Prepared, type ReadFile } from './prepare';
import type { Scenario, ScenarioProblem } from './schema';
import { advanceScenario, scenarioAt, type FailedEvent, type ScenarioMoment } from './timeline';

type Path = (string | number)[];

/** `file:line:col: path: message`; warnings read `file:line:col: warning: path: message`. */
export function formatProblem(p: ScenarioProblem): string {
	const severity = p.severity === 'warning' ? 'warning: ' : '';
	const path = p.path ? `${p.path}: ` : '';
	return `${p.file}:${p.line}:${p.column}: ${severity}${path}${p.message}`;
}

/** A prepare or timeline message that points into the string at `path` (`manifests:3:7: …`). */
function placeMessage(report: LintReport, scenario: Scenario, path: Path, message: string): void {
	const inner = /^[^\s:]+:(\d+):(\d+): ([\s\S]*)$/.exec(message);
	const last = path.at(-1);
	const text = valueAt(scenario, path);
	if (inner && (last === 'manifests' || last === 'apply') && typeof text === 'string')
		return report.errorAtLine(path, text, Number(inner[1]), Number(inner[2]), inner[3]);
	report.error(path, message);
}

function valueAt(data: unknown, path: Path): unknown {
	return path.reduce<unknown>(
		(v, k) => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined),
		data
	);
}

/**
 * The world at -history, at 0 and at the last event; the timeline's failures on the way; the moments
 * from t = 0 on (for plants and traps).
 */
function moments(prepared: Prepared): {
	views: WorldViews;
	zero: ScenarioMoment;
	failed: FailedEvent[];
	later: PlantMoment[];
} {
	const { scenario } = prepared;
	const zero = scenarioAt(prepared, 0);
	const lastAt = Math.max(0, ...scenario.timeline.map((e) => e.at));
	const list: Moment[] = [
		{ label: formatDuration(-scenario.world.history), world: prepared.world },
		{ label: '0s', world: zero.world }
	];
	const later: PlantMoment[] = [{ world: zero.world, now: zero.now, t: 0 }];
	if (lastAt === 0) return { views: new WorldViews(list), zero, failed: zero.failed, later };
	// On from t = 0 rather than again from -history: advancing is the costly part of a lint.
	const last = advanceScenario(prepared, zero.world, zero.now, prepared.t0 + lastAt);
	list.push({ label: formatDuration(lastAt), world: last.world });
	later.push({ world: last.world, now: prepared.t0 + lastAt, t: lastAt });
	return {
		views: new WorldViews(list),
		zero,
		failed: [...zero.failed, ...last.failed],
		later
	};
}

/** Context fields the intents and prepare do not check: blast radii and health routes. */
function checkContexts(scenario: Scenario, views: WorldViews, report: LintReport): void {
	const check = (context: string | undefined, path: Path) => {
		if (context !== undefined && !views.hasContext(context))
			report.error(path, views.noContext(context));
	};
	scenario.runbook.steps.forEach((step, i) =>
		check(step.truth.blastRadius?.context, [
			'runbook',
			'steps',
			i,
			'truth',
			'blastRadius',
			'context'
		])
	);
	scenario.health.services.forEach((service, i) =>
		service.routes.forEach((route, j) =>
			check(route.context, ['health', 'services', i, 'routes', j, 'context'])
		)
	);
}

function crossCheck(
	scenario: Scenario,
	report: LintReport,
	where: Loaded & { ok: true },
	readFile?: ReadFile
): void {
	checkIds(scenario, report, where);
	const sites = parseExpressions(scenario, report);
	const prepare = prepareScenario(scenario, readFile);
	if (!prepare.ok) {
		for (const p of prepare.problems) placeMessage(report, scenario, p.path, p.message);
		return;
	}
	const { views, zero, failed: failures, later } = moments(prepare.prepared);
	for (const failed of failures) {
		const event = scenario.timeline[failed.event];
		placeMessage(
			report,
			scenario,
			['timeline', failed.event, event.kubectl !== undefined ? 'kubectl' : 'apply'],
			failed.message
		);
	}
	checkContexts(scenario, views, report);
	checkReferences(sites, scenario, views, report);
	const contexts = checkIntents(scenario, views, report);
	checkCommands(scenario, contexts, zero.world, zero.now, report);
	checkPlants(scenario, later, report);
}

function lintLoaded(
	text: string,
	file: string,
	readFile?: ReadFile
): { loaded: Loaded; problems: ScenarioProblem[] } {
	const loaded = loadScenario(text, file);
	if (!loaded.ok) return { loaded, problems: loaded.problems };
	const report = new LintReport(file, loaded);
	try {
		crossCheck(loaded.scenario, report, loaded, readFile);
	} catch (e) {
		// A bug in the engine, not in the scenario: say so instead of taking the caller down.
		const reason = e instanceof Error ? e.message : String(e);
		report.problems.push(problemAt(file, { line: 1, column: 1 }, [], `lint stopped: ${reason}`));
	}
	return { loaded, problems: report.sorted() };
}

/** Schema + cross-references (world built, predicates parsed, timeline run, ids unique). */
export function lintScenario(text: string, file: string, readFile?: ReadFile): ScenarioProblem[] {
	return lintLoaded(text, file, readFile).problems;
}

/** Each file linted, and scenario ids unique across them. */
export function lintLibrary(
	files: { file: string; text: string; readFile?: ReadFile }[]
): ScenarioProblem[] {
	const owners = new Map<string, string>();
	return files.flatMap(({ file, text, readFile }) => {
		const { loaded, problems } = lintLoaded(text, file, readFile);
		if (!loaded.ok) return problems;
		const id = loaded.scenario.id;
		const owner = owners.get(id);
		if (owner === undefined) {
			owners.set(id, file);
			return problems;
		}
		const duplicate = problemAt(
			file,
			loaded.locate(['id']),
			['id'],
			`scenario id "${id}" is already used by ${owner}`
		);
		return [duplicate, ...problems];
	});
}
