/** cobra's "Did you mean this?" for an unknown command: Levenshtein ≤ 2 or a prefix match. */

export function levenshtein(a: string, b: string): number {
	const s = a.toLowerCase();
	const t = b.toLowerCase();
	let prev = Array.from({ length: t.length + 1 }, (_, i) => i);
	for (let i = 1; i <= s.length; i++) {
		const row = [i];
		for (let j = 1; j <= t.length; j++) {
			const cost = s[i - 1] === t[j - 1] ? 0 : 1;
			row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
		}
		prev = row;
	}
	return prev[t.length];
}

/** kubectl's own command order (its `AddCommand` order), which its suggestions follow. */
const KUBECTL_ORDER = [
	'create',
	'expose',
	'run',
	'set',
	'explain',
	'get',
	'edit',
	'delete',
	'rollout',
	'scale',
	'autoscale',
	'certificate',
	'cluster-info',
	'top',
	'cordon',
	'uncordon',
	'drain',
	'taint',
	'describe',
	'logs',
	'attach',
	'exec',
	'port-forward',
	'proxy',
	'cp',
	'auth',
	'debug',
	'events',
	'diff',
	'apply',
	'patch',
	'replace',
	'wait',
	'kustomize',
	'label',
	'annotate',
	'completion',
	'alpha',
	'api-resources',
	'api-versions',
	'config',
	'plugin',
	'version',
	'options'
];

function rank(name: string): number {
	const i = KUBECTL_ORDER.indexOf(name);
	return i < 0 ? KUBECTL_ORDER.length : i;
}

/** Command names to suggest for `typed`, in kubectl's command order. */
export function suggestionsFor(typed: string, names: readonly string[]): string[] {
	const ordered = [...names].sort((a, b) => rank(a) - rank(b));
	// Long inputs cannot be within distance 2 of a short name; skip the quadratic work.
	return ordered.filter(
		(name) =>
			name.toLowerCase().startsWith(typed.toLowerCase()) ||
			(Math.abs(name.length - typed.length) <= 2 && levenshtein(typed, name) <= 2)
	);
}
