/**
 * The scenario format: one YAML file a trainee rehearses — metadata, the briefing, the team's
 * runbook with each step's intent and ground truth, the clusters, a timeline that changes the world
 * while the trainee works, and a health model that turns cluster state into SLIs. Types are
 * inferred from these schemas; `scenarios/README.md` documents the format with a worked example.
 *
 * Durations are Go-style strings (`90s`, `5m`, `-10m`) and become milliseconds on parse.
 * Predicates and value expressions are strings in the small language of `predicate.ts`; the schema
 * only checks they are strings, the linter parses them and reports errors at their column.
 */
import { z } from 'zod';
import { parseDuration } from '../clock/duration';

/** A Go-style duration, optionally negative (timeline offsets before the page). */
export const Duration = z
	.string()
	.regex(/^-?(\d+(\.\d+)?(ms|s|m|h))+$|^-?\d+(\.\d+)?$/, 'expected a duration like 90s, 5m or -10m')
	.transform((text) => {
		const negative = text.startsWith('-');
		const ms = parseDuration(negative ? text.slice(1) : text) ?? 0;
		return negative ? -ms : ms;
	});

const Id = z
	.string()
	.regex(/^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/, 'expected lower-case letters, digits and dashes');

/** Markdown written by the scenario's author: untrusted, sanitised before it is shown. */
const Markdown = z.string();

/** A predicate over the world and the health model, e.g. `missing deployment/x@payments`. */
export const Predicate = z.string().min(1, 'a predicate cannot be empty');
/** A value expression, e.g. `deployment/x@payments{.status.readyReplicas}`. */
export const ValueExpr = z.string().min(1, 'a value expression cannot be empty');

/** `kind/name` as kubectl takes it: `deploy/payments-secondary`, `node/ip-10-0-1-23.ec2.internal`. */
export const ObjectRef = z.string().regex(/^[a-z0-9.-]+\/[^/\s]+$/i, 'expected kind/name');

/** A kubectl command line as a trainee would type it (`kubectl …`, the leading word optional). */
export const CommandLine = z.string().min(1, 'a command cannot be empty');

// ─── metadata ────────────────────────────────────────────────────────────────────────────────

export const Metadata = {
	/** Unique across the library and the user's own scenarios. */
	id: Id.describe("Unique across the library and the user's own scenarios."),
	title: z.string().min(1),
	summary: z.string().min(1),
	difficulty: z.number().int().min(1).max(5),
	tags: z.array(z.string().min(1)).default([]),
	/** Estimated minutes a trainee needs. */
	minutes: z.number().int().positive().describe('Estimated minutes a trainee needs.'),
	/** What the trainee should take away, one sentence each. */
	goals: z.array(z.string().min(1)).default([])
};

// ─── clusters ────────────────────────────────────────────────────────────────────────────────

/** One kubeconfig context and the cluster behind it, built from manifests. */
export const ContextSpec = z.strictObject({
	name: z.string().min(1),
	/** Cluster name in the kubeconfig; default the context name. */
	cluster: z
		.string()
		.min(1)
		.optional()
		.describe('Cluster name in the kubeconfig; default the context name.'),
	server: z.url().optional(),
	/** The context's default namespace (kubeconfig `namespace:`). */
	namespace: z
		.string()
		.min(1)
		.optional()
		.describe("The context's default namespace (kubeconfig `namespace:`)."),
	/** Server version, default v1.32.4. */
	version: z
		.string()
		.regex(/^v\d+\.\d+\.\d+$/)
		.optional(),
	/** Multi-document YAML (or JSON) manifests, inline. */
	manifests: z.string().optional().describe('Multi-document YAML (or JSON) manifests, inline.'),
	/** Manifest files or `kubectl get -o yaml|json` dumps beside the scenario file. */
	files: z
		.array(z.string().min(1))
		.default([])
		.describe('Manifest files or `kubectl get -o yaml|json` dumps beside the scenario file.'),
	/** Add what every cluster has (default, kube-system… namespaces, the kubernetes Service). */
	basics: z.boolean().default(true)
});

