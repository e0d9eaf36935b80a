#!/usr/bin/env node
// The `preflight` CLI runs from the TypeScript sources (no build step): tsx compiles on load.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2), {
	stdout: (text) => process.stdout.write(text),
	stderr: (text) => process.stderr.write(text)
});
