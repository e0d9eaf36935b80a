/// <reference lib="webworker" />
/**
 * The runtime worker: hosts the session off the page's thread so no command can freeze the page.
 * Once the first reply is out (the page's readiness check), the worker warms its scenario loading
 * while the page reads the store, so the run's own `load` finds the parsers compiled.
 */
import type { Reply } from './protocol';
import { createHost } from './create-host';
import { serve, type ServerEndpoint } from './serve';
import { warmUp } from './warm-up';

const scope = self as unknown as ServerEndpoint;
let warmed = false;

const endpoint: ServerEndpoint = {
	onmessage: null,
	postMessage(reply: Reply) {
		scope.postMessage(reply);
		if (warmed) return;
		warmed = true;
		// A task of its own: a request already waiting is answered first.
		setTimeout(warmUp, 0);
	}
};
scope.onmessage = (event) => endpoint.onmessage?.(event);

serve(endpoint, createHost());
