/**
 * The built-in library as Vite bundles it: every `scenarios/*.yaml` as text in the first page
 * (the library needs their metadata), and the cluster manifests beside them as separate chunks
 * loaded when a scenario is opened.
 */
import type { ScenarioSources } from './catalog';

export const BUILTIN_SOURCES: ScenarioSources = {
	scenarios: import.meta.glob<string>('/scenarios/*.yaml', {
		query: '?raw',
		import: 'default',
		eager: true
	}),
	files: import.meta.glob<string>('/scenarios/clusters/*.yaml', {
		query: '?raw',
		import: 'default'
	})
};
