/** Builds the session the in-page runtime hosts: the built-in `payments` cluster and its shell. */
import { BUILTIN_CLUSTERS } from '../../core/cluster/builtin/index';
import { VERBS } from '../../core/kubectl/verbs/index';
import { complete } from '../../core/shell/completion';
import { Session } from '../../core/shell/session';
import { SessionHost } from './session-host';

export function createHost(): SessionHost {
	return new SessionHost(new Session(BUILTIN_CLUSTERS.payments()), (line, cursor, world) =>
		complete(line, cursor, { world, verbs: VERBS })
	);
}
