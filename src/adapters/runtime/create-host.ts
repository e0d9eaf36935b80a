/** Builds the session the in-page runtime hosts: the built-in `payments` cluster and its shell. */
import { paymentsWorld } from '../../core/cluster/builtin/payments';
import { VERBS } from '../../core/kubectl/verbs/index';
import { complete } from '../../core/shell/completion';
import { Session } from '../../core/shell/session';
import { SessionHost } from './session-host';

export function createHost(): SessionHost {
	return new SessionHost(new Session(paymentsWorld()), (line, cursor, world) =>
		complete(line, cursor, { world, verbs: VERBS })
	);
}
