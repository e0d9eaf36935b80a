/**
 * The real kubectl's verdict on one command line, as stored in
 * test/contract/fixtures/kubectl-verdicts.json, and how it is read from a run of kubectl against
 * a server that refuses connections (see scripts/record-kubectl-fixtures.ts).
 */
export interface Verdict {
	/** The corpus line as written (shell-quoted). */
	line: string;
	/** The words kubectl received, without the leading `kubectl`. */
	argv: string[];
	/** kubectl got as far as a request (connection refused) or exited 0 without a server. */
	accepted: boolean;
	exitCode: number;
	/** First stderr line that is not a klog line; null when stderr had none. */
	firstErrorLine: string | null;
}

export interface VerdictFixture {
	/** `kubectl version --client` gitVersion, e.g. `v1.32.5`. */
	kubectlVersion: string;
	verdicts: Verdict[];
}

/** One finished kubectl process. */
export interface KubectlRun {
	exitCode: number;
	stderr: string;
}

/** klog lines (`E1129 19:57:51.748394    6481 memcache.go:265] …`) are noise, not the error. */
const KLOG = /^[IWEF]\d{4} \d\d:\d\d:\d\d\.\d+\s+\d+ [\w.-]+:\d+\] /;

/** Any sign that kubectl tried the (absent) server: then it had accepted the command line. */
const REFUSED = /connection refused|The connection to the server 127\.0\.0\.1:9 was refused/;

/** The stderr lines a user reads: klog noise and blank lines dropped. */
export function userStderrLines(stderr: string): string[] {
	return stderr.split('\n').filter((l) => l !== '' && !KLOG.test(l));
}

export function verdictOf(line: string, argv: string[], run: KubectlRun): Verdict {
	const lines = userStderrLines(run.stderr);
	return {
		line,
		argv,
		accepted: run.exitCode === 0 || lines.some((l) => REFUSED.test(l)),
		exitCode: run.exitCode,
		firstErrorLine: lines[0] ?? null
	};
}
