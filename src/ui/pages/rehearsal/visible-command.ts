/**
 * A command as the card shows it: a control character or line separator (which a terminal takes as
 * Enter) appears as its escape, so a draft cannot hide a second command in plain sight.
 */
const ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

export function visibleCommand(text: string): string {
	return text.replace(
		/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g,
		(c) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
	);
}
