/**
 * The voices of the workloads in `kubectl logs`: each image family writes in its real format
 * (JSON access logs for the apps, nginx's combined log for the ingress controller, CoreDNS query
 * logs, klog for Kubernetes components, logfmt for Prometheus). Every line is a pure function of
 * the container's identity, its index and its virtual time, so a later call repeats earlier lines.
 */
import { Random } from '../clock/random';
import { MONTH_ABBREVIATIONS } from '../clock/month-names';

export type Profile =
	| 'app'
	| 'ingress-nginx'
	| 'nginx'
	| 'postgres'
	| 'aws-node'
	| 'coredns'
	| 'klog'
	| 'logfmt'
	| 'job';

export interface LineInput {
	/** Seed for this line (container identity mixed with the line index). */
	seed: number;
	/** Virtual ms the line was written. */
	at: number;
	/** App name (`payments`), for paths and messages. */
	app: string;
	podIP: string;
	/** Image tag (`v2.4.0`). */
	version: string;
}

/** Which voice a container speaks with, from its image (and pod restart policy for batch). */
export function profileOf(
	image: string,
	restartPolicy: string | undefined,
	ports: readonly number[] = []
): Profile {
	if (/ingress-nginx/.test(image)) return 'ingress-nginx';
	if (/(^|\/)nginx(:|@|$)/.test(image)) return 'nginx';
	if (/postgres|ledger|pgbouncer/.test(image) || ports.includes(5432)) return 'postgres';
	if (/amazon-k8s-cni|aws-network-policy-agent|aws-node/.test(image)) return 'aws-node';
	if (/coredns/.test(image)) return 'coredns';
	if (/kube-proxy|metrics-server|aws-node|cluster-autoscaler|kube-state-metrics/.test(image))
		return 'klog';
	if (/prometheus|node-exporter|alertmanager|grafana/.test(image)) return 'logfmt';
	if (restartPolicy === 'Never' || restartPolicy === 'OnFailure') return 'job';
	return 'app';
}

/** Seconds between lines of a steady workload, roughly. */
export const INTERVAL_MS: Record<Profile, number> = {
	app: 4_000,
	'ingress-nginx': 3_000,
	nginx: 5_000,
	postgres: 300_000,
	'aws-node': 3_600_000,
	coredns: 20_000,
	klog: 300_000,
	logfmt: 120_000,
	job: 2_000
};

/** Lines a container writes as it starts, `at` being its start time. */
export function startupLines(profile: Profile, input: LineInput): [number, string][] {
	const { at, app } = input;
	const t = (ms: number) => at + ms;
	switch (profile) {
		case 'app':
			return [
				[
					t(210),
					json(t(210), 'info', 'starting service', { service: app, version: input.version })
				],
				[t(380), json(t(380), 'info', 'connected to database', { pool_size: 20 })],
				[t(455), json(t(455), 'info', 'http server listening', { addr: ':8080' })]
			];
		case 'nginx':
			return nginxStartup(at, input.version);
		case 'postgres':
			return postgresStartup(at);
		case 'aws-node':
			return awsNodeStartup(at);
		case 'ingress-nginx':
			return [
				[t(40), '-------------------------------------------------------------------------------'],
				[t(41), 'NGINX Ingress controller'],
				[t(42), '  Release:       v1.12.1'],
				[t(43), '-------------------------------------------------------------------------------'],
				[t(900), klog(t(900), 'I', 'nginx.go:273', 'Starting NGINX Ingress controller')]
			];
		case 'coredns':
			return [
				[t(120), '.:53'],
				[
					t(121),
					'[INFO] plugin/reload: Running configuration SHA512 = 591cf328cccc12bc490481273e738df59329c62c0b729d94e8b61db9961c2fa5f046dd37f1cf888b953814040d180f52594972691cd6ff41be96639138a43908'
				],
				[t(122), 'CoreDNS-1.11.4'],
				[t(123), 'linux/amd64, go1.23.3, 6e11ebd']
			];
		case 'klog':
			return [[t(150), klog(t(150), 'I', 'server.go:180', `Starting ${app}`)]];
		case 'logfmt':
			return [[t(100), logfmt(t(100), 'info', 'main.go:640', `Starting ${app}`)]];
		case 'job':
			return [[t(300), json(t(300), 'info', 'job started', { job: app })]];
	}
}

