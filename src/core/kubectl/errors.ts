/** kubectl's own wording for the failures a user meets. Each returns a `KubectlError` value. */
import type { ApiResource } from '../cluster/resources';
import type { KubectlError, Outcome } from './types';

/** `deployments.apps`, `pods` — how server errors name a resource. */
export function qualifiedName(r: Pick<ApiResource, 'name' | 'group'>): string {
	return r.group ? `${r.name}.${r.group}` : r.name;
}

/** `deployment.apps/x`, `pod/x` — how kubectl names one object in success lines. */
export function objectRef(r: Pick<ApiResource, 'singularName' | 'group'>, name: string): string {
	return `${r.group ? `${r.singularName}.${r.group}` : r.singularName}/${name}`;
}

/** A client-side usage error: `error: …` then the help pointer, exit 1. */
export function usageError(message: string, commandPath: readonly string[]): KubectlError {
	return {
		message: `error: ${message}\nSee 'kubectl ${commandPath.join(' ')} --help' for usage.\n`,
		exitCode: 1
	};
}

/** A plain client-side error: `error: …`, exit 1. */
export function clientError(message: string): KubectlError {
	return { message: `error: ${message}\n`, exitCode: 1 };
}

/** `Error from server (NotFound): deployments.apps "x" not found` */
export function notFound(r: Pick<ApiResource, 'name' | 'group'>, name: string): KubectlError {
	return {
		message: `Error from server (NotFound): ${qualifiedName(r)} "${name}" not found\n`,
		exitCode: 1
	};
}

/** `Error from server (NotFound): namespaces "x" not found` */
export function namespaceNotFound(namespace: string): KubectlError {
	return notFound({ name: 'namespaces', group: '' }, namespace);
}

/** `Error from server (AlreadyExists): deployments.apps "x" already exists` */
export function alreadyExists(r: Pick<ApiResource, 'name' | 'group'>, name: string): KubectlError {
	return {
		message: `Error from server (AlreadyExists): ${qualifiedName(r)} "${name}" already exists\n`,
		exitCode: 1
	};
}

/** `error: the server doesn't have a resource type "foo"` */
export function unknownResourceType(typed: string): KubectlError {
	return clientError(`the server doesn't have a resource type "${typed}"`);
}

/** What kubectl says when `--context` names a context the kubeconfig lacks. */
export function unknownContext(name: string): KubectlError {
	return clientError(`context "${name}" does not exist`);
}

/** An outcome that only reports an error. */
export function failed(error: KubectlError): Outcome {
	return { stdout: '', stderr: error.message, exitCode: error.exitCode };
}

/** An outcome for a command line kubectl would refuse before any request. */
export function rejected(error: KubectlError): Outcome {
	return { ...failed(error), rejected: true };
}
