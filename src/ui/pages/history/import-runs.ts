/** A file's text read as a runs export and handed to the store: how many came in, or one line why not. */
import type { RunStore } from '../../../adapters/store/run-types';

export type Imported = { ok: true; imported: number } | { ok: false; message: string };

export async function importRunsText(runs: RunStore, text: string): Promise<Imported> {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		return { ok: false, message: 'That file is not JSON: choose a file saved with “Export”.' };
	}
	const result = await runs.importRuns(json);
	if (!result.ok) return { ok: false, message: `Nothing imported: ${result.message}` };
	return result;
}
