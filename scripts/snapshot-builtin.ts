// Rebuilds the built-in worlds' snapshots (src/core/cluster/builtin/*.snapshot.json):
//   npm run snapshot:builtin
// Building a world settles weeks of controller history; the app and the CLI load the snapshot
// instead, and a test fails when a snapshot no longer equals a fresh build.
import { writeFileSync } from 'node:fs';
import { BUILDERS } from '../src/core/cluster/builtin/builders';
import { encodeWorld } from '../src/core/cluster/world-codec';

for (const [name, build] of Object.entries(BUILDERS)) {
	const { world, now } = build();
	const file = new URL(`../src/core/cluster/builtin/${name}.snapshot.json`, import.meta.url);
	writeFileSync(file, JSON.stringify({ now, world: encodeWorld(world) }) + '\n');
	console.log(`wrote ${file.pathname}`);
}
