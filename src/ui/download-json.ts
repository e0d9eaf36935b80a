/** Saves a value as a JSON file through the browser's download. */
export function downloadJson(name: string, value: unknown): void {
	const text = `${JSON.stringify(value, null, '\t')}\n`;
	const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	document.body.append(link);
	link.click();
	link.remove();
	// Revoked after the click has handed the blob to the download.
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** `preflight-run-payments-pool-drain-2026-03-04.json` */
export function exportFileName(what: string, wall: number): string {
	return `preflight-${what}-${new Date(wall).toISOString().slice(0, 10)}.json`;
}
