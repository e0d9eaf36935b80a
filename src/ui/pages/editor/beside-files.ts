/**
 * Files a scenario may reference beside it (`files: [clusters/<id>.<context>.yaml]`): the built-in
 * library's cluster manifests, bundled so a copy of a built-in lints and previews like the original.
 */
import type { ReadFile } from '../../../core/scenario/prepare';

const CLUSTER_FILES = import.meta.glob<string>('/scenarios/clusters/*.yaml', {
	query: '?raw',
	import: 'default',
	eager: true
});

/** Reads `clusters/x.yaml` (as a scenario in `scenarios/` names it). */
export const readBesideFile: ReadFile = (path) =>
	CLUSTER_FILES[`/scenarios/${path.replace(/^\.\//, '')}`];
