/**
 * The page's default surface: Monaco, loaded on demand; the `<textarea>` when Monaco fails to load
 * (an old browser, a chunk that did not arrive) so the user can still edit.
 */
import type { EditorSurface } from './editor-surface';
import { textareaSurface } from './textarea-surface';

export async function loadSurface(
	host: HTMLElement,
	text: string
): Promise<{ surface: EditorSurface; failure?: string }> {
	try {
		const { createMonacoSurface } = await import('./monaco-surface');
		return { surface: await createMonacoSurface(host, text) };
	} catch (error) {
		host.replaceChildren();
		const reason = error instanceof Error ? error.message : String(error);
		return {
			surface: await textareaSurface(host, text),
			failure: `The code editor could not load (${reason}), so this is plain text: no completion, problems are listed below.`
		};
	}
}
