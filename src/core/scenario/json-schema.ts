/**
 * The scenario format as JSON Schema (draft-7, the input side: what a file may say), for editors
 * such as monaco-yaml. `scenarios/scenario.schema.json` is this, written by
 * `npm run schema:scenario`; a test keeps the committed file current.
 */
import { z } from 'zod';
import { Scenario } from './schema';

export function scenarioJsonSchema(): Record<string, unknown> {
	const schema = z.toJSONSchema(Scenario, { target: 'draft-7', io: 'input' });
	return {
		...schema,
		$id: 'https://preflight.dev/schemas/scenario.schema.json',
		title: 'Preflight scenario',
		description:
			'An incident a trainee rehearses: briefing, runbook with ground truth, clusters, timeline, health model. See scenarios/README.md.'
	};
}
