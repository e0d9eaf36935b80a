/** Paths of files beside a scenario, as the scenario writes them, to keys of the bundled files. */

/** `/scenarios/` + `clusters/a.yaml` → `/scenarios/clusters/a.yaml`; `./` and `../` resolved. */
export function resolveBeside(dir: string, path: string): string {
	const parts = path.startsWith('/') ? [] : dir.split('/').filter(Boolean);
	for (const segment of path.split('/')) {
		if (segment === '' || segment === '.') continue;
		if (segment === '..') parts.pop();
		else parts.push(segment);
	}
	return `/${parts.join('/')}`;
}

/** The folder of a file path, with its trailing slash: `/scenarios/a.yaml` → `/scenarios/`. */
export function dirOf(file: string): string {
	return file.slice(0, file.lastIndexOf('/') + 1) || '/';
}