export const WorldSpec = z.strictObject({
	/**
	 * Start from a built-in world (`payments`: contexts prod-us-east-1 and prod-eu-west-1). Its
	 * contexts come first; `contexts` adds more. Changes to built-in clusters go in the timeline.
	 */
	builtin: z
		.string()
		.min(1)
		.optional()
		.describe(
			'Start from a built-in world (payments: contexts prod-us-east-1 and prod-eu-west-1).'
		),
	contexts: z.array(ContextSpec).default([]),
	/** The current context; default the built-in's, else the first listed. */
	current: z
		.string()
		.min(1)
		.optional()
		.describe("The current context; default the built-in's, else the first listed."),
	seed: z.number().int().nonnegative().optional(),
	/**
	 * Wall-clock time of t=0, when the trainee is paged. For a built-in world it is the world's own
	 * time plus `history`; for manifests it defaults to 2026-03-14T09:41:00Z.
	 */
	start: z.iso.datetime().optional(),
	/** Virtual time that passes before t=0: the timeline may start there, dashboards show it. */
	history: Duration.default(30 * 60_000).describe(
		'Virtual time that passes before t=0: the timeline may start there, dashboards show it.'
	)
});

// ─── timeline ────────────────────────────────────────────────────────────────────────────────

/**
 * Something that happens to the world at a virtual time (offset from t=0, negative before the
 * page). Exactly one of `kubectl` (run as given, against `context`) or `apply` (manifests created,
 * or replaced when they exist).
 */
export const TimelineEvent = z
	.strictObject({
		at: Duration.describe('When, as an offset from the page (t=0): 90s, 5m, -10m.'),
		/** Who did it, as the story tells it: `automation`, `another engineer`, `a previous attempt`. */
		by: z
			.string()
			.min(1)
			.default('the system')
			.describe(
				'Who did it, as the story tells it: `automation`, `another engineer`, `a previous attempt`.'
			),
		/** One sentence on what happened, for the debrief; never shown before it happens. */
		note: z
			.string()
			.min(1)
			.describe('One sentence on what happened, for the debrief; never shown before it happens.'),
		context: z.string().min(1).optional(),
		kubectl: CommandLine.optional().describe('A kubectl command line run at that time.'),
		apply: z.string().optional().describe('Manifests created (or replaced) at that time.')
	})
	.refine((e) => (e.kubectl === undefined) !== (e.apply === undefined), {
		message: 'give exactly one of kubectl or apply',
		path: ['kubectl']
	});

// ─── runbook ─────────────────────────────────────────────────────────────────────────────────

const Target = {
	context: z.string().min(1).optional(),
	namespace: z.string().min(1).optional(),
	target: ObjectRef
};

/** What a runbook step means to do, in structured form, for the offline drafter. */
export const Intent = z.discriminatedUnion('kind', [
	/** A read-only investigation: look at the target (or pods by selector) and decide. */
	z.strictObject({
		kind: z.literal('inspect'),
		context: Target.context,
		namespace: Target.namespace,
		target: ObjectRef.optional(),
		selector: z.string().min(1).optional()
	}),
	z.strictObject({ kind: z.literal('scale'), ...Target, replicas: z.number().int().min(0) }),
	z.strictObject({
		kind: z.literal('set-image'),
		...Target,
		container: z.string().min(1),
		image: z.string().min(1)
	}),
	z.strictObject({
		kind: z.literal('rollout-undo'),
		...Target,
		toRevision: z.number().int().positive().optional()
	}),
	z.strictObject({ kind: z.literal('rollout-restart'), ...Target }),
	z.strictObject({ kind: z.literal('cordon'), context: Target.context, node: z.string().min(1) }),
	z.strictObject({ kind: z.literal('uncordon'), context: Target.context, node: z.string().min(1) }),
	z.strictObject({ kind: z.literal('drain'), context: Target.context, node: z.string().min(1) }),
	z.strictObject({ kind: z.literal('delete'), ...Target }),
	z.strictObject({
		kind: z.literal('patch'),
		...Target,
		type: z.enum(['strategic', 'merge', 'json']).default('strategic'),
		/** The patch as YAML/JSON data (a list of operations for `json`). */
		patch: z.union([z.record(z.string(), z.unknown()), z.array(z.unknown())])
	}),
	z.strictObject({
		kind: z.literal('label'),
		...Target,
		/** New values; null removes the key. */
		set: z.record(z.string(), z.string().nullable())
	}),
	z.strictObject({
		kind: z.literal('annotate'),
		...Target,
		set: z.record(z.string(), z.string().nullable())
	}),
	/** Switch the kubeconfig context (another region). */
	z.strictObject({ kind: z.literal('use-context'), context: z.string().min(1) }),
	/** The runbook gives the command itself. */
	z.strictObject({ kind: z.literal('command'), command: CommandLine })
]);

