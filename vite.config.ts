import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// monaco-yaml's worker manager imports `monaco-editor/esm/vs/…`, a path monaco-editor ≥0.56's
// exports map no longer allows; point it at the files themselves.
const MONACO_ESM = fileURLToPath(new URL('./node_modules/monaco-editor/esm/vs/', import.meta.url));

export default defineConfig({
	plugins: [svelte()],
	resolve: {
		alias: [{ find: /^monaco-editor\/esm\/vs\/(.*)$/, replacement: `${MONACO_ESM}$1` }]
	},
	// The runtime, check and Monaco workers import ES modules.
	worker: { format: 'es' },
	server: { host: '127.0.0.1', port: 5173, strictPort: false },
	preview: { host: '127.0.0.1', port: 4173, strictPort: false },
	build: { target: 'es2022' }
});
