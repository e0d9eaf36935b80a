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
					// Building a built-in cluster takes seconds on a loaded CI machine.
					testTimeout: 30_000,
					include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
					exclude: ['src/**/*.svelte.test.ts', 'test/component/**', 'test/e2e/**']
				}
			},
			{
				plugins: [svelte(), svelteTesting()],
				test: {
					name: 'component',
					environment: 'jsdom',
					testTimeout: 30_000,
					include: ['src/**/*.svelte.test.ts', 'test/component/**/*.test.ts'],
					setupFiles: ['test/component/setup.ts']
				}
			},
			{
				// Builds the app, serves it with `vite preview` and drives the system Chromium.
				test: {
					name: 'e2e',
					environment: 'node',
					include: ['test/e2e/**/*.test.ts'],
					testTimeout: 60_000,
					hookTimeout: 180_000,
					fileParallelism: false
				}
			}
		]
	}
});
