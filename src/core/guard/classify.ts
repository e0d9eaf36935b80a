/**
 * `classify(line)`: what a command line would do to the cluster — read-only, mutating,
 * destructive or unknown — seen through chains, pipes into `xargs kubectl`, `$(…)`, `bash -c`,
 * `watch` and `sudo`, with whether it prints secret values and whether it changes the local
 * kubeconfig. Pure and total: any string returns a value.
 */
import type { Classification, CommandClass } from './classification';
import { classifyLine } from './classify-words';
import { worse } from './verb-classes';

export type {
	Classification,
	ClassifiedCommand,
	CommandClass,
	CommandTarget
} from './classification';

export function classify(line: string): Classification {
	const { commands, error } = classifyLine(line, 0);
	if (error !== undefined)
		return {
			class: 'unknown',
			sensitive: false,
			commands: [],
			chainsMutations: false,
			error: `the line does not parse as shell: ${error}`
		};
	return {
		class: commands.reduce<CommandClass>((worst, c) => worse(worst, c.class), 'read-only'),
		sensitive: commands.some((c) => c.sensitive),
		commands,
		chainsMutations: commands.filter((c) => c.class !== 'read-only').length > 1
	};
}
