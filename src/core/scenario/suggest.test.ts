import { describe, expect, it } from 'vitest';
import { closest, didYouMean } from './suggest';

describe('closest', () => {
	it('suggests a near word, a swap of letters counting as one edit', () => {
		expect(closest('replica', ['replicas', 'context', 'namespace'])).toBe('replicas');
		expect(closest('scael', ['scale', 'set-image', 'delete'])).toBe('scale');
		expect(didYouMean('curent', ['current', 'seed'])).toBe(' (did you mean "current"?)');
	});

	it('says nothing when nothing is close or two words are equally close', () => {
		expect(closest('owner', ['id', 'title', 'summary'])).toBeUndefined();
		expect(closest('SEV5', ['SEV1', 'SEV2', 'SEV3', 'SEV4'])).toBeUndefined();
		expect(didYouMean('scale', ['scale'])).toBe('');
	});
});
