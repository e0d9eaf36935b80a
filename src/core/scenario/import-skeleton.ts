/**
 * The scenario a dump starts: metadata from the importer's options, a briefing and runbook marked
 * for the author to write, and one context holding the imported objects. `history: 0s` because
 * the cluster is the dump's moment. A dump does not record when it was taken: t=0 is the time the
 * importer gave, else the dump's newest timestamp, and the comment on `start` says which.
 */
import { Document, Scalar } from 'yaml';

export interface SkeletonInput {
	id: string;
	title: string;
	context: string;
	/** The dump's file names, for the summary. */
	files: string[];
	/** RFC 3339: when the dump was taken, or its newest timestamp when that is not known. */
	start: string;
	/** `start` is the newest timestamp, not a time the importer gave. */
	estimated: boolean;
	/** The objects as multi-document YAML. */
	manifests: string;
}

export function scenarioSkeleton(input: SkeletonInput): string {
	const manifests = new Scalar(input.manifests);
	manifests.type = Scalar.BLOCK_LITERAL;
	const doc = new Document({
		id: input.id,
		title: input.title,
		summary: `Imported from ${input.files.join(', ')}. Describe the incident in one or two sentences.`,
		difficulty: 2,
		tags: ['imported'],
		minutes: 20,
		goals: [],
		briefing: {
			alert: {
				source: 'PagerDuty',
				severity: 'SEV2',
				title: 'Describe the page here',
				text: 'What the on-call engineer reads when paged: the alert, the service, the numbers.'
			},
			symptoms: [],
			dashboards: []
		},
		runbook: {
			title: 'Runbook',
			markdown: "# Runbook\n\nWrite the team's runbook here, step by step.\n",
			steps: []
		},
		world: {
			contexts: [{ name: input.context, manifests }],
			current: input.context,
			start: input.start,
			history: '0s'
		}
	});
	doc.commentBefore =
		' Imported by `preflight import`: fill in the summary, briefing, runbook and health model.';
	const world = doc.get('world', true) as { get(key: string, keep: true): { comment?: string } };
	world.get('start', true).comment = input.estimated
		? " the dump's newest timestamp; it was taken then or later, so AGE may read younger than it" +
			' did (preflight import --at TIME sets when)'
		: ' when the dump was taken (preflight import --at): AGE reads as it did then';
	return doc.toString({ lineWidth: 0 });
}
