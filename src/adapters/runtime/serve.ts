/** The worker side of the protocol: answers each request from the host, errors as values. */
import type { Reply, Request } from './protocol';
import type { SessionHost } from './session-host';

export interface ServerEndpoint {
	postMessage(message: Reply): void;
	onmessage: ((event: MessageEvent<Request>) => void) | null;
}

export function serve(endpoint: ServerEndpoint, host: SessionHost): void {
	endpoint.onmessage = ({ data }) => {
		try {
			const payload = host.handle(data.type, data.payload);
			endpoint.postMessage({ id: data.id, type: data.type, payload } as Reply);
		} catch (error) {
			const message = error instanceof Error ? error.message : String(error);
			endpoint.postMessage({ id: data.id, type: data.type, error: message });
		}
	};
}
