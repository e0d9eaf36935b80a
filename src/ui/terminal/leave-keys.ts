/**
 * A way out of the terminal for keyboard users. Tab inside the shell completes commands, so it
 * cannot also move focus; Escape, then Tab (or Shift+Tab), leaves the terminal instead. Escape
 * alone does nothing in the shell here, so taking it loses the trainee nothing.
 */
export interface KeyLike {
	type: string;
	key: string;
	altKey: boolean;
	ctrlKey: boolean;
	metaKey: boolean;
}

/**
 * For xterm's `attachCustomKeyEventHandler`: false means xterm leaves the key alone (the browser
 * then moves focus on Tab); true lets the terminal have it.
 */
export function leaveKeys(): (event: KeyLike) => boolean {
	let armed = false;
	return (event) => {
		if (event.type !== 'keydown') return true;
		if (event.key === 'Escape' && !event.altKey && !event.ctrlKey && !event.metaKey) {
			armed = true;
			return false;
		}
		if (event.key === 'Shift') return true; // Shift+Tab: Shift comes down first
		const leaving = armed && event.key === 'Tab';
		armed = false;
		return !leaving;
	};
}
