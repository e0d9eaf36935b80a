/** Writes scenarios/scenario.schema.json from the zod schema (`npm run schema:scenario`). */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { scenarioJsonSchema } from '../src/core/scenario/json-schema';

const target = fileURLToPath(new URL('../scenarios/scenario.schema.json', import.meta.url));
// Formatted as the repository formats JSON, so `prettier --check .` stays clean.
const options = { ...(await resolveConfig(target)), filepath: target };
writeFileSync(target, await format(JSON.stringify(scenarioJsonSchema()), options));
console.log(`wrote ${target}`);
