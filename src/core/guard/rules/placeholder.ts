/**
 * The `placeholder` rule: a command still holds a slot the drafter was meant to fill from the
 * cluster — `<namespace>`, `<pod-name>`, `{{ns}}`, `$NAMESPACE`, `${POD}`, `YOUR_CLUSTER`, `xxx`.
 */
import type { Facts, Finding } from '../lint-types';
import { error, fieldName, quote } from './say';

const PATTERNS: RegExp[] = [
	/<[A-Za-z][\w.-]*(?:\s[\w.-]+)*>/g, // <namespace>, <pod-name>, <n>
	/\{\{\s*[A-Za-z_][\w-]*\s*\}\}/g, // {{ns}} (not go-template's {{.status}})
	/\$\{?[A-Z][A-Z0-9_]*\}?/g, // $NAMESPACE, ${POD_NAME}
	/\b(?:YOUR|MY)[_-][A-Za-z0-9_-]+/gi, // YOUR_CLUSTER, your-namespace
	/\b(?:REPLACE_ME|CHANGE_?ME|TODO|TBD|FIXME)\b/g,
	/(?<![A-Za-z0-9])x{3,}(?![A-Za-z0-9])/gi // payments-primary-xxxxx, xxx
];

/** Every placeholder in a line, in order, without repeats. */
export function placeholdersIn(line: string): string[] {
	const found: { at: number; text: string }[] = [];
	for (const pattern of PATTERNS)
		for (const m of line.matchAll(pattern)) found.push({ at: m.index, text: m[0] });
	found.sort((a, b) => a.at - b.at);
	return [...new Set(found.map((f) => f.text))];
}

/** The line with each placeholder replaced by a plain word, so it still classifies. */
export function withoutPlaceholders(line: string): string {
	return placeholdersIn(line).reduce((out, p) => out.split(p).join('placeholder'), line);
}

export function placeholderRule(facts: Facts): Finding[] {
	const findings: Finding[] = [];
	for (const command of Object.values(facts.commands)) {
		const slots = placeholdersIn(command.line);
		if (slots.length === 0) continue;
		const list = slots.map((s) => `\`${s}\``).join(', ');
		findings.push(
			error(
				'placeholder',
				command.field,
				`${fieldName(command.field)} ${quote(command.line)} still has ${slots.length === 1 ? 'the placeholder' : 'the placeholders'} ${list}: fill ${slots.length === 1 ? 'it' : 'them'} from the cluster`
			)
		);
	}
	return findings;
}
