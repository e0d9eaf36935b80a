import { describe, expect, it } from 'vitest';
import { fixtureWorld, NOW } from '../describe/fixtures';
import { runKubectl } from '../run';

const kubectl = (...args: string[]) => {
	const r = runKubectl(fixtureWorld(), ['top', ...args], NOW);
	return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode, rejected: r.rejected };
};
const ok = (stdout: string) => ({ stdout, stderr: '', exitCode: 0, rejected: false });

describe('kubectl top', () => {
	it('prints pod usage in the namespace, sorted and per container', () => {
		expect(kubectl('pod', '--sort-by=memory')).toEqual(
			ok(
				'NAME                               CPU(cores)   MEMORY(bytes)\n' +
					'payments-primary-7d4b9c8f6-abcde   134m         127Mi\n' +
					'payments-primary-7d4b9c8f6-fghij   0m           0Mi\n'
			)
		);
		expect(kubectl('pods', 'payments-primary-7d4b9c8f6-abcde', '--containers')).toEqual(
			ok(
				'POD                                NAME       CPU(cores)   MEMORY(bytes)\n' +
					'payments-primary-7d4b9c8f6-abcde   payments   134m         127Mi\n'
			)
		);
		expect(kubectl('po', '-A', '-l', 'app=payments', '--no-headers')).toEqual(
			ok(
				'payments   payments-primary-7d4b9c8f6-abcde   134m   127Mi\n' +
					'payments   payments-primary-7d4b9c8f6-fghij   0m     0Mi\n'
			)
		);
	});

	it('prints node usage against allocatable or capacity', () => {
		expect(kubectl('node')).toEqual(
			ok(
				'NAME     CPU(cores)   CPU(%)   MEMORY(bytes)   MEMORY(%)\n' +
					'node-a   293m         7%       2040Mi          13%\n'
			)
		);
		expect(kubectl('no', 'node-a', '--show-capacity', '--no-headers')).toEqual(
			ok('node-a   293m   7%    2040Mi   12%\n')
		);
	});

	it('reports what is not there', () => {
		expect(kubectl('pod', 'nope')).toEqual({
			stdout: '',
			stderr: 'Error from server (NotFound): pods "nope" not found\n',
			exitCode: 1,
			rejected: false
		});
		expect(kubectl('pod', '-n', 'empty')).toEqual({
			stdout: '',
			stderr: 'No resources found in empty namespace.\n',
			exitCode: 0,
			rejected: false
		});
	});

	it('refuses bad flags before any request, as kubectl does', () => {
		const refused = (stderr: string) => ({ stdout: '', stderr, exitCode: 1, rejected: true });
		expect(kubectl('pod', '--sort-by=foo')).toEqual(
			refused('error: --sort-by accepts only cpu or memory\n')
		);
		expect(kubectl('pod', '-l', 'a=b', 'x')).toEqual(
			refused('error: only one of NAME or selector can be provided\n')
		);
		expect(kubectl('node', '-l', 'a in (b')).toEqual(
			refused("error: unable to parse requirement: found '', expected: ',' or ')'\n")
		);
	});
});
