import { describe, expect, it } from 'vitest';
import {
	CREATE_FLAGS,
	DRY_RUN_FLAG,
	OBJECT_PRINT_FLAGS,
	SELECTOR_FLAG,
	fieldManagerFlag,
	sortedFlags
} from './common';

describe('sortedFlags', () => {
	it('flattens groups and orders every flag by long name, as --help lists them', () => {
		const names = sortedFlags(SELECTOR_FLAG, OBJECT_PRINT_FLAGS, CREATE_FLAGS).map((f) => f.name);
		expect(names).toEqual([
			'allow-missing-template-keys',
			'dry-run',
			'field-manager',
			'output',
			'save-config',
			'selector',
			'show-managed-fields',
			'template',
			'validate'
		]);
	});

	it('keeps the shared specs themselves (no copies)', () => {
		expect(sortedFlags(CREATE_FLAGS)[0]).toBe(DRY_RUN_FLAG);
	});
});

describe('fieldManagerFlag', () => {
	it("defaults to the verb's manager name", () => {
		expect(fieldManagerFlag('kubectl-taint')).toEqual({
			name: 'field-manager',
			type: 'string',
			default: 'kubectl-taint',
			description: 'Name of the manager used to track field ownership.'
		});
	});
});
