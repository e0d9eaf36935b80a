/**
 * The voices of the workloads in `kubectl logs`: each image family writes in its real format
 * (JSON access logs for the apps, nginx's combined log for the ingress controller, CoreDNS query
 * logs, klog for Kubernetes components, logfmt for Prometheus). Every line is a pure function of
 * the container's identity, its index and its virtual time, so a later call repeats earlier lines.
 */
import { Random } from '../clock/random';

export type Profile = 'app' | 'nginx' | 'coredns' | 'klog' | 'logfmt' | 'job';

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
export function profileOf(image: string, restartPolicy: string | undefined): Profile {
	if (/ingress-nginx|nginx/.test(image)) return 'nginx';
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
	nginx: 3_000,
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
	const text = message || 'dial tcp 10.0.3.14:5432: connect: connection refused';
	if (profile === 'app' || profile === 'job')
		return [json(at, 'fatal', 'unrecoverable error, shutting down', { error: text })];
	return [klog(at, 'E', 'main.go:88', text), klog(at, 'F', 'main.go:89', 'exiting')];
}

function accessLine(r: Random, at: number, app: string): string {
	const method = pick(r, ['GET', 'GET', 'GET', 'POST', 'POST', 'PUT']);
	const path = pick(r, pathsOf(app));
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
	const month = [
		'Jan',
		'Feb',
		'Mar',
		'Apr',
		'May',
		'Jun',
		'Jul',
		'Aug',
		'Sep',
		'Oct',
		'Nov',
		'Dec'
	];
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${pad(d.getUTCDate())}/${month[d.getUTCMonth()]}/${d.getUTCFullYear()}:${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000`;
}

function pick<T>(r: Random, items: readonly T[]): T {
	return items[r.int(items.length)];
}

function hex(r: Random, n: number): string {
	return r.string(n, '0123456789abcdef');
}
