/** What a CLI command may touch: output streams and files. Tests pass their own. */
import { readFile } from 'node:fs/promises';

export interface CliIO {
	stdout(text: string): void;
	stderr(text: string): void;
	readFile(path: string): Promise<string>;
	readStdin(): Promise<string>;
}

async function readAllStdin(): Promise<string> {
	const chunks: Buffer[] = [];
	for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks).toString('utf8');
}

/** Real files and stdin behind whichever output functions the caller gave. */
export function nodeIO(out: Pick<CliIO, 'stdout' | 'stderr'>): CliIO {
	return { ...out, readFile: (path) => readFile(path, 'utf8'), readStdin: readAllStdin };
}
