import { describe, expect, it } from 'vitest';
import xtermHeadless from '@xterm/headless';
import { createHost } from '../../adapters/runtime/create-host';
import { DirectRuntime } from '../../adapters/runtime/direct-runtime';
import { FakeRuntime } from '../../adapters/runtime/fake-runtime';
import type { Runtime } from '../../adapters/runtime/runtime';
import { TerminalController, type ControllerOptions } from './terminal-controller';
import { bufferText } from './test-hook';

const { Terminal } = xtermHeadless;

async function setup(
	runtime: Runtime = new DirectRuntime(createHost()),
	options: ControllerOptions = {},
	transcript?: string
) {
	const term = new Terminal({ cols: 160, rows: 40, allowProposedApi: true });
	const controller = new TerminalController(term, runtime, options);
	await controller.start(transcript);
	const screen = async () => {
		await new Promise<void>((resolve) => term.write('', resolve));
		return bufferText(term.buffer.active);
	};
	const type = (text: string) => controller.input(text);
	return { term, controller, runtime, screen, type };
}

describe('TerminalController on a headless terminal', () => {
	it('runs a command through the direct runtime and shows the table, then the prompt', async () => {
		const { screen, type } = await setup();
		const prompt = (await screen()).trimEnd();
		expect(prompt).toBe('oncall@prod-us-east-1:default$');
		await type('kubectl get deployments -n payments\r');
		const lines = (await screen()).split('\n');
		expect(lines[0]).toBe(`${prompt} kubectl get deployments -n payments`);
		expect(lines[1]).toMatch(/^NAME\s+READY\s+UP-TO-DATE\s+AVAILABLE\s+AGE$/);
		expect(lines.slice(2, -1).map((l) => l.split(/\s+/)[0])).toEqual([
			'payments-api',
			'payments-primary',
			'payments-secondary'
		]);
		expect(lines.at(-1)).toBe(prompt);
	});

	it('prints errors kubectl-style and gives the prompt back', async () => {
		const { screen, type } = await setup();
		await type('kubectl frobnicate\r');
		expect((await screen()).split('\n')).toEqual([
			'oncall@prod-us-east-1:default$ kubectl frobnicate',
			'error: unknown command "frobnicate" for "kubectl"',
			'oncall@prod-us-east-1:default$'
		]);
	});

	it('answers Ctrl-C at the prompt with ^C and a fresh prompt, and Ctrl-L clears', async () => {
		const { screen, type } = await setup();
		await type('kubectl get po');
		await type('\x03');
		expect((await screen()).split('\n')).toEqual([
			'oncall@prod-us-east-1:default$ kubectl get po^C',
			'oncall@prod-us-east-1:default$'
		]);
		await type('echo hi\r');
		await type('\x0c');
		expect(await screen()).toBe('oncall@prod-us-east-1:default$');
	});

	it('streams a running command from clock replies and stops it on Ctrl-C', async () => {
		const runtime = new FakeRuntime({
			commands: { 'kubectl get pods -w': { output: 'NAME   READY\nweb-1  0/1\n', running: true } }
		});
		const { controller, screen, type } = await setup(runtime);
		await type('kubectl get pods -w\r');
		expect(controller.busy).toBe(true);
		await type('ignored while running');
		runtime.pendingOutput = 'web-1  1/1\n';
		controller.receive(await runtime.advance(1000));
		await type('\x03');
		expect((await screen()).split('\n')).toEqual([
			'oncall@prod-us-east-1:payments$ kubectl get pods -w',
			'NAME   READY',
			'web-1  0/1',
			'web-1  1/1',
			'^C',
			'oncall@prod-us-east-1:payments$'
		]);
		expect(runtime.calls).toEqual(['execute kubectl get pods -w', 'advance 1000', 'interrupt']);
		expect(controller.busy).toBe(false);
	});

	it('completes the word under the cursor on Tab', async () => {
		const runtime = new FakeRuntime({
			completions: { 'kubectl get deploy': { replaceFrom: 12, candidates: ['deployments'] } }
		});
		const { screen, type } = await setup(runtime);
		await type('kubectl get deploy\t');
		expect(await screen()).toBe('oncall@prod-us-east-1:payments$ kubectl get deployments');
	});

	it('recalls the previous line with ↑ and runs a pasted line', async () => {
		const runtime = new FakeRuntime({ commands: { 'k get ns': { output: 'NAME\n' } } });
		const { screen, type } = await setup(runtime);
		await type('k get ns\r');
		await type('\x1b[A');
		await type('\r');
		expect(runtime.calls).toEqual(['execute k get ns', 'execute k get ns']);
		expect((await screen()).split('\n')).toEqual([
			'oncall@prod-us-east-1:payments$ k get ns',
			'NAME',
			'oncall@prod-us-east-1:payments$ k get ns',
			'NAME',
			'oncall@prod-us-east-1:payments$'
		]);
	});
});

