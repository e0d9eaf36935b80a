/**
 * The score report's shapes and the rubric: each category's id, title, points and the plain
 * sentence that says what it measures. The points add up to 100.
 */

export type CategoryId =
	| 'skipped-preflight'
	| 'missing-rollback'
	| 'stale-assumption'
	| 'outside-blast-radius'
	| 'chained-mutation'
	| 'unapproved-mutation'
	| 'skipped-verify'
	| 'planted-flaw'
	| 'stop-ignored'
	| 'rushed-approval'
	| 'time-to-mitigation'
	| 'damage';

/** One thing the trainee did (or failed to do), pinned to the event it refers to. */
export interface Finding {
	/** Virtual ms. */
	at: number;
	/** Offset from the page (t=0), ms. */
	t: number;
	/** The event's position in the log. */
	seq: number;
	/** The command line it refers to, when there is one. */
	command?: string;
	message: string;
	/** A catch (a stale step flagged, a flawed draft rejected): shown, costs nothing. */
	good?: true;
}

export interface Category {
	id: CategoryId;
	title: string;
	/** Findings that cost points (catches are not counted). */
	count: number;
	/** Points earned, 0..max. */
	points: number;
	max: number;
	explanation: string;
	findings: Finding[];
}

export type Grade = 'A' | 'B' | 'C' | 'D' | 'F';

export interface ScoreReport {
	total: number;
	grade: Grade;
	categories: Category[];
	/** Three concrete tips, from the categories that cost most. */
	tips: string[];
	/** When the incident was mitigated for good (t, ms), if it was. */
	mitigatedAt?: number;
	/** Fraction of the 30-day error budget the run burned (all services). */
	budgetBurned: number;
}

export interface RubricEntry {
	id: CategoryId;
	title: string;
	max: number;
	/** What the category measures, in one sentence. */
	measures: string;
}

/** In report order. */
export const RUBRIC: readonly RubricEntry[] = [
	{
		id: 'skipped-preflight',
		title: 'Skipped pre-flights',
		max: 12,
		measures: 'A mutating command on an object with no read-only look at it since it last changed.'
	},
	{
		id: 'missing-rollback',
		title: 'Missing rollbacks',
		max: 10,
		measures: 'An action run with no rollback staged first, or with one that does not undo it.'
	},
	{
		id: 'stale-assumption',
		title: 'Stale assumptions',
		max: 10,
		measures:
			'Steps whose assumption no longer held when they were reached: caught, missed, or flagged when they still held.'
	},
	{
		id: 'outside-blast-radius',
		title: 'Outside the blast radius',
		max: 8,
		measures: "An action that changed something outside the step's stated blast radius."
	},
	{
		id: 'chained-mutation',
		title: 'Chained mutations',
		max: 5,
		measures: 'More than one change in one command line (&&, ;, a pipe into xargs).'
	},
	{
		id: 'unapproved-mutation',
		title: 'Unapproved mutations',
		max: 8,
		measures: 'A change no confirmed step called for.'
	},
	{
		id: 'skipped-verify',
		title: 'Skipped verifies',
		max: 7,
		measures: 'An action with no read-only look at what it changed before the next change.'
	},
	{
		id: 'planted-flaw',
		title: 'Flawed drafts',
		max: 10,
		measures:
			'Drafts with a flaw (a wrong target, a rollback that does not undo, an unflagged stale assumption): caught or run as written.'
	},
	{
		id: 'stop-ignored',
		title: 'Approvals despite STOP',
		max: 10,
		measures: 'A step confirmed while its pre-flight showed the output that means STOP.'
	},
	{
		id: 'rushed-approval',
		title: 'Rushed approvals',
		max: 5,
		measures: 'A step confirmed faster than its pre-flight output could be read.'
	},
	{
		id: 'time-to-mitigation',
		title: 'Time to mitigation',
		max: 8,
		measures: "How long after the page the service's SLIs recovered for good (virtual time)."
	},
	{
		id: 'damage',
		title: 'Damage',
		max: 7,
		measures:
			'Error budget burned beyond what leaving the incident alone would have burned, and objects changed outside every blast radius.'
	}
];
