/**
 * The shared tail of the `kubectl create <kind>` subcommands: name checks, AlreadyExists, dry
 * runs that print what would be sent, and storing the object as the API server would.
 */
import { namespaceTerminating } from '../../cluster/controllers/namespace';
import { resourceForKind } from '../../cluster/resources';
import {
	alreadyExists,
	clientError,
	failed,
	namespaceNotFound,
	objectRef,
	qualifiedName,
	rejected
} from '../errors';
import type { KubeObject } from '../../cluster/types';
import type { Env, Invocation, KubectlError, Outcome } from '../types';
import { successLine } from './dry-run';
import { serverSide } from './create-objects';
import { printObjects } from './print-object';
import { finish, isError, openSession } from './session';
import { parseWriteFlags } from './write-flags';
import { keyOf } from './targets';

const SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const SUBDOMAIN_RULE =
	"a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
const LABEL_RULE =
	"a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";

/** `error: exactly one NAME is required, got 0` with the `-h` hint. */
export function exactlyOneName(inv: Invocation): Outcome | undefined {
	if (inv.args.length === 1) return undefined;
	return rejected({
		message: `error: exactly one NAME is required, got ${inv.args.length}\nSee 'kubectl ${inv.path.join(' ')} -h' for help and examples\n`,
		exitCode: 1
	});
}

/** How each kind's create reports a server error (kubectl wraps some, not others). */
function wrap(kind: string, message: string): KubectlError {
	if (kind === 'Namespace') return { message, exitCode: 1 };
	const plain = message.replace(/^Error from server \([A-Za-z]+\): /, '').trimEnd();
	const prefix =
		kind === 'Secret' ? 'failed to create secret ' : `failed to create ${kind.toLowerCase()}: `;
	return clientError(prefix + plain);
}

function invalidName(obj: KubeObject): string | undefined {
	const name = obj.metadata.name;
	const rule = obj.kind === 'Namespace' ? LABEL : SUBDOMAIN;
	if (rule.test(name) && name.length <= 253) return undefined;
	const kind = obj.apiVersion.includes('/')
		? `${obj.kind}.${obj.apiVersion.split('/')[0]}`
		: obj.kind;
	return `The ${kind} "${name}" is invalid: metadata.name: Invalid value: "${name}": ${obj.kind === 'Namespace' ? LABEL_RULE : SUBDOMAIN_RULE}\n`;
}

/** Sends `obj` (already built by the subcommand) the way `kubectl create` does. */
export function createObject(
	inv: Invocation,
	env: Env,
	obj: KubeObject,
	extraCheck?: () => string | undefined
): Outcome {
	const modes = parseWriteFlags(inv);
	if (isError(modes)) return rejected(modes);
	const { dryRun, output } = modes;
	const r = resourceForKind(obj.kind)!;
	const ref = objectRef(r, obj.metadata.name);
	if (dryRun === 'client') {
		const stdout = output
			? printObjects(output, [obj], [ref], false)
			: successLine(ref, 'created', dryRun);
		return { stdout, stderr: '', exitCode: 0, resources: [ref], mutating: false };
	}
	const s = openSession(env);
	if (isError(s)) return failed(s);
	const ns = r.namespaced ? env.namespace : '';
	const bad = invalidName(obj) ?? extraCheck?.();
	if (bad) return failed(wrap(obj.kind, bad));
	if (r.namespaced && !s.tx.get('namespaces', '', ns))
		return failed(wrap(obj.kind, namespaceNotFound(ns).message));
	if (r.namespaced && namespaceTerminating(s.tx, ns))
		return failed(
			wrap(
				obj.kind,
				`Error from server (Forbidden): ${qualifiedName(r)} "${obj.metadata.name}" is forbidden: unable to create new content in namespace ${ns} because it is being terminated\n`
			)
		);
	if (s.tx.get(keyOf(r), ns, obj.metadata.name))
		return failed(wrap(obj.kind, alreadyExists(r, obj.metadata.name).message));
	const stored = s.tx.put(serverSide(s.tx, obj, ns, env.now));
	const stdout = output
		? printObjects(output, [stored], [ref], false)
		: successLine(ref, 'created', dryRun);
	return finish(s, { stdout, resources: [ref], changed: true, dryRun });
}
