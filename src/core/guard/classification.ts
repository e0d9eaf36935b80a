/** The shapes `classify(line)` returns (see classify.ts). */
import type { CommandTarget } from './command-target';
import type { CommandClass } from './verb-classes';

export type { CommandClass, CommandTarget };

export interface ClassifiedCommand {
	/** The kubectl argv (without `kubectl`), or the whole word list for a non-kubectl command. */
	argv: string[];
	/** `get`, `rollout undo`, `config use-context`, `auth can-i` ('' when not a known command). */
	verb: string;
	class: CommandClass;
	/** Prints secret values (`get secret -o yaml`, `config view --raw`, `create token`). */
	sensitive: boolean;
	/** Changes the local kubeconfig rather than the cluster (`config use-context`, `config set-*`). */
	localConfig: boolean;
	/** The plain reason for the class (and for `sensitive`, when set). */
	reason: string;
	/** For kubectl commands the parser understood: where the command points. */
	target?: CommandTarget;
}

export interface Classification {
	/** The worst class of any command in the line (destructive > unknown > mutating > read-only). */
	class: CommandClass;
	sensitive: boolean;
	commands: ClassifiedCommand[];
	/** More than one mutating, destructive or unknown command in the line (a chained mutation). */
	chainsMutations: boolean;
	/** The line does not parse as shell (unbalanced quote…): class 'unknown', with the reason. */
	error?: string;
}
