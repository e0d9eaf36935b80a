import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
	plugins: [svelte()],
	server: { port: 5173, strictPort: false },
	preview: { port: 4173 }
});