/** Who and what an action may touch, as the scenario's author expects it. */
export const BlastRadius = z.strictObject({
	context: z.string().min(1).optional(),
	namespace: z.string().min(1).optional(),
	/** Objects the action changes, `kind/name` (namespace from above). */
	objects: z
		.array(ObjectRef)
		.default([])
		.describe('Objects the action changes, `kind/name` (namespace from above).'),
	pods: z
		.strictObject({
			create: z.number().int().min(0).default(0),
			evict: z.number().int().min(0).default(0),
			kill: z.number().int().min(0).default(0)
		})
		.optional()
});

/** A predicate with the sentence people read. */
export const Condition = z.strictObject({ text: z.string().min(1), when: Predicate });

/** What scoring needs to know about a step: the answer key. */
export const GroundTruth = z.strictObject({
	preflight: z.strictObject({
		/** What a good pre-flight confirms, one sentence each. */
		confirms: z
			.array(z.string().min(1))
			.min(1)
			.describe('What a good pre-flight confirms, one sentence each.'),
		/** Objects a good pre-flight looks at (`kind/name`, or `pods` with a selector). */
		reads: z.array(z.string().min(1)).default([])
	}),
	/** The output that means STOP. */
	stopIf: Condition.describe('The output that means STOP.'),
	/** The step's assumption no longer holds when this is true at the time the step is reached. */
	stale: z
		.strictObject({ when: Predicate, reason: z.string().min(1) })
		.optional()
		.describe(
			"The step's assumption no longer holds when this is true at the time the step is reached."
		),
	/** Commands that do the step (any one is right). Empty for read-only steps. */
	actions: z
		.array(CommandLine)
		.default([])
		.describe('Commands that do the step (any one is right). Empty for read-only steps.'),
	/** Commands that undo the action (any one is right). */
	rollbacks: z
		.array(CommandLine)
		.default([])
		.describe('Commands that undo the action (any one is right).'),
	blastRadius: BlastRadius.optional()
});

// ─── planted flaws and traps ─────────────────────────────────────────────────────────────────

/**
 * The flaw a planted draft carries, named as the draft linter finds it (`guard/lint-draft.ts`): the
 * scenario linter checks the linter finds it in the planted draft.
 */
export const PlantFlaw = z.enum([
	'wrong-namespace',
	'wrong-target',
	'unflagged-stale',
	'rollback-not-inverse',
	'rollback-missing',
	'understated-blast-radius',
	'skipped-verify',
	'chained-action',
	'preflight-mutates'
]);

const PlantedPart = <T extends z.ZodRawShape>(shape: T) => z.strictObject(shape).optional();

/** Fields of the drafted step the plant replaces; what is not given is derived from the flaw. */
export const PlantedDraft = z.strictObject({
	preflight: PlantedPart({
		command: CommandLine.optional(),
		expect: z.string().min(1).optional()
	}),
	action: PlantedPart({
		command: CommandLine.optional(),
		blastRadius: z.string().min(1).optional()
	}),
	verify: PlantedPart({ command: CommandLine.optional(), expect: z.string().min(1).optional() }),
	rollback: PlantedPart({ command: z.string().optional(), note: z.string().min(1).optional() })
});

