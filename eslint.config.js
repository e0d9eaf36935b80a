// Flat config: typescript-eslint + eslint-plugin-svelte, formatting left to Prettier, and the rule
// that keeps src/core pure (no IO, no DOM, no wall clock, no unseeded chance).
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

const IMPURE_MODULES = [
	'svelte',
	'svelte/*',
	'dexie',
	'ai',
	'@ai-sdk/*',
	'@webcontainer/*',
	'@xterm/*',
	'node:*',
	'fs',
	'fs/*',
	'path',
	'os',
	'child_process',
	'crypto',
	'http',
	'https',
	'net',
	'url',
	'util',
	'worker_threads',
	'process'
];

const IMPURE_GLOBALS = [
	'window',
	'document',
	'navigator',
	'localStorage',
	'sessionStorage',
	'indexedDB',
	'fetch',
	'XMLHttpRequest',
	'WebSocket',
	'process',
	'performance'
].map((name) => ({
	name,
	message: 'src/core is pure: pass what you need in (see src/core/README.md).'
}));

const IMPURE_PROPERTIES = [
	{ object: 'Date', property: 'now', message: 'Use the virtual clock: time is passed in as ms.' },
	{ object: 'Math', property: 'random', message: 'Use the seeded Random (clock/random.ts).' },
	{ object: 'performance', property: 'now', message: 'Use the virtual clock.' }
];

export default tseslint.config(
	{
		ignores: ['dist/', 'node_modules/', 'coverage/', 'test/contract/fixtures/', '.vite/']
	},
	...tseslint.configs.recommended,
	...svelte.configs['flat/recommended'],
	...svelte.configs['flat/prettier'],
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }
			]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: {
				parser: tseslint.parser,
				extraFileExtensions: ['.svelte'],
				svelteConfig
			}
		}
	},
	{
		files: ['src/core/**/*.ts'],
		ignores: ['src/core/**/*.test.ts'],
		languageOptions: { globals: { ...globals.es2022 } },
		rules: {
			'no-restricted-imports': ['error', { patterns: IMPURE_MODULES }],
			'no-restricted-globals': ['error', ...IMPURE_GLOBALS],
			'no-restricted-properties': ['error', ...IMPURE_PROPERTIES],
			'no-restricted-syntax': [
				'error',
				{
					selector: "NewExpression[callee.name='Date'][arguments.length=0]",
					message: 'new Date() reads the wall clock: pass virtual ms in.'
				},
				{
					selector: "CallExpression[callee.name='Date']",
					message: 'Date() reads the wall clock: pass virtual ms in.'
				}
			]
		}
	}
);
