/**
 * The compose form's fields and how they become a `GuardedStep`: the schema validates, and each
 * problem is put under the field it is about, named as the form names it.
 */
import { GuardedStep } from '../../../core/drafting/schema';

export const FIELDS = [
	{ id: 'title', label: 'Title', part: 'Step' },
	{ id: 'preflight.command', label: 'Pre-flight command', part: 'Pre-flight (read-only)' },
	{ id: 'preflight.expect', label: 'Proceed only if', part: 'Pre-flight (read-only)' },
	{ id: 'preflight.stopIf.text', label: 'STOP if', part: 'Pre-flight (read-only)' },
	{ id: 'action.command', label: 'Action command', part: 'Action' },
	{ id: 'action.blastRadius', label: 'Blast radius', part: 'Action' },
	{ id: 'verify.command', label: 'Verify command', part: 'Verify' },
	{ id: 'verify.expect', label: 'Verify expects', part: 'Verify' },
	{ id: 'rollback.command', label: 'Rollback command', part: 'Rollback' },
	{ id: 'rollback.note', label: 'Rollback note', part: 'Rollback' }
] as const;

export type FieldId = (typeof FIELDS)[number]['id'];
export type ComposeValues = Record<FieldId, string>;

export function emptyValues(title = ''): ComposeValues {
	const values = Object.fromEntries(FIELDS.map((f) => [f.id, ''])) as ComposeValues;
	values.title = title;
	return values;
}

export function valuesOf(step: GuardedStep): ComposeValues {
	return {
		title: step.title,
		'preflight.command': step.preflight.command,
		'preflight.expect': step.preflight.expect,
		'preflight.stopIf.text': step.preflight.stopIf.text,
		'action.command': step.action.command,
		'action.blastRadius': step.action.blastRadius,
		'verify.command': step.verify.command,
		'verify.expect': step.verify.expect,
		'rollback.command': step.rollback.command,
		'rollback.note': step.rollback.note ?? ''
	};
}

export type Composed =
	{ ok: true; draft: GuardedStep } | { ok: false; errors: Partial<Record<FieldId, string>> };

const REQUIRED = 'this cannot be empty';

/** The trainee's four parts as a guarded step, or each field's problem. */
export function compose(step: number, v: ComposeValues): Composed {
	const note = v['rollback.note'].trim();
	const parsed = GuardedStep.safeParse({
		step,
		title: v.title,
		preflight: {
			command: v['preflight.command'],
			expect: v['preflight.expect'],
			stopIf: { text: v['preflight.stopIf.text'] }
		},
		action: { command: v['action.command'], blastRadius: v['action.blastRadius'] },
		verify: { command: v['verify.command'], expect: v['verify.expect'] },
		rollback: { command: v['rollback.command'], ...(note ? { note } : {}) }
	});
	if (parsed.success) {
		const { rollback } = parsed.data;
		if (rollback.command === '' && !rollback.note)
			return {
				ok: false,
				errors: {
					'rollback.command':
						'Rollback command: give the undo, or say in the note why nothing undoes this step'
				}
			};
		return { ok: true, draft: parsed.data };
	}
	const errors: Partial<Record<FieldId, string>> = {};
	for (const issue of parsed.error.issues) {
		const id = issue.path.join('.') as FieldId;
		const field = FIELDS.find((f) => f.id === id);
		if (!field || errors[id]) continue;
		const message = issue.code === 'too_small' ? REQUIRED : issue.message;
		errors[id] = `${field.label}: ${message}`;
	}
	return { ok: false, errors };
}