/** One steady-state line. */
export function steadyLine(profile: Profile, input: LineInput): string {
	const r = new Random(input.seed);
	const { at, app } = input;
	switch (profile) {
		case 'app':
			return accessLine(r, at, app);
		case 'nginx': {
			const client = `10.0.${1 + r.int(3)}.${2 + r.int(250)}`;
			const probe = r.next() < 0.7;
			const path = probe ? '/' : pick(r, ['/', '/index.html', '/favicon.ico', '/static/app.js']);
			const code = path === '/favicon.ico' ? 404 : 200;
			const agent = probe ? 'kube-probe/1.32' : 'Mozilla/5.0 (X11; Linux x86_64)';
			return `${client} - - [${nginxTime(at)}] "GET ${path} HTTP/1.1" ${code} ${code === 404 ? 153 : 615} "-" "${agent}" "-"`;
		}
		case 'postgres':
			return postgresLine(r, at);
		case 'aws-node':
			return zap(
				at,
				'info',
				'ipamd/ipamd.go:1391',
				'Reconciling ENI/IP pool info because time since last 1h0m0s > 1m0s'
			);
		case 'ingress-nginx': {
			const code = pick(r, [200, 200, 200, 200, 201, 204, 304, 404]);
			const path = pick(r, pathsOf(app));
			const client = `10.0.${1 + r.int(3)}.${2 + r.int(250)}`;
			const ms = (0.002 + r.next() * 0.08).toFixed(3);
			const when = nginxTime(at);
			return `${client} - - [${when}] "GET ${path} HTTP/1.1" ${code} ${200 + r.int(4000)} "-" "Go-http-client/1.1" ${180 + r.int(300)} ${ms} [${app}-${app}-80] [] 10.0.${1 + r.int(3)}.${2 + r.int(250)}:8080 ${100 + r.int(3000)} ${ms} ${code} ${hex(r, 32)}`;
		}
		case 'coredns': {
			const port = 30000 + r.int(30000);
			const name = pick(r, [
				`${app}.${app}.svc.cluster.local.`,
				'kubernetes.default.svc.cluster.local.',
				'sts.us-east-1.amazonaws.com.'
			]);
			return `[INFO] ${input.podIP}:${port} - ${r.int(65536)} "A IN ${name} udp 52 false 512" NOERROR qr,aa,rd 106 0.000${100 + r.int(800)}s`;
		}
		case 'klog':
			return klog(
				at,
				'I',
				'reflector.go:376',
				'Caches populated for *v1.Pod from pkg/mod/k8s.io/client-go@v0.32.3/tools/cache/reflector.go:251'
			);
		case 'logfmt':
			return logfmt(
				at,
				'info',
				'head.go:1352',
				'Head GC completed',
				`duration=${(1 + r.next() * 40).toFixed(3)}ms`
			);
		case 'job':
			return json(at, 'info', 'batch processed', { batch: r.int(500), records: 200, failed: 0 });
	}
}

/** The last words of a process that died: what the scenario said, or a plausible panic. */
export function crashLines(
	profile: Profile,
	at: number,
	reason: string,
	message: string
): string[] {
	if (reason === 'OOMKilled') return []; // the kernel kills without a goodbye
	const text =
		message || 'failed to load configuration: open /etc/app/config.yaml: no such file or directory';
	if (profile === 'nginx')
		return [`${nginxErrorTime(at)} [emerg] 1#1: ${text}`, `nginx: [emerg] ${text}`];
	if (profile === 'postgres') return [`${pgTime(at)} [1] FATAL:  ${text}`];
	if (profile === 'aws-node') return [zap(at, 'error', 'entrypoint.sh', text)];
	if (profile === 'app' || profile === 'job')
		return [json(at, 'fatal', 'unrecoverable error, shutting down', { error: text })];
	return [klog(at, 'E', 'main.go:88', text), klog(at, 'F', 'main.go:89', 'exiting')];
}

function accessLine(r: Random, at: number, app: string): string {
	const path = pick(r, pathsOf(app));
	// Health checks are GETs; writes go to the API paths only.
	const method =
		path === '/healthz' ? 'GET' : pick(r, ['GET', 'GET', 'GET', 'POST', 'POST', 'PUT']);
	const status = r.next() < 0.97 ? (method === 'POST' ? 201 : 200) : pick(r, [400, 404, 409, 502]);
	return json(at, status >= 500 ? 'error' : 'info', 'request completed', {
		method,
		path,
		status,
		duration_ms: 3 + r.int(r.next() < 0.9 ? 40 : 400),
		request_id: hex(r, 16)
	});
}

function pathsOf(app: string): string[] {
	if (app.startsWith('payments'))
		return ['/v1/payments', '/v1/payments/{id}', '/v1/charges', '/v1/refunds', '/healthz'];
	if (app.startsWith('checkout'))
		return ['/api/cart', '/api/checkout', '/api/orders/{id}', '/healthz'];
	return ['/', '/api/v1/items', '/api/v1/items/{id}', '/healthz'];
}

function json(
	at: number,
	level: string,
	msg: string,
	fields: Record<string, unknown> = {}
): string {
	return JSON.stringify({ ts: new Date(at).toISOString(), level, msg, ...fields });
}

/** `I0314 09:41:00.123456       1 file.go:42] message` */
function klog(at: number, severity: string, file: string, msg: string): string {
	const d = new Date(at);
	const pad = (n: number, w = 2) => String(n).padStart(w, '0');
	const stamp = `${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}000`;
	return `${severity}${stamp}       1 ${file}] ${msg}`;
}

function logfmt(at: number, level: string, caller: string, msg: string, extra = ''): string {
	const tail = extra ? ` ${extra}` : '';
	return `time=${new Date(at).toISOString()} level=${level} source=${caller} msg="${msg}"${tail}`;
}

