/**
 * `--kubeconfig`: the simulator has no files, only the virtual user's `~/.kube/config` (HOME is
 * `/home/oncall`, as `--cache-dir`'s default says). Naming it, in any spelling a shell would
 * expand, is fine; any other path fails as kubectl fails to load it.
 */
import { clientError } from './errors';
import type { KubectlError } from './types';

export const VIRTUAL_HOME = '/home/oncall';

const HOME_SPELLINGS = ['~', '$HOME', '${HOME}', VIRTUAL_HOME];

const DIRECTORIES = new Set(['/', '/home', '/tmp', VIRTUAL_HOME, `${VIRTUAL_HOME}/.kube`]);

/** Expands a leading `~`, `$HOME` or `${HOME}` the way the user's shell would have. */
function expandHome(path: string): string {
	for (const home of HOME_SPELLINGS) {
		if (path === home || path.startsWith(`${home}/`)) return VIRTUAL_HOME + path.slice(home.length);
	}
	return path;
}

/** Whether `path` names the virtual kubeconfig (an empty value means the default, too). */
export function isVirtualKubeconfig(path: string): boolean {
	return path === '' || expandHome(path).replace(/\/+$/, '') === `${VIRTUAL_HOME}/.kube/config`;
}

/** kubectl's error for a kubeconfig path it cannot load; undefined for the virtual one. */
export function kubeconfigError(path: string): KubectlError | undefined {
	if (isVirtualKubeconfig(path)) return undefined;
	// The user's shell would have expanded `~` before kubectl saw it, so messages show it expanded.
	const full = expandHome(path);
	if (DIRECTORIES.has(full.replace(/(.)\/+$/, '$1'))) {
		return clientError(`error loading config file "${full}": read ${full}: is a directory`);
	}
	return clientError(`stat ${full}: no such file or directory`);
}
