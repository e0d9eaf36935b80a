/// <reference lib="webworker" />
// Lints the editor's text off the page's thread: linting builds the scenario's world and runs its
// timeline, which must not stall typing.
import { readBesideFile } from './beside-files';
import { checkScenario } from './check-scenario';
import type { CheckReply, CheckRequest } from './check-protocol';

self.onmessage = (event: MessageEvent<CheckRequest>) => {
	const { id, text, file } = event.data;
	let reply: CheckReply;
	try {
		reply = { id, result: checkScenario(text, file, readBesideFile) };
	} catch (error) {
		reply = { id, error: error instanceof Error ? error.message : String(error) };
	}
	self.postMessage(reply);
};
