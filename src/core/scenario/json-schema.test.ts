import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema } from './json-schema';

describe('scenarioJsonSchema', () => {
	it('matches the committed scenarios/scenario.schema.json (run `npm run schema:scenario`)', () => {
		const committed = readFileSync(
			new URL('../../../scenarios/scenario.schema.json', import.meta.url),
			'utf8'
		);
		expect(JSON.parse(committed)).toEqual(scenarioJsonSchema());
	});

	it('describes the input side: required fields, no unknown ones, durations as strings', () => {
		const schema = scenarioJsonSchema() as {
			$schema: string;
			required: string[];
			additionalProperties: boolean;
			properties: Record<
				string,
				{ properties?: Record<string, { type?: string; default?: unknown }> }
			>;
		};
		expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
		expect(schema.required).toEqual([
			'id',
			'title',
			'summary',
			'difficulty',
			'minutes',
			'briefing',
			'runbook',
			'world'
		]);
		expect(schema.additionalProperties).toBe(false);
		// The default (30 minutes) is in ms on the output side only, so the input side has none.
		expect(schema.properties.world.properties?.history).toEqual({
			description:
				'Virtual time that passes before t=0: the timeline may start there, dashboards show it.',
			type: 'string',
			pattern: '^-?(\\d+(\\.\\d+)?(ms|s|m|h))+$|^-?\\d+(\\.\\d+)?$'
		});
	});
});
