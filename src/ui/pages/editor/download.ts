/** Saves text as a file through the browser's download. */
export function downloadText(name: string, text: string): void {
	const url = URL.createObjectURL(new Blob([text], { type: 'application/yaml' }));
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	document.body.append(link);
	link.click();
	link.remove();
	// Revoked after the click has handed the blob to the download.
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
