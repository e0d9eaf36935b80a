import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
	plugins: [svelte()],
	// The runtime worker imports ES modules.
	worker: { format: 'es' },
	server: { host: '127.0.0.1', port: 5173, strictPort: false },
	preview: { host: '127.0.0.1', port: 4173, strictPort: false },
	build: { target: 'es2022' }
});
