import { describe, expect, it } from 'vitest';
import { promptAnsi, promptText, toTerminal } from './prompt';

describe('prompt', () => {
	const status = { context: 'prod-us-east-1', namespace: 'payments' };

	it('names the user, context and namespace', () => {
		expect(promptText(status)).toBe('oncall@prod-us-east-1:payments$ ');
	});

	it('colours it like a default bash PS1', () => {
		expect(promptAnsi(status)).toBe(
			'\x1b[1;32moncall@prod-us-east-1\x1b[0m:\x1b[1;34mpayments\x1b[0m$ '
		);
	});

	it('turns newlines into carriage return + line feed once', () => {
		expect(toTerminal('a\nb\r\nc\n')).toBe('a\r\nb\r\nc\r\n');
	});
});
