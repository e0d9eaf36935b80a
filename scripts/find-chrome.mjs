// Finds the system Chromium for the end-to-end tests: $CHROME_PATH, then the usual Debian paths.
// Never downloads a browser. Run directly, it prints the path or a hint and exits non-zero.
import { accessSync, constants } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const CHROME_CANDIDATES = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome'
];

export const CHROME_HINT =
	'No Chromium found for the end-to-end tests. Install one with `apt-get install -y chromium` ' +
	'or set CHROME_PATH to a Chromium or Chrome executable.';

function executable(path) {
	try {
		accessSync(path, constants.X_OK);
		return true;
	} catch {
		return false;
	}
}

/** The browser to launch, or undefined when there is none. */
export function findChrome(env = process.env) {
	if (env.CHROME_PATH) return executable(env.CHROME_PATH) ? env.CHROME_PATH : undefined;
	return CHROME_CANDIDATES.find(executable);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const found = findChrome();
	if (found) console.log(found);
	else {
		console.error(CHROME_HINT);
		process.exitCode = 1;
	}
}
