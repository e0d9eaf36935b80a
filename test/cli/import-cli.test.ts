import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { Scenario } from '../../src/core/scenario/schema';

const DUMPS = join(__dirname, '../scenario/dumps');
const dump = (name: string) => readFileSync(join(DUMPS, name), 'utf8');

/** Runs the CLI with in-memory streams and files; written files land in `written`. */
async function cli(argv: string[], files: Record<string, string> = {}) {
	let stdout = '';
	let stderr = '';
	const written: Record<string, string> = {};
	const code = await main(argv, {
		stdout: (t) => (stdout += t),
		stderr: (t) => (stderr += t),
		readFile: async (path) => {
			if (!(path in files)) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
			return files[path];
		},
		readStdin: async () => '',
		writeFile: async (path: string, text: string) => {
			written[path] = text;
		}
	} as Parameters<typeof main>[1]);
	return { code, stdout, stderr, written };
}

const FILES = {
	'checkout-eks.yaml': dump('checkout-eks.yaml'),
	'checkout-workloads.json': dump('checkout-workloads.json')
};

describe('preflight import', () => {
	it('prints a scenario built from several dump files, warnings on stderr', async () => {
		const r = await cli(
			['import', 'checkout-eks.yaml', 'checkout-workloads.json', '--context', 'prod-us-east-1'],
			FILES
		);
		expect(r.code).toBe(0);
		expect(r.stderr).toBe(
			[
				'warning: checkout-eks.yaml:1382:9: ENIConfig us-east-1a left out: no matches for kind "ENIConfig" in version "crd.k8s.amazonaws.com/v1alpha1"',
				'warning: Pod checkout/checkout-migrate-29557801-7xk2d: its owner Job checkout-migrate-29557801 is not in the dump; the owner reference is dropped so the object is kept',
				''
			].join('\n')
		);
		const scenario = Scenario.parse(parse(r.stdout));
		expect(scenario.id).toBe('checkout-eks');
		expect(scenario.title).toBe('Imported from checkout-eks.yaml');
		expect(scenario.world.contexts.map((c) => c.name)).toEqual(['prod-us-east-1']);
		expect(scenario.world.current).toBe('prod-us-east-1');
		expect(scenario.world.start).toBe('2026-03-14T09:40:51Z');
		expect(scenario.world.history).toBe(0);
	});

	it('writes -o OUT with the given id and title', async () => {
		const r = await cli(
			[
				'import',
				'checkout-eks.yaml',
				'--id',
				'checkout-outage',
				'--title',
				'Checkout outage',
				'-o',
				'out.yaml'
			],
			FILES
		);
		expect(r.code).toBe(0);
		expect(r.stdout).toBe('');
		const scenario = Scenario.parse(parse(r.written['out.yaml']));
		expect([scenario.id, scenario.title]).toEqual(['checkout-outage', 'Checkout outage']);
	});

	it('reports problems as file:line:col: path: message and exits 1', async () => {
		const broken = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: Shop_Config\n';
		const r = await cli(['import', 'broken.yaml'], { 'broken.yaml': broken });
		expect(r).toEqual({
			code: 1,
			stdout: '',
			written: {},
			stderr:
				"broken.yaml:4:9: metadata.name: document 1 (ConfigMap Shop_Config): Invalid value: \"Shop_Config\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character\n"
		});
		const missing = await cli(['import', 'nope.yaml']);
		expect(missing.stderr).toBe('preflight import: cannot read nope.yaml: ENOENT\n');
		const none = await cli(['import']);
		expect([none.code, none.stderr]).toEqual([
			1,
			"preflight import: give at least one dump file\nSee 'preflight import --help'.\n"
		]);
	});

	it('starts at --at when the export time is known, and says which start it chose', async () => {
		const at = await cli(['import', 'checkout-eks.yaml', '--at', '2026-03-14T09:41:30Z'], FILES);
		expect(at.code).toBe(0);
		expect(at.stdout).toContain(
			'  start: 2026-03-14T09:41:30Z # when the dump was taken (preflight import --at): AGE reads as it did then\n'
		);
		const newest = await cli(['import', 'checkout-eks.yaml'], FILES);
		expect(newest.stdout).toContain(
			"  start: 2026-03-14T09:40:51Z # the dump's newest timestamp; it was taken then or later, so AGE may read younger than it did (preflight import --at TIME sets when)\n"
		);
		const early = await cli(['import', 'checkout-eks.yaml', '--at=2026-03-14T09:00:00Z'], FILES);
		expect([early.code, early.stdout, early.stderr]).toEqual([
			1,
			'',
			'checkout-eks.yaml:1:1: the dump cannot have been taken at 2026-03-14T09:00:00Z: it holds a later time, 2026-03-14T09:40:51Z\n'
		]);
		const bad = await cli(['import', 'checkout-eks.yaml', '--at', '09:41'], FILES);
		expect([bad.code, bad.stderr]).toEqual([
			1,
			"preflight import: --at 09:41: give an RFC 3339 time, e.g. 2026-03-14T09:41:00Z\nSee 'preflight import --help'.\n"
		]);
	});

	it('lets preflight kubectl read several dump files as one cluster, status kept', async () => {
		const r = await cli(
			[
				'kubectl',
				'--cluster',
				'checkout-eks.yaml,checkout-workloads.json',
				'get',
				'deploy',
				'-n',
				'checkout'
			],
			FILES
		);
		expect(r.stderr).toBe('');
		expect(r.stdout).toBe(
			'NAME           READY   UP-TO-DATE   AVAILABLE   AGE\ncheckout-api   1/4     4            1           102d\n'
		);
	});
});
