/** The shell prompt, bash-style: `oncall@prod-us-east-1:payments$ `, coloured like a default PS1. */
import type { RuntimeStatus } from '../../adapters/runtime/runtime';

export const USER = 'oncall';

export function promptText(status: Pick<RuntimeStatus, 'context' | 'namespace'>): string {
	return `${USER}@${status.context}:${status.namespace}$ `;
}

export function promptAnsi(status: Pick<RuntimeStatus, 'context' | 'namespace'>): string {
	return `\x1b[1;32m${USER}@${status.context}\x1b[0m:\x1b[1;34m${status.namespace}\x1b[0m$ `;
}

/** Terminal text: programs print `\n`, a raw terminal needs `\r\n`. */
export function toTerminal(text: string): string {
	return text.replace(/\r?\n/g, '\r\n');
}
