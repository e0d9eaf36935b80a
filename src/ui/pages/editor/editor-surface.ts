/**
 * The text editor the page drives: Monaco in the browser, a plain `<textarea>` in tests and when
 * Monaco cannot load. The page owns the text and problems; a surface only shows them.
 */
import type { ScenarioProblem } from '../../../core/scenario/schema';

export interface EditorSurface {
	getValue(): string;
	/** Replaces the whole text (an import, a load); not reported through `onChange`. */
	setValue(text: string): void;
	/** Called on every edit by the user; returns the function that stops listening. */
	onChange(listener: (text: string) => void): () => void;
	/** Shows the problems at their 1-based line and column. */
	setProblems(problems: readonly ScenarioProblem[]): void;
	/** Scrolls to the place, puts the cursor there and focuses. */
	reveal(line: number, column: number): void;
	dispose(): void;
}

/** Builds a surface inside `host` holding `text`. */
export type SurfaceFactory = (host: HTMLElement, text: string) => Promise<EditorSurface>;