/**
 * A flaw planted in the draft shown for a step (approve mode), for the trainee to catch. Applied
 * to the offline draft: `wrong-namespace` moves the action, verify and rollback to `namespace`,
 * `unflagged-stale` drops the stale flags, `rollback-not-inverse` stages the action again as its
 * own rollback, `rollback-missing` drops the rollback, `understated-blast-radius` names only the
 * target; `draft` overrides any field (and is needed for the other flaws).
 */
export const Plant = z.strictObject({
	flaw: PlantFlaw.describe('The flaw, as the draft linter names it.'),
	/** The plain sentence the debrief shows: what is wrong with the draft. */
	note: z.string().min(1).describe('The plain sentence the debrief shows: what is wrong.'),
	/** `wrong-namespace`: the namespace the draft wrongly acts in (default: one holding the same object). */
	namespace: z
		.string()
		.min(1)
		.optional()
		.describe('wrong-namespace: the namespace the draft wrongly acts in.'),
	draft: PlantedDraft.optional().describe('Fields of the drafted step the plant replaces.')
});

export const RunbookStep = z.strictObject({
	id: Id,
	title: z.string().min(1),
	/** The step as the team wrote it (markdown): vague or with commands. */
	text: Markdown.describe('The step as the team wrote it (markdown): vague or with commands.'),
	intent: Intent,
	truth: GroundTruth,
	/** A flaw planted in the draft shown for this step (approve mode). */
	plant: Plant.optional().describe('A flaw planted in the draft shown for this step.'),
	/**
	 * A trap pre-flight: `truth.stopIf` holds when the trainee is expected to reach the step, so its
	 * pre-flight says STOP and a confirm is rubber-stamping.
	 */
	trap: z
		.boolean()
		.optional()
		.describe(
			"A trap: the step's STOP condition holds when it is reached; confirming it is rubber-stamping."
		)
});

export const Runbook = z.strictObject({
	title: z.string().min(1),
	/** The whole runbook as the team wrote it, shown to the trainee. */
	markdown: Markdown.describe('The whole runbook as the team wrote it, shown to the trainee.'),
	steps: z.array(RunbookStep).default([])
});

// ─── health model ────────────────────────────────────────────────────────────────────────────

/** Pods behind a route, load-balanced with the route's other pools by their Ready pods. */
export const Pool = z.strictObject({
	/** Label selector of the serving pods (kubectl `-l` syntax); only Ready pods serve. */
	selector: z
		.string()
		.min(1)
		.describe('Label selector of the serving pods (kubectl `-l` syntax); only Ready pods serve.'),
	/** Requests per second one Ready pod handles before it saturates. */
	rpsPerPod: z
		.number()
		.positive()
		.describe('Requests per second one Ready pod handles before it saturates.'),
	/** Fraction of requests that fail here even when pods are Ready… */
	errorRate: z
		.number()
		.min(0)
		.max(1)
		.default(0)
		.describe('Fraction of requests that fail here even when pods are Ready...'),
	/** …or while a condition holds (the first that holds wins). */
	errorRateWhen: z
		.array(z.strictObject({ when: Predicate, rate: z.number().min(0).max(1) }))
		.default([])
});

/**
 * A share of a service's traffic (a region, an ingress backend): routes split the demand by
 * weight; within a route each Ready pod of its pools takes an equal part, as a Service does.
 */
export const Route = z.strictObject({
	context: z.string().min(1).optional(),
	namespace: z.string().min(1),
	/** Relative share of the service's traffic: a number or a value expression. */
	weight: z
		.union([z.number().min(0), ValueExpr])
		.default(1)
		.describe("Relative share of the service's traffic: a number or a value expression."),
	pools: z.array(Pool).min(1)
});

export const Service = z.strictObject({
	id: Id,
	title: z.string().min(1),
	/** Requests per second offered. */
	demand: z.number().positive().describe('Requests per second offered.'),
	baselineErrorRate: z.number().min(0).max(1).default(0.001),
	latency: z
		.strictObject({ baseMs: z.number().positive(), timeoutMs: z.number().positive() })
		.default({ baseMs: 80, timeoutMs: 3000 }),
	routes: z.array(Route).min(1),
	slo: z
		.strictObject({
			/** Percent of requests that succeed, e.g. 99.9. */
			objective: z.number().gt(0).lt(100).describe('Percent of requests that succeed, e.g. 99.9.'),
			window: Duration.default(30 * 24 * 3_600_000)
		})
		.prefault({ objective: 99.9 })
});

