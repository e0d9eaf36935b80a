/**
 * The scenario a dump starts: metadata from the importer's options, a briefing and runbook marked
 * for the author to write, and one context holding the imported objects. `history: 0s` because
 * the cluster is the dump's moment: t=0 is when it was exported, so AGE reads as it did then.
 */
import { Document, Scalar } from 'yaml';

export interface SkeletonInput {
	id: string;
	title: string;
	context: string;
	/** The dump's file names, for the summary. */
	files: string[];
	/** RFC 3339: the dump's newest timestamp. */
	start: string;
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
	world.get('start', true).comment = ' the newest timestamp in the dump: t=0 is when it was taken';
	return doc.toString({ lineWidth: 0 });
}
