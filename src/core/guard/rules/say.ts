/** Small helpers for findings: the command as a message quotes it, and the two severities. */
import type { Finding, RuleId } from '../lint-types';

const LONGEST = 90;

/** `kubectl scale deploy/x …` in backticks, shortened when long. */
export function quote(line: string): string {
	const one = line.replace(/\s+/g, ' ').trim();
	return '`' + (one.length > LONGEST ? one.slice(0, LONGEST - 1).trimEnd() + '…' : one) + '`';
}

export function error(rule: RuleId, field: string, message: string): Finding {
	return { rule, severity: 'error', field, message };
}

export function warning(rule: RuleId, field: string, message: string): Finding {
	return { rule, severity: 'warning', field, message };
}

/** What a command field is called in a sentence. */
export function fieldName(field: string): string {
	const head = field.split('.')[0];
	return head === 'preflight' ? 'pre-flight' : head;
}
