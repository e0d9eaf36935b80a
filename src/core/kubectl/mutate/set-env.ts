/** `kubectl set env`: sets, removes or lists environment variables on pod templates. */
import type { Container, KubeObject } from '../../cluster/types';
import { clientError, failed, rejected } from '../errors';
import type { Env, Invocation, KubectlError, Outcome, VerbSpec } from '../types';
import { successLine } from './dry-run';
import { missingFile } from './files';
import { setEnvHelp } from './help/set-env';
import { podSpecOf, selectContainers } from './pod-template';
import { printObjects } from './print-object';
import { finish, isError, openSession } from './session';
import { parseWriteFlags } from './write-flags';
import { checkTargetArgs, resolveTargets } from './targets';
import { clone, writeIfChanged } from './update';

export const setEnv: VerbSpec = { name: 'env', ...setEnvHelp, run: runSetEnv };

interface EnvChanges {
	set: { name: string; value: string }[];
	remove: string[];
}

const isEnvArg = (a: string) => a.includes('=') || (a.endsWith('-') && !a.includes('/'));

/** Splits `RESOURCE… KEY=VALUE… KEY-…` the way envutil.SplitEnvironmentFromResources does. */
function split(args: string[]): { resources: string[]; changes: EnvChanges } | KubectlError {
	const first = args.findIndex(isEnvArg);
	const resources = first < 0 ? args : args.slice(0, first);
	const envArgs = first < 0 ? [] : args.slice(first);
	if (envArgs.some((a) => !isEnvArg(a)))
		return clientError(
			`all resources must be specified before environment changes: ${args.join(' ')}`
		);
	const changes: EnvChanges = { set: [], remove: [] };
	for (const a of envArgs) {
		if (a.includes('='))
			changes.set.push({ name: a.slice(0, a.indexOf('=')), value: a.slice(a.indexOf('=') + 1) });
		else changes.remove.push(a.slice(0, -1));
	}
	return { resources, changes };
}

function updateEnv(c: Container, ch: EnvChanges): void {
	const env = (c.env ?? []).filter((e) => !ch.remove.includes(e.name));
	for (const s of ch.set) {
		const at = env.findIndex((e) => e.name === s.name);
		if (at >= 0) env[at] = { name: s.name, value: s.value };
		else env.push({ name: s.name, value: s.value });
	}
	if (env.length) c.env = env;
	else delete c.env;
}

function listEnv(obj: KubeObject, containers: Container[]): string {
	let out = '';
	for (const c of containers) {
		out += `# ${obj.kind} ${obj.metadata.name}, container ${c.name}\n`;
		for (const e of c.env ?? [])
			out += e.valueFrom
				? `# ${e.name} from ${refString(e.valueFrom)}\n`
				: `${e.name}=${e.value ?? ''}\n`;
	}
	return out;
}

/* eslint-disable-next-line @typescript-eslint/no-explicit-any -- valueFrom is open-shaped */
function refString(from: any): string {
	if (from.configMapKeyRef)
		return `configmap ${from.configMapKeyRef.name}, key ${from.configMapKeyRef.key}`;
	if (from.secretKeyRef) return `secret ${from.secretKeyRef.name}, key ${from.secretKeyRef.key}`;
	if (from.fieldRef) return `field path ${from.fieldRef.fieldPath}`;
	return 'unknown source';
}

/** The env changes from the arguments and `-e`, or kubectl's refusal of the command line. */
function readArgs(inv: Invocation): { resources: string[]; changes: EnvChanges } | Outcome {
	const all = inv.flags.get('all') === true;
	if (all && inv.flags.get('selector'))
		return rejected(clientError('cannot set --all and --selector at the same time'));
	const parts = split(inv.args);
	if (isError(parts)) return rejected(parts);
	for (const e of (inv.flags.get('env') as string[] | undefined) ?? []) {
		const more = split([e]);
		if (isError(more)) continue;
		parts.changes.set.push(...more.changes.set);
		parts.changes.remove.push(...more.changes.remove);
	}
	if (parts.resources.length === 0)
		return rejected(
			clientError(
				'one or more resources must be specified as <resource> <name> or <resource>/<name>'
			)
		);
	if (inv.flags.get('list') === true && inv.flags.get('output'))
		return rejected(clientError('--list and --output may not be specified together'));
	return parts;
}

/** Applies the changes to each container; the `--overwrite=false` refusal if one clashes. */
function applyEnv(containers: Container[], ch: EnvChanges, overwrite: boolean): string | undefined {
	for (const c of containers) {
		const clash = overwrite
			? undefined
			: ch.set.find((s) => c.env?.some((e) => e.name === s.name && e.value !== s.value));
		if (clash) {
			const cur = c.env!.find((e) => e.name === clash.name)!;
			return `'${cur.name}' already has a value (${cur.value}), and --overwrite is false`;
		}
		updateEnv(c, ch);
	}
	return undefined;
}

function runSetEnv(inv: Invocation, env: Env): Outcome {
	const parts = missingFile(inv) ?? readArgs(inv);
	if ('exitCode' in parts) return parts;
	const query = {
		args: parts.resources,
		all: inv.flags.get('all') === true,
		selector: String(inv.flags.get('selector') ?? '')
	};
	const shape = checkTargetArgs(query);
	if (shape) return rejected(shape);
	const modes = parseWriteFlags(inv);
	if (isError(modes)) return rejected(modes);
	const { dryRun, output } = modes;
	const s = openSession(env);
	if (isError(s)) return failed(s);
	const found = resolveTargets(s, query);
	if (isError(found)) return failed(found);
	const pattern = String(inv.flags.get('containers') ?? '*');
	const list = inv.flags.get('list') === true;
	let stdout = '';
	let stderr = '';
	let changed = false;
	const written: KubeObject[] = [];
	const refs: string[] = [];
	for (const t of found.targets) {
		const next = clone(t.obj);
		const spec = podSpecOf(next);
		const containers = spec ? selectContainers(spec, pattern) : [];
		if (containers.length === 0) {
			stderr += `Warning: ${t.obj.kind}/${t.obj.metadata.name} does not have any containers matching "${pattern}"\n`;
			continue;
		}
		const clash = applyEnv(containers, parts.changes, inv.flags.get('overwrite') !== false);
		if (clash) return { ...failed(clientError(clash)), stdout };
		if (list) stdout += listEnv(t.obj, containers);
		if (list || !writeIfChanged(s.tx, t.obj, next)) continue;
		changed = true;
		written.push(next);
		refs.push(t.ref);
		stdout += successLine(t.ref, 'env updated', dryRun);
	}
	if (output) stdout = printObjects(output, written, refs);
	stderr += found.missing.join('');
	const resources = found.targets.map((t) => t.ref);
	const exitCode = found.missing.length ? 1 : 0;
	return finish(s, {
		stdout,
		stderr,
		exitCode,
		resources,
		changed,
		dryRun: list ? 'client' : dryRun
	});
}
