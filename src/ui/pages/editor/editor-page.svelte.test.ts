import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { memoryScenarioStore, type ScenarioStore } from '../../../adapters/store/scenario-store';
import { scenarioFromDump } from '../../../core/scenario/import-dump';
import EditorPage from './EditorPage.svelte';
import { LEAVE_QUESTION } from './leave-guard';
import { NEW_SCENARIO } from './template';
import { textareaSurface } from './textarea-surface';

/** The template stands in for a built-in: it lints clean and builds a small world quickly. */
const BUILTIN_ID = 'checkout-api-saturated';
const BUILTINS = new Map([[BUILTIN_ID, NEW_SCENARIO]]);
const COPY = NEW_SCENARIO.replace(`id: ${BUILTIN_ID}`, `id: ${BUILTIN_ID}-copy`);
const TITLE = 'Checkout API saturated after a traffic spike';
const WAIT = { timeout: 10_000 };

function open(props: { id?: string; store?: ScenarioStore } = {}) {
	const store = props.store ?? memoryScenarioStore({ now: () => 1_773_481_260_000 });
	const view = render(EditorPage, {
		props: { id: props.id, store, surface: textareaSurface, builtins: BUILTINS }
	});
	return { store, view };
}

/** The textarea, once the page has wired it (Save is enabled then). */
async function editor(): Promise<HTMLTextAreaElement> {
	await waitFor(() => expect(screen.getByRole('button', { name: 'Save' })).toBeEnabled(), WAIT);
	return screen.getByLabelText('Scenario YAML') as HTMLTextAreaElement;
}

function type(area: HTMLTextAreaElement, text: string) {
	area.value = text;
	return fireEvent.input(area);
}

function problemButtons(): string[] {
	const list = screen.getByRole('region', { name: 'Problems' });
	return within(list)
		.queryAllByRole('button')
		.map((b) => b.textContent!.replace(/\s+/g, ' ').trim());
}

function status(): string {
	return (screen.queryByRole('status') ?? screen.getByRole('alert'))
		.textContent!.replace(/\s+/g, ' ')
		.trim();
}

let confirmSpy: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
	history.replaceState(null, '', '#/editor');
	confirmSpy = vi.spyOn(window, 'confirm').mockReturnValue(true);
});
afterEach(() => vi.restoreAllMocks());

