/**
 * Commands other than kubectl: the text tools a runbook pipes kubectl into only read; anything
 * else (rm, curl, helm upgrade, a script) is unknown, which callers treat as mutating. A few read
 * tools can write or run commands with the right option (`sed -i`, awk's `system()`), and then
 * they are unknown too.
 */
import type { CommandClass } from './verb-classes';

export interface OtherClass {
	class: CommandClass;
	reason: string;
	localConfig?: boolean;
}

const TEXT_TOOLS = new Set([
	'grep',
	'egrep',
	'fgrep',
	'rg',
	'head',
	'tail',
	'wc',
	'sort',
	'uniq',
	'jq',
	'yq',
	'awk',
	'gawk',
	'cut',
	'echo',
	'printf',
	'cat',
	'less',
	'more',
	'column',
	'tr',
	'sed',
	'tee',
	'nl',
	'rev',
	'tac',
	'comm',
	'fold',
	'fmt',
	'paste',
	'base64',
	'xxd',
	'od',
	'seq',
	'diff',
	'cmp',
	'md5sum',
	'sha256sum'
]);

const SHELL_READS = new Set([
	'true',
	'false',
	':',
	'test',
	'[',
	'[[',
	'sleep',
	'date',
	'pwd',
	'whoami',
	'hostname',
	'which',
	'type',
	'ls',
	'basename',
	'dirname',
	'cd',
	'read',
	'wait',
	'id',
	'uname'
]);

/** helm subcommands that only read releases or charts. */
const HELM_READS = new Set([
	'list',
	'ls',
	'status',
	'history',
	'get',
	'show',
	'template',
	'version',
	'search',
	'env',
	'lint',
	'help'
]);

function unknown(what: string): OtherClass {
	return { class: 'unknown', reason: `${what}: unknown, treated as mutating` };
}

/** The scripts given to sed: `-e X`, `-eX`, `--expression=X`, else the first operand. */
function sedScripts(args: readonly string[]): string[] {
	const scripts: string[] = [];
	let operand: string | undefined;
	for (let i = 0; i < args.length; i++) {
		const a = args[i];
		if (a === '-e' || a === '--expression') scripts.push(args[++i] ?? '');
		else if (a.startsWith('--expression=')) scripts.push(a.slice('--expression='.length));
		else if (/^-[a-zA-Z]*e./.test(a)) scripts.push(a.slice(a.indexOf('e') + 1));
		else if (!a.startsWith('-') && operand === undefined) operand = a;
	}
	return scripts.length > 0 ? scripts : operand === undefined ? [] : [operand];
}

/** GNU sed runs commands with the `e` command and the `s///e` flag. */
function sedRuns(script: string): boolean {
	const SUBST = /s([^\s\\])((?:\\.|(?!\1).)*)\1((?:\\.|(?!\1).)*)\1([a-zA-Z0-9]*)/gs;
	let runs = false;
	const rest = script.replace(SUBST, (...m: string[]) => {
		if (m[4].includes('e')) runs = true;
		return ';';
	});
	// What is left after the substitutions and regex addresses: an `e` command anywhere.
	const commands = rest.replace(/\/(?:\\.|[^/])*\//g, ' ');
	return runs || /(?:^|[\s;{}!,$\d])e(?:[\s;}]|$)/.test(commands);
}

/** Read tools that an option turns into writers or command runners. */
function toolHazard(name: string, args: readonly string[]): string | undefined {
	if (name === 'sed' && args.some((a) => /^-[a-zA-Z]*i|^--in-place/.test(a)))
		return 'sed -i edits files';
	if (name === 'sed' && args.some((a) => /^-[a-zA-Z]*f|^--file/.test(a)))
		return 'sed -f runs a script file the guard cannot read';
	if (name === 'sed' && sedScripts(args).some(sedRuns))
		return 'the sed script runs commands (GNU sed `e`)';
	if (
		(name === 'awk' || name === 'gawk') &&
		args.some((a) => /^-[a-zA-Z]*[fE]|^--(file|exec)/.test(a))
	)
		return `${name} -f runs a program file the guard cannot read`;
	if (name === 'sort' && args.some((a) => /^--compress/.test(a)))
		return 'sort --compress-program runs a program';
	if (name === 'rg' && args.some((a) => a === '--pre' || a.startsWith('--pre=')))
		return 'rg --pre runs a program on every file';
	if (name === 'yq' && args.some((a) => /^-[a-zA-Z]*i$|^--inplace/.test(a)))
		return 'yq -i edits files';
	if (
		(name === 'awk' || name === 'gawk') &&
		args.some((a) => /system\s*\(|\|\s*"|\|&|getline/.test(a))
	)
		return 'the awk program runs commands';
	return undefined;
}

function helm(args: readonly string[]): OtherClass {
	const sub = args.find((a) => !a.startsWith('-')) ?? '';
	if (HELM_READS.has(sub)) return { class: 'read-only', reason: `helm ${sub} only reads` };
	return unknown(`helm ${sub} changes releases the guard cannot see`);
}

/** `export KUBECONFIG=…` points later commands at another cluster. */
function shellVariable(name: string, args: readonly string[]): OtherClass {
	if (args.some((a) => /^KUBECONFIG=/.test(a)) && name === 'export')
		return {
			class: 'mutating',
			reason: 'changes which kubeconfig later commands use',
			localConfig: true
		};
	return { class: 'read-only', reason: `${name} only sets shell variables` };
}

export function classifyOther(words: readonly string[]): OtherClass {
	const name = words[0].split('/').pop()!;
	const args = words.slice(1);
	if (name.startsWith('kubectl-')) return unknown(`${name} is a kubectl plugin`);
	if (name === 'helm') return helm(args);
	if (name === 'export' || name === 'unset' || name === 'set') return shellVariable(name, args);
	if (SHELL_READS.has(name)) return { class: 'read-only', reason: `${name} changes nothing` };
	if (TEXT_TOOLS.has(name)) {
		const hazard = toolHazard(name, args);
		if (hazard) return unknown(hazard);
		const how = name === 'tee' ? 'only writes local files' : 'only reads its input';
		return { class: 'read-only', reason: `${name} ${how}` };
	}
	return unknown(`${name} is not a command the guard knows`);
}
