import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';

export default defineConfig({
	test: {
		projects: [
			{
				test: {
					name: 'unit',
					environment: 'node',
					include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
					exclude: ['src/**/*.svelte.test.ts', 'test/component/**', 'test/e2e/**']
				}
			},
			{
				plugins: [svelte(), svelteTesting()],
				test: {
					name: 'component',
					environment: 'jsdom',
					include: ['src/**/*.svelte.test.ts', 'test/component/**/*.test.ts'],
					setupFiles: ['test/component/setup.ts']
				}
			}
		]
	}
});