/** `14/Mar/2026:09:41:00 +0000` */
function nginxTime(at: number): string {
	const d = new Date(at);
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${pad(d.getUTCDate())}/${MONTH_ABBREVIATIONS[d.getUTCMonth()]}/${d.getUTCFullYear()}:${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000`;
}

function pick<T>(r: Random, items: readonly T[]): T {
	return items[r.int(items.length)];
}

function hex(r: Random, n: number): string {
	return r.string(n, '0123456789abcdef');
}

function nginxStartup(at: number, version: string): [number, string][] {
	const v = /^\d+\.\d+/.test(version)
		? version.replace(/^(\d+\.\d+)(\.\d+)?.*$/, (_m, a, b) => `${a}${b ?? '.4'}`)
		: '1.27.4';
	const e = '/docker-entrypoint.sh';
	const lines = [
		`${e}: /docker-entrypoint.d/ is not empty, will attempt to perform configuration`,
		`${e}: Looking for shell scripts in /docker-entrypoint.d/`,
		`${e}: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh`,
		'10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf',
		'10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf',
		`${e}: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh`,
		`${e}: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh`,
		`${e}: Launching /docker-entrypoint.d/30-tune-worker-processes.sh`,
		`${e}: Configuration complete; ready for start up`
	];
	const t = at + 120;
	const notice = (msg: string) => `${nginxErrorTime(t)} [notice] 1#1: ${msg}`;
	return [
		...lines.map((l, i): [number, string] => [at + 50 + i, l]),
		[t, notice('using the "epoll" event method')],
		[t, notice(`nginx/${v}`)],
		[t, notice('built by gcc 12.2.0 (Debian 12.2.0-14)')],
		[t, notice('OS: Linux 6.1.131-143.221.amzn2023.x86_64')],
		[t, notice('getrlimit(RLIMIT_NOFILE): 1048576:1048576')],
		[t, notice('start worker processes')],
		[t, notice('start worker process 29')]
	];
}

function postgresStartup(at: number): [number, string][] {
	const log = (ms: number, pid: number, msg: string): [number, string] => [
		at + ms,
		`${pgTime(at + ms)} [${pid}] LOG:  ${msg}`
	];
	return [
		log(
			300,
			1,
			'starting PostgreSQL 16.8 (Debian 16.8-1.pgdg120+1) on x86_64-pc-linux-gnu, compiled by gcc (Debian 12.2.0-14) 12.2.0, 64-bit'
		),
		log(301, 1, 'listening on IPv4 address "0.0.0.0", port 5432'),
		log(301, 1, 'listening on IPv6 address "::", port 5432'),
		log(305, 1, 'listening on Unix socket "/var/run/postgresql/.s.PGSQL.5432"'),
		log(312, 29, `database system was shut down at ${pgTime(at - 4_000).replace(/\.\d+ /, ' ')}`),
		log(320, 1, 'database system is ready to accept connections')
	];
}

function postgresLine(r: Random, at: number): string {
	if (r.next() < 0.5) return `${pgTime(at)} [27] LOG:  checkpoint starting: time`;
	const buffers = 10 + r.int(400);
	const write = (buffers / 100).toFixed(3);
	const lsn = `0/${(0x1a000000 + r.int(0xffffff)).toString(16).toUpperCase()}`;
	return `${pgTime(at)} [27] LOG:  checkpoint complete: wrote ${buffers} buffers (${((buffers / 16384) * 100).toFixed(1)}%); 0 WAL file(s) added, 0 removed, ${r.int(3)} recycled; write=${write} s, sync=0.00${1 + r.int(8)} s, total=${write} s; sync files=${3 + r.int(30)}, longest=0.002 s, average=0.001 s; distance=${100 + r.int(4000)} kB, estimate=${400 + r.int(4000)} kB; lsn=${lsn}, redo lsn=${lsn}`;
}

function awsNodeStartup(at: number): [number, string][] {
	const msgs = [
		'Validating env variables ...',
		'Install CNI binaries..',
		'Starting IPAM daemon in the background ... ',
		'Checking for IPAM connectivity ... ',
		'Copying config file ... ',
		'Successfully copied CNI plugin binary and config file.'
	];
	return msgs.map((m, i) => [
		at + 100 + i * 400,
		zap(at + 100 + i * 400, 'info', 'entrypoint.sh', m)
	]);
}

/** zap's JSON encoder, as the AWS VPC CNI writes. */
function zap(at: number, level: string, caller: string, msg: string): string {
	return JSON.stringify({ level, ts: new Date(at).toISOString(), caller, msg });
}

/** `2026-03-14 09:41:00.123 UTC` */
function pgTime(at: number): string {
	return new Date(at).toISOString().replace('T', ' ').replace('Z', ' UTC');
}

/** `2026/03/14 09:41:00`, nginx's error log clock. */
function nginxErrorTime(at: number): string {
	return new Date(at).toISOString().slice(0, 19).replace('T', ' ').replaceAll('-', '/');
}
