/**
 * The editor page's state: the text, whether it is saved, the linter's problems, the last version
 * that loaded (for the preview), and the actions (open, save, import, export, delete). The page
 * wires a surface to it; the store and the checker are passed in.
 */
import type { ScenarioStore } from '../../../adapters/store/scenario-store';
import type { Chart } from '../../../core/scenario/charts';
import type { Scenario, ScenarioProblem } from '../../../core/scenario/schema';
import type { Checker } from './checker';
import type { EditorSurface } from './editor-surface';
import { copyId, headerOf, ID_PATTERN, withId } from './scenario-text';
import { NEW_SCENARIO } from './template';

/** The problems' file name in the list and the markers. */
export const EDITOR_FILE = 'scenario.yaml';
/** The loader refuses bigger scenarios; the editor refuses to import them. */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

export interface Status {
	kind: 'ok' | 'info' | 'error';
	text: string;
	/** Offer to export the text (a save failed). */
	offerExport?: boolean;
}

export interface EditorDeps {
	store: ScenarioStore;
	/** Built-in scenario texts by id. */
	builtins: ReadonlyMap<string, string>;
	checker: Checker;
	/** Quiet time after the last keystroke before linting. */
	lintDelayMs?: number;
	confirm?: (question: string) => boolean;
}

export class EditorModel {
	text = $state('');
	/** The text as last loaded or saved; the page has unsaved changes when `text` differs. */
	saved = $state('');
	/** The id the text is stored under (a custom scenario), else undefined (new, or a copy). */
	storedId = $state<string>();
	problems = $state.raw<ScenarioProblem[]>([]);
	/** The last version that loaded, shown in the preview. */
	preview = $state.raw<{ scenario: Scenario; charts?: Chart[] }>();
	checking = $state(false);
	status = $state<Status>();
	readonly #deps: EditorDeps;
	#surface: EditorSurface | undefined;
	#timer: ReturnType<typeof setTimeout> | undefined;

	constructor(deps: EditorDeps) {
		this.#deps = deps;
	}

	get dirty(): boolean {
		return this.text !== this.saved;
	}

	get errorCount(): number {
		return this.problems.filter((p) => p.severity === 'error').length;
	}

	/** The text for `#/editor/<id>`: a stored scenario, a copy of a built-in, or the template. */
	async open(id: string | undefined): Promise<void> {
		const builtin = id === undefined ? undefined : this.#deps.builtins.get(id);
		const stored = id === undefined || builtin ? undefined : await this.#deps.store.get(id);
		if (builtin !== undefined && id !== undefined) {
			// Nothing typed yet: leaving loses nothing, so the copy counts as unchanged.
			const copy = withId(builtin, copyId(id));
			this.#replace(copy, copy);
			this.status = {
				kind: 'info',
				text: `${id} is built in, so this is a copy: it saves as ${copyId(id)} unless you change the id.`
			};
		} else if (stored) {
			this.#replace(stored.yaml, stored.yaml);
			this.storedId = stored.id;
		} else {
			this.#replace(NEW_SCENARIO, NEW_SCENARIO);
			if (id !== undefined)
				this.status = {
					kind: 'error',
					text: `There is no scenario with the id ${id}, so this is a new one.`
				};
		}
		const notice = await this.#deps.store.notice?.();
		if (notice && !this.status) this.status = { kind: 'info', text: notice };
	}

	/** Connects the surface: edits flow in, problems flow out. Returns the disconnect. */
	attach(surface: EditorSurface): () => void {
		this.#surface = surface;
		surface.setValue(this.text);
		surface.setProblems(this.problems);
		const stop = surface.onChange((text) => this.edit(text));
		return () => {
			stop();
			this.#surface = undefined;
		};
	}

	/** A keystroke: lint after a quiet moment. */
	edit(text: string): void {
		this.text = text;
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.check(), this.#deps.lintDelayMs ?? 400);
	}

