import { describe, expect, it } from 'vitest';
import { cordonVerb as cordon } from './cordon';
import { uncordonVerb as uncordon } from './uncordon';
import { makeWorld, read, runVerb } from '../mutate/test-fixture';

const nodeOf = (w: ReturnType<typeof makeWorld>, name: string) => read(w, 'nodes', '', name)!;

describe('kubectl cordon / uncordon', () => {
	it('cordons, says already cordoned, and uncordons', () => {
		const out = runVerb(cordon, ['cordon'], ['node-a'], makeWorld());
		expect(out).toMatchObject({
			stdout: 'node/node-a cordoned\n',
			stderr: '',
			exitCode: 0,
			resources: ['node/node-a']
		});
		expect(nodeOf(out.world!, 'node-a').spec).toEqual({ unschedulable: true });
		const again = runVerb(cordon, ['cordon'], ['node/node-a'], out.world!);
		expect(again.stdout).toBe('node/node-a already cordoned\n');
		const back = runVerb(uncordon, ['uncordon'], ['node-a'], out.world!);
		expect(back.stdout).toBe('node/node-a uncordoned\n');
		expect(nodeOf(back.world!, 'node-a').spec).toEqual({});
	});

	it('cordons by selector, in a dry run without change', () => {
		const out = runVerb(
			cordon,
			['cordon'],
			['-l', 'kubernetes.io/hostname=node-b', '--dry-run=client'],
			makeWorld()
		);
		expect(out).toMatchObject({ stdout: 'node/node-b cordoned (dry run)\n', mutating: false });
		expect(out.world).toBeUndefined();
	});

	it('gives the USAGE error without a node and NotFound for an unknown one', () => {
		expect(runVerb(cordon, ['cordon'], [], makeWorld())).toEqual({
			stdout: '',
			stderr: "error: USAGE: cordon NODE [flags]\nSee 'kubectl cordon -h' for help and examples\n",
			exitCode: 1,
			rejected: true
		});
		expect(runVerb(uncordon, ['uncordon'], ['nope'], makeWorld()).stderr).toBe(
			'Error from server (NotFound): nodes "nope" not found\n'
		);
	});

	it('refuses a node name together with a selector', () => {
		expect(runVerb(cordon, ['cordon'], ['node-a', '-l', 'a=b'], makeWorld()).stderr).toBe(
			"error: cannot specify both a node name and a --selector option\nSee 'kubectl cordon -h' for help and examples\n"
		);
	});
});