describe('TerminalController for a rehearsal', () => {
	const GET = 'kubectl get pods -n payments -l pool=primary -o wide';

	it('types a command at the prompt without running it; Enter runs it', async () => {
		const runtime = new FakeRuntime({ commands: { [GET]: { output: 'NAME   READY\n' } } });
		const submitted: string[] = [];
		const { controller, screen, type } = await setup(runtime, {
			onsubmit: (line) => submitted.push(`${line} (after ${runtime.calls.length} calls)`)
		});
		await type('kubectl get no');
		expect(await controller.type(GET)).toBe(true);
		expect(await screen()).toBe(`oncall@prod-us-east-1:payments$ ${GET}`);
		expect(runtime.calls).toEqual([]);
		expect(submitted).toEqual([]);
		await type('\r');
		expect(runtime.calls).toEqual([`execute ${GET}`]);
		expect(submitted).toEqual([`${GET} (after 0 calls)`]);
		expect((await screen()).split('\n')).toEqual([
			`oncall@prod-us-east-1:payments$ ${GET}`,
			'NAME   READY',
			'oncall@prod-us-east-1:payments$'
		]);
	});

	it('puts a multi-line command on one line, so typing it can never press Enter', async () => {
		const runtime = new FakeRuntime();
		const { controller, screen } = await setup(runtime);
		expect(await controller.type('kubectl get pods\nkubectl delete pod x')).toBe(true);
		expect(await screen()).toBe(
			'oncall@prod-us-east-1:payments$ kubectl get pods kubectl delete pod x'
		);
		expect(runtime.calls).toEqual([]);
	});

	it('refuses to type while a command holds the terminal', async () => {
		const runtime = new FakeRuntime({
			commands: { 'kubectl get pods -w': { output: 'NAME   READY\n', running: true } }
		});
		const { controller, screen, type } = await setup(runtime);
		await type('kubectl get pods -w\r');
		expect(await controller.type(GET)).toBe(false);
		expect((await screen()).split('\n')).toEqual([
			'oncall@prod-us-east-1:payments$ kubectl get pods -w',
			'NAME   READY'
		]);
	});

	it('does not report blank lines as submitted', async () => {
		const submitted: string[] = [];
		const { type } = await setup(new FakeRuntime(), { onsubmit: (l) => submitted.push(l) });
		await type('   \r');
		await type('k get ns\r');
		expect(submitted).toEqual(['k get ns']);
	});

	it('writes a resumed run’s transcript before the first prompt', async () => {
		const { screen } = await setup(
			new FakeRuntime(),
			{},
			'oncall@prod-us-east-1:payments$ kubectl get deploy\nNAME   READY\n'
		);
		expect((await screen()).split('\n')).toEqual([
			'oncall@prod-us-east-1:payments$ kubectl get deploy',
			'NAME   READY',
			'oncall@prod-us-east-1:payments$'
		]);
	});
});

describe('bufferText', () => {
	it('joins rows the terminal wrapped back into one line', async () => {
		const term = new Terminal({ cols: 10, rows: 5, allowProposedApi: true });
		await new Promise<void>((resolve) => term.write('0123456789abcd\r\nnext  \r\n', resolve));
		expect(bufferText(term.buffer.active)).toBe('0123456789abcd\nnext');
	});
});
