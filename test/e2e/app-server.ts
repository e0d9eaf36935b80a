/**
 * Builds the app with Vite into a temporary folder and serves it with `vite preview` on a free
 * loopback port. Child processes keep the build apart from vitest's own Vite.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const VITE = join(ROOT, 'node_modules/vite/bin/vite.js');

export interface AppServer {
	url: string;
	close(): Promise<void>;
}

export async function startApp(): Promise<AppServer> {
	const outDir = mkdtempSync(join(tmpdir(), 'preflight-e2e-'));
	await run([VITE, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn']);
	const port = await freePort();
	const args = ['preview', '--outDir', outDir, '--host', '127.0.0.1', '--port', String(port)];
	const child = spawn(process.execPath, [VITE, ...args, '--strictPort'], {
		cwd: ROOT,
		stdio: ['ignore', 'pipe', 'pipe']
	});
	const url = `http://127.0.0.1:${port}/`;
	await waitForHttp(url, child);
	return {
		url,
		async close() {
			child.kill('SIGTERM');
			rmSync(outDir, { recursive: true, force: true });
		}
	};
}

function run(args: string[]): Promise<void> {
	return new Promise((resolvePromise, reject) => {
		const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
		let output = '';
		child.stdout.on('data', (d) => (output += d));
		child.stderr.on('data', (d) => (output += d));
		child.on('exit', (code) =>
			code === 0 ? resolvePromise() : reject(new Error(`vite ${args[1]} failed:\n${output}`))
		);
	});
}

function freePort(): Promise<number> {
	return new Promise((resolvePromise, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			server.close(() => resolvePromise(port));
		});
	});
}

async function waitForHttp(url: string, child: ChildProcess): Promise<void> {
	let exited = false;
	child.once('exit', () => (exited = true));
	for (let attempt = 0; attempt < 100 && !exited; attempt++) {
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	child.kill('SIGTERM');
	throw new Error(`vite preview did not answer at ${url}`);
}
