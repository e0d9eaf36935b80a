import { describe, expect, it } from 'vitest';
import { nextUp } from './phase-text';

describe('nextUp', () => {
	it('asks for the rollback after a confirm, when the step has one to stage', () => {
		expect(nextUp('proceed', 'approve')).toEqual({
			part: 'rollback',
			text: 'Next: stage the rollback before the action'
		});
	});

	it('goes straight to the action for a confirmed step that only reads', () => {
		expect(nextUp('proceed', 'approve', false)).toEqual({
			part: 'action',
			text: 'Next: run the action'
		});
	});

	it('asks a composer to write the step, and tells an approver it is being drafted', () => {
		expect([nextUp('awaiting-draft', 'compose'), nextUp('awaiting-draft', 'approve')]).toEqual([
			{ text: 'Next: write this step' },
			{ text: 'Drafting this step…' }
		]);
	});
});
