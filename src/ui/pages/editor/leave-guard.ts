/**
 * Asks before leaving the editor with unsaved changes: on reload or close (`beforeunload`, the
 * browser's own dialog) and on a hash change (our confirm; when the user stays, the change is
 * undone before the router hears of it — a capturing listener on window runs first).
 */
export const LEAVE_QUESTION = 'You have unsaved changes. Leave without saving?';

export function guardLeaving(
	isDirty: () => boolean,
	confirm: (question: string) => boolean = (q) => window.confirm(q)
): () => void {
	const onbeforeunload = (event: BeforeUnloadEvent) => {
		if (!isDirty()) return;
		event.preventDefault();
		// Older browsers show the dialog only when returnValue is set.
		event.returnValue = '';
	};
	const onhashchange = (event: HashChangeEvent) => {
		if (!isDirty() || confirm(LEAVE_QUESTION)) return;
		event.stopImmediatePropagation();
		history.replaceState(history.state, '', event.oldURL);
	};
	window.addEventListener('beforeunload', onbeforeunload);
	window.addEventListener('hashchange', onhashchange, { capture: true });
	return () => {
		window.removeEventListener('beforeunload', onbeforeunload);
		window.removeEventListener('hashchange', onhashchange, { capture: true });
	};
}