	async check(): Promise<void> {
		clearTimeout(this.#timer);
		const text = this.text;
		this.checking = true;
		const result = await this.#deps.checker.check(text, EDITOR_FILE);
		// A newer edit is on its way to the checker; its answer is the one to show.
		if (!result || text !== this.text) return;
		this.checking = false;
		this.problems = result.problems;
		if (result.scenario) this.preview = { scenario: result.scenario, charts: result.charts };
		this.#surface?.setProblems(result.problems);
	}

	reveal(problem: ScenarioProblem): void {
		this.#surface?.reveal(problem.line, problem.column);
	}

	async save(): Promise<string | undefined> {
		const text = this.text;
		const { id, title } = headerOf(text);
		const refuse = this.#refusal(id);
		if (refuse || !id) {
			this.status = { kind: 'error', text: refuse ?? '' };
			return undefined;
		}
		if (id !== this.storedId) {
			const existing = await this.#deps.store.get(id);
			const question = `You already have a scenario with the id ${id} (“${existing?.title}”). Replace it?`;
			if (existing && !this.#confirm(question)) return undefined;
		}
		const result = await this.#deps.store.save({ id, title: title ?? id, yaml: text });
		if (!result.ok) {
			this.status = { kind: 'error', text: result.message, offerExport: true };
			return undefined;
		}
		this.saved = text;
		this.storedId = id;
		const errors = this.errorCount;
		const still = errors
			? ` It still has ${plural(errors, 'error')} to fix before it can run.`
			: '';
		this.status = result.notice
			? { kind: 'info', text: result.notice }
			: { kind: 'ok', text: `Saved ${id}.${still}` };
		return id;
	}

	/** Why `id` cannot be saved, or undefined. */
	#refusal(id: string | undefined): string | undefined {
		if (!id) return 'Give the scenario an id (a top-level id: line) before saving.';
		if (!ID_PATTERN.test(id))
			return `${id} is not a valid id: use lower-case letters, digits and dashes.`;
		if (this.#deps.builtins.has(id))
			return `${id} is the id of a built-in scenario. Change the id (for example to ${copyId(id)}) and save again.`;
		return undefined;
	}

	/** Replaces the text with a `.yaml` file's, after asking when there are unsaved changes. */
	async importYaml(file: File): Promise<void> {
		if (file.size > MAX_IMPORT_BYTES) {
			this.status = { kind: 'error', text: `${file.name} is ${mb(file.size)}; the limit is 2 MB.` };
			return;
		}
		if (!this.#mayReplace(file.name)) return;
		this.#replace(await file.text(), this.saved);
		this.status = { kind: 'info', text: `Imported ${file.name}. Save to keep it.` };
		await this.check();
	}

	/** Builds a new scenario from `kubectl get -o yaml|json` files. */
	async importDump(files: File[]): Promise<void> {
		if (files.length === 0) return;
		const big = files.find((f) => f.size > MAX_IMPORT_BYTES * 4);
		if (big) {
			this.status = { kind: 'error', text: `${big.name} is ${mb(big.size)}; the limit is 8 MB.` };
			return;
		}
		const dump = await Promise.all(
			files.map(async (f) => ({ name: f.name, text: await f.text() }))
		);
		const { scenarioFromDump } = await import('../../../core/scenario/import-dump');
		const names = files.map((f) => f.name).join(', ');
		const built = scenarioFromDump(dump, {
			id: 'imported-cluster',
			title: `Imported from ${names}`,
			context: 'imported'
		});
		if (!built.ok) {
			const p = built.problems[0];
			const more = built.problems.length > 1 ? ` (and ${built.problems.length - 1} more)` : '';
			this.status = {
				kind: 'error',
				text: `Could not import: ${p.file}:${p.line}:${p.column}: ${p.message}${more}`
			};
			return;
		}
		if (!this.#mayReplace(names)) return;
		this.#replace(built.yaml, this.saved);
		const warned = built.warnings.length
			? ` ${plural(built.warnings.length, 'warning')}: ${built.warnings[0]}`
			: '';
		this.status = { kind: 'info', text: `Built a scenario from ${names}.${warned}` };
		await this.check();
	}

	/** Deletes the stored scenario after asking; true when it is gone. */
	async remove(): Promise<boolean> {
		const id = this.storedId;
		if (!id) return false;
		if (!this.#confirm(`Delete ${id}? This cannot be undone.`)) return false;
		const result = await this.#deps.store.remove(id);
		if (!result.ok) {
			this.status = { kind: 'error', text: result.message };
			return false;
		}
		this.storedId = undefined;
		this.saved = this.text;
		this.status = { kind: 'ok', text: `Deleted ${id}.` };
		return true;
	}

	dispose(): void {
		clearTimeout(this.#timer);
	}

	#mayReplace(what: string): boolean {
		return (
			!this.dirty ||
			this.#confirm(
				`Replace the text in the editor with ${what}? Your unsaved changes will be lost.`
			)
		);
	}

	#confirm(question: string): boolean {
		return (this.#deps.confirm ?? ((q: string) => window.confirm(q)))(question);
	}

	#replace(text: string, saved: string): void {
		clearTimeout(this.#timer);
		this.text = text;
		this.saved = saved;
		this.#surface?.setValue(text);
		void this.check();
	}
}

function plural(n: number, word: string): string {
	return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function mb(bytes: number): string {
	return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
