/**
 * Values as Go's `%#v` prints them, which is how the API server quotes an invalid value in a
 * validation error (`field.Invalid`): maps with sorted keys, typed nil slices.
 */

export interface Selector {
	matchLabels?: Record<string, string>;
	matchExpressions?: { key: string; operator: string; values?: string[] }[];
}

const q = (s: string) => JSON.stringify(s);

/** `map[string]string{"a":"1", "b":"2"}`. */
export function goStringMap(map: Record<string, string> | undefined): string {
	if (!map) return 'map[string]string(nil)';
	const body = Object.keys(map)
		.sort()
		.map((k) => `${q(k)}:${q(String(map[k]))}`)
		.join(', ');
	return `map[string]string{${body}}`;
}

function goRequirement(r: { key: string; operator: string; values?: string[] }): string {
	const values = r.values ? `[]string{${r.values.map(q).join(', ')}}` : '[]string(nil)';
	return `v1.LabelSelectorRequirement{Key:${q(r.key)}, Operator:${q(r.operator)}, Values:${values}}`;
}

/** `v1.LabelSelector{MatchLabels:…, MatchExpressions:…}`, or `null` for no selector. */
export function goLabelSelector(s: Selector | undefined): string {
	if (!s) return 'null';
	const exprs = s.matchExpressions
		? `[]v1.LabelSelectorRequirement{${s.matchExpressions.map(goRequirement).join(', ')}}`
		: '[]v1.LabelSelectorRequirement(nil)';
	return `v1.LabelSelector{MatchLabels:${goStringMap(s.matchLabels)}, MatchExpressions:${exprs}}`;
}