describe('EditorPage', () => {
	it('opens a built-in as a copy and previews it once it lints', async () => {
		open({ id: BUILTIN_ID });
		expect((await editor()).value).toBe(COPY);
		expect(screen.getByRole('heading', { level: 1, name: `Copy of ${TITLE}` })).toBeTruthy();
		expect(status()).toBe(
			`${BUILTIN_ID} is built in, so this is a copy: it saves as ${BUILTIN_ID}-copy unless you change the id.`
		);
		const preview = screen.getByRole('region', { name: 'Preview' });
		expect(
			await within(preview).findByRole('heading', { level: 1, name: TITLE }, WAIT)
		).toBeTruthy();
		expect(problemButtons()).toEqual([]);
	});

	it('lists a problem at its line, reveals it on click, and previews the fix', async () => {
		open();
		const area = await editor();
		expect(area.value).toBe(NEW_SCENARIO);
		expect(screen.getByRole('heading', { level: 1, name: 'New scenario' })).toBeTruthy();
		await type(area, NEW_SCENARIO.replace('difficulty: 1', 'difficulty: six'));
		await waitFor(
			() => expect(problemButtons()).toEqual(['8:13 difficulty expected a number, got "six"']),
			WAIT
		);
		await fireEvent.click(screen.getByRole('button', { name: /8:13/ }));
		const offset = area.value.indexOf('six');
		expect([area.selectionStart, area.selectionEnd]).toEqual([offset, offset]);

		await type(area, NEW_SCENARIO.replace(`title: ${TITLE}`, 'title: Checkout API out of pods'));
		const preview = screen.getByRole('region', { name: 'Preview' });
		expect(
			await within(preview).findByRole(
				'heading',
				{ level: 1, name: 'Checkout API out of pods' },
				WAIT
			)
		).toBeTruthy();
		expect(problemButtons()).toEqual([]);
	});

	it('saves to the store under the copy id and names it in the address', async () => {
		const { store } = open({ id: BUILTIN_ID });
		await editor();
		await fireEvent.click(screen.getByRole('button', { name: 'Save' }));
		await waitFor(() => expect(status()).toBe(`Saved ${BUILTIN_ID}-copy.`));
		expect(await store.list()).toEqual([
			{ id: `${BUILTIN_ID}-copy`, title: TITLE, yaml: COPY, updatedAt: 1_773_481_260_000 }
		]);
		expect(location.hash).toBe(`#/editor/${BUILTIN_ID}-copy`);
		expect(screen.getByRole('heading', { level: 1, name: `Edit ${TITLE}` })).toBeTruthy();
	});

	it('refuses to save under a built-in id', async () => {
		const { store } = open();
		await fireEvent.click(await screen.findByRole('button', { name: 'Save' }, WAIT));
		await waitFor(() =>
			expect(screen.getByRole('alert').textContent!.trim()).toBe(
				`${BUILTIN_ID} is the id of a built-in scenario. Change the id (for example to ${BUILTIN_ID}-copy) and save again.`
			)
		);
		expect(await store.list()).toEqual([]);
	});

	it('keeps the text and offers an export when the store refuses a save', async () => {
		const memory = memoryScenarioStore();
		const full = 'The browser\u2019s storage for this site is full.';
		const store: ScenarioStore = { ...memory, save: async () => ({ ok: false, message: full }) };
		open({ store });
		const area = await editor();
		const text = NEW_SCENARIO.replace(`id: ${BUILTIN_ID}`, 'id: checkout-drill');
		await type(area, text);
		await fireEvent.click(screen.getByRole('button', { name: 'Save' }));
		const alert = await screen.findByRole('alert');
		expect(alert.textContent!.replace(/\s+/g, ' ').trim()).toBe(`${full} Export it now`);
		expect(area.value).toBe(text);
		expect(screen.getByText('unsaved changes')).toBeTruthy();
	});

	it('opens a stored scenario, and deletes it after asking', async () => {
		const yaml = NEW_SCENARIO.replace(`id: ${BUILTIN_ID}`, 'id: checkout-drill').replace(
			`title: ${TITLE}`,
			'title: Checkout drill'
		);
		const store = memoryScenarioStore({
			initial: [{ id: 'checkout-drill', title: 'Drill', yaml, updatedAt: 1 }]
		});
		open({ id: 'checkout-drill', store });
		expect((await editor()).value).toBe(yaml);
		expect(screen.getByRole('heading', { level: 1, name: 'Edit Checkout drill' })).toBeTruthy();
		await fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
		expect(confirmSpy).toHaveBeenCalledWith('Delete checkout-drill? This cannot be undone.');
		await waitFor(() => expect(location.hash).toBe('#/scenarios'));
		expect(await store.list()).toEqual([]);
	});

	it('imports a .yaml file into the editor', async () => {
		open();
		const area = await editor();
		const text = NEW_SCENARIO.replace(`title: ${TITLE}`, 'title: Imported drill');
		const file = new File([text], 'imported-drill.yaml', { type: 'application/yaml' });
		await fireEvent.change(screen.getByLabelText('Import a scenario file'), {
			target: { files: [file] }
		});
		await waitFor(() => expect(area.value).toBe(text));
		expect(status()).toBe('Imported imported-drill.yaml. Save to keep it.');
		expect(screen.getByText('unsaved changes')).toBeTruthy();
	});

	it('refuses a file over 2 MB and keeps the text', async () => {
		open();
		const area = await editor();
		const file = new File(['#'.repeat(5 * 1024 * 1024)], 'huge.yaml');
		await fireEvent.change(screen.getByLabelText('Import a scenario file'), {
			target: { files: [file] }
		});
		await waitFor(() =>
			expect(screen.getByRole('alert').textContent!.trim()).toBe(
				'huge.yaml is 5.0 MB; the limit is 2 MB.'
			)
		);
		expect(area.value).toBe(NEW_SCENARIO);
	});

	it('builds a scenario from kubectl get output', async () => {
		open();
		const area = await editor();
		const dump = [
			'apiVersion: v1',
			'kind: List',
			'items:',
			'- apiVersion: v1',
			'  kind: Namespace',
			'  metadata:',
			'    name: checkout',
			'    creationTimestamp: "2026-03-10T08:00:00Z"',
			'  status:',
			'    phase: Active',
			'metadata:',
			'  resourceVersion: ""',
			''
		].join('\n');
		const built = scenarioFromDump([{ name: 'namespaces.yaml', text: dump }], {
			id: 'imported-cluster',
			title: 'Imported from namespaces.yaml',
			context: 'imported'
		});
		if (!built.ok) throw new Error('the fixture dump does not import');
		await fireEvent.change(screen.getByLabelText('Import kubectl get output'), {
			target: { files: [new File([dump], 'namespaces.yaml')] }
		});
		await waitFor(() => expect(area.value).toBe(built.yaml));
		expect(status()).toBe('Built a scenario from namespaces.yaml.');
	});

	it('says where a dump is broken and keeps the text', async () => {
		open();
		const area = await editor();
		await fireEvent.change(screen.getByLabelText('Import kubectl get output'), {
			target: { files: [new File(['items: [\n'], 'pods.yaml')] }
		});
		await waitFor(() =>
			expect(screen.getByRole('alert').textContent!.trim()).toMatch(
				/^Could not import: pods\.yaml:\d+:\d+: ./
			)
		);
		expect(area.value).toBe(NEW_SCENARIO);
	});

	it('exports the text as <id>.yaml', async () => {
		open();
		const area = await editor();
		await type(area, NEW_SCENARIO + '# exported\n');
		const blobs: Blob[] = [];
		URL.createObjectURL = vi.fn((blob: Blob) => (blobs.push(blob), 'blob:preflight/1'));
		URL.revokeObjectURL = vi.fn();
		const names: string[] = [];
		vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
			this: HTMLAnchorElement
		) {
			names.push(this.download);
		});
		await fireEvent.click(screen.getByRole('button', { name: 'Export .yaml' }));
		expect(names).toEqual([`${BUILTIN_ID}.yaml`]);
		expect(await blobs[0].text()).toBe(NEW_SCENARIO + '# exported\n');
	});

	it('asks before leaving with unsaved changes, and stays when told to', async () => {
		open();
		const area = await editor();
		await type(area, NEW_SCENARIO + '# more\n');
		const heard: string[] = [];
		const router = () => heard.push(location.hash);
		window.addEventListener('hashchange', router);
		confirmSpy.mockReturnValue(false);
		history.pushState(null, '', '#/scenarios');
		window.dispatchEvent(
			new HashChangeEvent('hashchange', {
				oldURL: `${location.origin}${location.pathname}#/editor`,
				newURL: location.href
			})
		);
		window.removeEventListener('hashchange', router);
		expect(confirmSpy).toHaveBeenCalledWith(LEAVE_QUESTION);
		expect(heard).toEqual([]);
		expect(location.hash).toBe('#/editor');
	});
});
