/**
 * The Monaco surface: YAML with the scenario JSON Schema through monaco-yaml (completion, hover),
 * the linter's problems as markers. Imported only by `load-surface.ts` with a dynamic `import()`,
 * so Monaco and its workers load when the editor opens and never weigh on the first page.
 */
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/languages/definitions/yaml/register';
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/suggest/register';
// The suggest feature's register module brings only inline completions; the widget is here.
import 'monaco-editor/editor/contrib/suggest/browser/suggestController';
import 'monaco-editor/editor/contrib/snippet/browser/snippetController2';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/folding/register';
import 'monaco-editor/features/bracketMatching/register';
import 'monaco-editor/features/comment/register';
import 'monaco-editor/features/contextmenu/register';
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/gotoError/register';
import 'monaco-editor/features/wordHighlighter/register';
import 'monaco-editor/features/linesOperations/register';
import 'monaco-editor/features/indentation/register';
import { configureMonacoYaml } from 'monaco-yaml';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import YamlWorker from './yaml.worker?worker';
import schema from '../../../../scenarios/scenario.schema.json';
import type { ScenarioProblem } from '../../../core/scenario/schema';
import type { EditorSurface, SurfaceFactory } from './editor-surface';

const MODEL_URI = 'file:///preflight/scenario.yaml';
const MARKER_OWNER = 'preflight-lint';

let configured = false;

/** Workers and monaco-yaml are set up once per page (monaco-yaml allows one instance). */
function configureOnce(): void {
	if (configured) return;
	configured = true;
	globalThis.MonacoEnvironment = {
		getWorker: (_id: string, label: string) =>
			label === 'yaml' ? new YamlWorker() : new EditorWorker()
	};
	configureMonacoYaml(withYamlWorker(monaco), {
		enableSchemaRequest: false,
		// The linter reports schema problems at the same places, with the cross-references too;
		// one source of problems keeps the markers and the list below in agreement.
		validate: false,
		schemas: [
			{
				uri: 'https://preflight.dev/schema/scenario.json',
				fileMatch: ['**/scenario.yaml'],
				schema: schema as never
			}
		]
	});
}

/**
 * monaco-yaml 5.5 (through monaco-worker-manager 2) still calls `createWebWorker({ label, moduleId,
 * createData })`; Monaco ≥0.55 takes `{ worker }` and expects the caller to start the worker: one
 * message to boot it, then the create data (as Monaco's own JSON support does in
 * `internal/common/workers.js`). Without this the YAML features silently run nowhere.
 */
function withYamlWorker(api: typeof monaco): typeof monaco {
	const createWebWorker = ((opts: { createData?: unknown }) => {
		const worker = new YamlWorker();
		worker.postMessage('ignore');
		worker.postMessage(opts.createData);
		return api.editor.createWebWorker({ worker });
	}) as typeof api.editor.createWebWorker;
	return { ...api, editor: { ...api.editor, createWebWorker } };
}

export const createMonacoSurface: SurfaceFactory = async (host, text) => {
	configureOnce();
	const uri = monaco.Uri.parse(MODEL_URI);
	monaco.editor.getModel(uri)?.dispose();
	const model = monaco.editor.createModel(text, 'yaml', uri);
	const editor = monaco.editor.create(host, {
		model,
		automaticLayout: true,
		minimap: { enabled: false },
		fontSize: 13,
		tabSize: 2,
		insertSpaces: true,
		scrollBeyondLastLine: false,
		renderWhitespace: 'boundary',
		quickSuggestions: { other: true, comments: false, strings: true },
		ariaLabel: 'Scenario YAML'
	});
	let settingValue = false;

	const surface: EditorSurface = {
		getValue: () => model.getValue(),
		setValue(next) {
			settingValue = true;
			try {
				model.setValue(next);
			} finally {
				settingValue = false;
			}
		},
		onChange(listener) {
			const sub = model.onDidChangeContent(() => {
				if (!settingValue) listener(model.getValue());
			});
			return () => sub.dispose();
		},
		setProblems(problems) {
			monaco.editor.setModelMarkers(
				model,
				MARKER_OWNER,
				problems.map((p) => markerOf(model, p))
			);
		},
		reveal(line, column) {
			const position = { lineNumber: line, column };
			editor.revealPositionInCenter(position);
			editor.setPosition(position);
			editor.focus();
		},
		dispose() {
			editor.dispose();
			model.dispose();
		}
	};
	return surface;
};

/** A marker over the word at the problem (or to the end of its line). */
function markerOf(model: monaco.editor.ITextModel, p: ScenarioProblem): monaco.editor.IMarkerData {
	const line = Math.min(Math.max(1, p.line), model.getLineCount());
	const maxColumn = model.getLineMaxColumn(line);
	const column = Math.min(Math.max(1, p.column), maxColumn);
	const word = model.getWordAtPosition({ lineNumber: line, column });
	const endColumn = word && word.endColumn > column ? word.endColumn : maxColumn;
	return {
		severity: p.severity === 'error' ? monaco.MarkerSeverity.Error : monaco.MarkerSeverity.Warning,
		message: p.path ? `${p.path}: ${p.message}` : p.message,
		source: 'preflight lint',
		startLineNumber: line,
		startColumn: column,
		endLineNumber: line,
		endColumn: Math.max(endColumn, column + 1)
	};
}
