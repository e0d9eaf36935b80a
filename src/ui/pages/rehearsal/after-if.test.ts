import { describe, expect, it } from 'vitest';
import { afterIf } from './after-if';

describe('afterIf', () => {
	it('lower-cases an ordinary first word, and keeps acronyms and names', () => {
		expect(
			[
				'The secondary pool is missing or not fully Ready.',
				'HPA caps payments-secondary at 4.',
				'PodDisruptionBudget allows no disruption.',
				'deploy/payments-secondary is absent.'
			].map(afterIf)
		).toEqual([
			'the secondary pool is missing or not fully Ready.',
			'HPA caps payments-secondary at 4.',
			'PodDisruptionBudget allows no disruption.',
			'deploy/payments-secondary is absent.'
		]);
	});
});
