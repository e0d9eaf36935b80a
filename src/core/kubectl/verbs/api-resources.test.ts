import { describe, expect, it } from 'vitest';
import { fixtureWorld, NOW } from '../describe/fixtures';
import { runKubectl } from '../run';

const kubectl = (...args: string[]) => {
	const r = runKubectl(fixtureWorld(), args, NOW);
	return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode, rejected: r.rejected };
};
const ok = (stdout: string) => ({ stdout, stderr: '', exitCode: 0, rejected: false });

describe('kubectl api-resources', () => {
	it('filters by group and sorts by kind', () => {
		expect(kubectl('api-resources', '--api-group=apps', '--sort-by=kind')).toEqual(
			ok(
				'NAME                  SHORTNAMES   APIVERSION   NAMESPACED   KIND\n' +
					'controllerrevisions                apps/v1      true         ControllerRevision\n' +
					'daemonsets            ds           apps/v1      true         DaemonSet\n' +
					'deployments           deploy       apps/v1      true         Deployment\n' +
					'replicasets           rs           apps/v1      true         ReplicaSet\n' +
					'statefulsets          sts          apps/v1      true         StatefulSet\n'
			)
		);
	});

	it('prints names, wide columns and namespaced filters', () => {
		expect(kubectl('api-resources', '-o', 'name', '--namespaced=false', '--api-group=')).toEqual(
			ok('componentstatuses\nnamespaces\nnodes\npersistentvolumes\n')
		);
		expect(
			kubectl('api-resources', '-o', 'wide', '--api-group=batch', '--no-headers', '--verbs=create')
		).toEqual(
			ok(
				'cronjobs   cj    batch/v1   true   CronJob   create,delete,deletecollection,get,list,patch,update,watch   all\n' +
					'jobs             batch/v1   true   Job       create,delete,deletecollection,get,list,patch,update,watch   all\n'
			)
		);
	});

	it('refuses what kubectl refuses', () => {
		const refused = (stderr: string) => ({ stdout: '', stderr, exitCode: 1, rejected: true });
		expect(kubectl('api-resources', '-o', 'yaml')).toEqual(
			refused('error: --output yaml is not available\n')
		);
		expect(kubectl('api-resources', '--sort-by=foo')).toEqual(
			refused('error: --sort-by accepts only name or kind\n')
		);
		expect(kubectl('api-resources', 'extra')).toEqual(
			refused(
				"error: unexpected arguments: [extra]\nSee 'kubectl api-resources -h' for help and examples\n"
			)
		);
	});
});

describe('kubectl api-versions', () => {
	it('lists each group version once, sorted', () => {
		const out = kubectl('api-versions').stdout.split('\n');
		expect(out.slice(0, 3)).toEqual([
			'admissionregistration.k8s.io/v1',
			'apiextensions.k8s.io/v1',
			'apiregistration.k8s.io/v1'
		]);
		expect(out.at(-2)).toBe('v1');
		expect(new Set(out).size).toBe(out.length);
	});
});
