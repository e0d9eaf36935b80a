/// <reference lib="webworker" />
/** The runtime worker: hosts the session off the page's thread so no command can freeze the page. */
import { createHost } from './create-host';
import { serve, type ServerEndpoint } from './serve';

serve(self as unknown as ServerEndpoint, createHost());
