import { describe, expect, it } from 'vitest';
import { fixtureWorld, NOW } from '../describe/fixtures';
import { wrap } from '../explain/render';
import { runKubectl } from '../run';

const kubectl = (...args: string[]) => runKubectl(fixtureWorld(), ['explain', ...args], NOW);

describe('kubectl explain', () => {
	it('explains a scalar field', () => {
		expect(kubectl('deployment.spec.replicas').stdout).toBe(
			'GROUP:      apps\nKIND:       Deployment\nVERSION:    v1\n\nFIELD: replicas <integer>\n\n\n' +
				'DESCRIPTION:\n    Number of desired pods. This is a pointer to distinguish between explicit\n' +
				'    zero and not specified. Defaults to 1.\n    \n\n'
		);
	});

	it('explains a kind with its fields, wrapping long words onto their own line', () => {
		const out = kubectl('pods').stdout;
		expect(
			out.startsWith(
				'KIND:       Pod\nVERSION:    v1\n\nDESCRIPTION:\n' +
					'    Pod is a collection of containers that can run on a host. This resource is\n' +
					'    created by clients and scheduled onto hosts.\n    \nFIELDS:\n' +
					'  apiVersion\t<string>\n' +
					'    APIVersion defines the versioned schema of this representation of an object.\n' +
					'    Servers should convert recognized schemas to the latest internal value, and\n' +
					'    may reject unrecognized values. More info:\n' +
					'    https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources\n\n'
			)
		).toBe(true);
		expect(
			out.endsWith(
				'  status\t<PodStatus>\n    Most recently observed status of the pod. This data may not be up to date.\n' +
					'    Populated by the system. Read-only. More info:\n' +
					'    https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status\n\n\n'
			)
		).toBe(true);
	});

	it('explains an object field with the type description and enums', () => {
		expect(kubectl('deploy.spec.strategy').stdout).toBe(
			'GROUP:      apps\nKIND:       Deployment\nVERSION:    v1\n\nFIELD: strategy <DeploymentStrategy>\n\n\n' +
				'DESCRIPTION:\n    The deployment strategy to use to replace existing pods with new ones.\n' +
				'    DeploymentStrategy describes how to replace existing pods with new ones.\n    \nFIELDS:\n' +
				'  rollingUpdate\t<RollingUpdateDeployment>\n' +
				'    Rolling update config params. Present only if DeploymentStrategyType =\n    RollingUpdate.\n\n' +
				'  type\t<string>\n  enum: Recreate, RollingUpdate\n' +
				'    Type of deployment. Can be "Recreate" or "RollingUpdate". Default is\n    RollingUpdate.\n    \n' +
				'    Possible enum values:\n     - `"Recreate"` Kill all existing pods before creating new ones.\n' +
				'     - `"RollingUpdate"` Replace the old ReplicaSets by new one using rolling\n' +
				'    update i.e gradually scale down the old ReplicaSets and scale up the new\n    one.\n\n\n'
		);
	});

	it('prints the field tree with --recursive', () => {
		const out = kubectl('deploy.spec.template.spec.containers.resources', '--recursive').stdout;
		expect(out).toBe(
			'GROUP:      apps\nKIND:       Deployment\nVERSION:    v1\n\nFIELD: resources <ResourceRequirements>\n\n\n' +
				'DESCRIPTION:\n    Compute Resources required by this container. Cannot be updated. More info:\n' +
				'    https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/\n' +
				'    ResourceRequirements describes the compute resource requirements.\n    \nFIELDS:\n' +
				'  claims\t<[]ResourceClaim>\n  limits\t<map[string]Quantity>\n  requests\t<map[string]Quantity>\n\n'
		);
	});

	it("gives kubectl's errors", () => {
		expect(kubectl('pods.spec.nope.deeper')).toMatchObject({
			stderr: 'error: field "deeper" does not exist\n',
			exitCode: 1
		});
		expect(kubectl('foo').stderr).toBe('error: the server doesn\'t have a resource type "foo"\n');
		expect(kubectl()).toMatchObject({
			stderr:
				'error: You must specify the type of resource to explain. Use "kubectl api-resources" for a complete list of supported resources.\n',
			rejected: true
		});
		expect(kubectl('pods', 'extra').stderr).toBe(
			'error: We accept only this format: explain RESOURCE\n'
		);
		expect(kubectl('pods', '--api-version=apps/v1').stderr).toBe(
			'error: GVR (apps/v1, Resource=pods) not found in OpenAPI schema\n'
		);
		expect(kubectl('deploy', '--api-version=apps/v1').exitCode).toBe(0);
	});

	it('knows every kind the brief lists', () => {
		const kinds = [
			'pod',
			'deploy',
			'rs',
			'sts',
			'ds',
			'svc',
			'node',
			'ns',
			'cm',
			'secret',
			'hpa',
			'pdb',
			'job',
			'cronjob',
			'ing',
			'pvc',
			'event'
		];
		expect(kinds.filter((k) => kubectl(`${k}.metadata.name`).exitCode !== 0)).toEqual([]);
	});

	it('wraps like go-wordwrap', () => {
		expect(wrap('aaa bbb ccc', 7)).toBe('aaa bbb\nccc');
		expect(wrap('see: https://example.com/long', 10)).toBe('see:\nhttps://example.com/long');
		expect(wrap('a\n - b c', 5)).toBe('a\n - b\nc');
	});
});