export const Health = z.strictObject({
	services: z.array(Service).default([]),
	/** When the incident counts as mitigated: the condition holds for `for`. */
	resolved: z.strictObject({ when: Predicate, for: Duration.default(120_000) }).optional()
});

// ─── briefing ────────────────────────────────────────────────────────────────────────────────

export const Series = z.union([
	z.strictObject({
		label: z.string().min(1).optional(),
		service: Id,
		metric: z.enum(['errorRate', 'latency', 'saturation', 'ready'])
	}),
	z.strictObject({ label: z.string().min(1), value: ValueExpr })
]);

export const Dashboard = z.strictObject({
	title: z.string().min(1),
	unit: z.enum(['percent', 'ms', 'count', 'ratio']).optional(),
	/** A line drawn across the chart (the alert's threshold, in the chart's unit). */
	threshold: z
		.number()
		.optional()
		.describe("A line drawn across the chart (the alert's threshold, in the chart's unit)."),
	series: z.array(Series).min(1)
});

export const Briefing = z.strictObject({
	alert: z.strictObject({
		source: z.string().min(1).default('PagerDuty'),
		severity: z.enum(['SEV1', 'SEV2', 'SEV3', 'SEV4']),
		title: z.string().min(1),
		service: z.string().min(1).optional(),
		/** When the alert fired, as an offset (usually negative: before the trainee is paged). */
		firedAt: Duration.default(0).describe(
			'When the alert fired, as an offset (usually negative: before the trainee is paged).'
		),
		text: Markdown
	}),
	symptoms: z.array(Markdown).default([]),
	dashboards: z.array(Dashboard).default([])
});

// ─── the scenario ────────────────────────────────────────────────────────────────────────────

export const Scenario = z.strictObject({
	...Metadata,
	briefing: Briefing.describe(
		'The page as the on-call engineer receives it: alert, symptoms, dashboards.'
	),
	runbook: Runbook.describe(
		"The team's runbook as written, and each step's intent and answer key."
	),
	world: WorldSpec.describe(
		'The clusters: a built-in world and/or kubeconfig contexts from manifests.'
	),
	timeline: z
		.array(TimelineEvent)
		.default([])
		.describe('What happens to the world at virtual times (negative: before the page).'),
	health: Health.default({ services: [] }).describe(
		"Each service's SLIs as a function of cluster state, its SLO and when the incident is mitigated."
	)
});

export type Scenario = z.output<typeof Scenario>;
export type ScenarioInput = z.input<typeof Scenario>;
export type ContextSpec = z.output<typeof ContextSpec>;
export type WorldSpec = z.output<typeof WorldSpec>;
export type TimelineEvent = z.output<typeof TimelineEvent>;
export type Intent = z.output<typeof Intent>;
export type GroundTruth = z.output<typeof GroundTruth>;
export type RunbookStep = z.output<typeof RunbookStep>;
export type Plant = z.output<typeof Plant>;
export type PlantFlaw = z.output<typeof PlantFlaw>;
export type BlastRadius = z.output<typeof BlastRadius>;
export type Route = z.output<typeof Route>;
export type Pool = z.output<typeof Pool>;
export type Service = z.output<typeof Service>;
export type Health = z.output<typeof Health>;
export type Dashboard = z.output<typeof Dashboard>;
export type Series = z.output<typeof Series>;
export type Briefing = z.output<typeof Briefing>;

/** A problem found in a scenario, where it is. Line and column are 1-based. */
export interface ScenarioProblem {
	file: string;
	line: number;
	column: number;
	/** Dotted path in the document, e.g. `runbook.steps.2.intent.target`. */
	path: string;
	message: string;
	severity: 'error' | 'warning';
}
