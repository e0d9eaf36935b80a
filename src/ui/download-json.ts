/** Saves text as a file through the browser's download (a scenario's YAML, a run export). */
export function downloadText(name: string, text: string, type = 'text/plain'): void {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	document.body.append(link);
	link.click();
	link.remove();
	// Revoked after the click has handed the blob to the download.
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Saves a value as a tab-indented JSON file through the browser's download. */
export function downloadJson(name: string, value: unknown): void {
	downloadText(name, `${JSON.stringify(value, null, '\t')}\n`, 'application/json');
}

/** `preflight-run-payments-pool-drain-2026-03-04.json` */
export function exportFileName(what: string, wall: number): string {
	return `preflight-${what}-${new Date(wall).toISOString().slice(0, 10)}.json`;
}
