/** Saves a value as a JSON file through the browser's download. */
export function downloadJson(name: string, value: unknown): void {
	const blob = new Blob([`${JSON.stringify(value, null, '\t')}\n`], { type: 'application/json' });
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	document.body.append(link);
	link.click();
	link.remove();
	// Revoked after the click has handed the blob to the download.
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
