/**
 * `kubectl cluster-info`: the control plane and the kube-system services labelled
 * `kubernetes.io/cluster-service=true`. kubectl colours the names and links with ANSI codes even
 * when stdout is not a terminal (go-colortext writes them unconditionally), so we do too.
 */
import { ClusterTx } from '../../cluster/store';
import type { Cluster, KubeObject } from '../../cluster/types';
import { clusterOf } from '../../cluster/world';
import { failed, unknownContext } from '../errors';
import type { Env, Outcome, VerbSpec } from '../types';
import { clusterInfoDumpVerb } from './cluster-info-dump';

const GREEN = '\x1b[0;32m';
const YELLOW = '\x1b[0;33m';
const RESET = '\x1b[0m';

function line(name: string, link: string): string {
	return `${GREEN}${name}${RESET} is running at ${YELLOW}${link}${RESET}\n`;
}

/** The proxy link kubectl builds for a service without a load balancer. */
function serviceLink(server: string, svc: KubeObject): string {
	const ingress = svc.status?.loadBalancer?.ingress?.[0];
	const ports: { name?: string; port: number }[] = svc.spec?.ports ?? [];
	if (ingress) {
		const ip = ingress.ip || ingress.hostname;
		return ports.map((p) => `http://${ip}:${p.port} `).join('');
	}
	let name = svc.metadata.name;
	const port = ports[0];
	if (port) {
		const scheme = port.name === 'https' || port.port === 443 ? 'https' : '';
		name = joinSchemeNamePort(scheme, name, port.name ?? '');
	}
	return `${server}/api/v1/namespaces/${svc.metadata.namespace}/services/${name}/proxy`;
}

/** apimachinery's `net.JoinSchemeNamePort`. */
function joinSchemeNamePort(scheme: string, name: string, port: string): string {
	if (scheme) return `${scheme}:${name}:${port}`;
	return port ? `${name}:${port}` : name;
}

/** Every real cluster runs CoreDNS as `kube-dns`; a world that did not model it still shows it. */
function defaultDns(server: string): string {
	return line('CoreDNS', `${server}/api/v1/namespaces/kube-system/services/kube-dns:dns/proxy`);
}

export function clusterInfoText(cluster: Cluster): string {
	const services = new ClusterTx(cluster)
		.list('services', 'kube-system')
		.filter((s) => s.metadata.labels?.['kubernetes.io/cluster-service'] === 'true');
	let out = line('Kubernetes control plane', cluster.server);
	if (services.length === 0) out += defaultDns(cluster.server);
	for (const svc of services) {
		const name = svc.metadata.labels?.['kubernetes.io/name'] || svc.metadata.name;
		out += line(name, serviceLink(cluster.server, svc));
	}
	return `${out}\nTo further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.\n`;
}

function run(_inv: unknown, env: Env): Outcome {
	const cluster = clusterOf(env.world, env.context);
	if (!cluster) return failed(unknownContext(env.context));
	return { stdout: clusterInfoText(cluster), stderr: '', exitCode: 0 };
}

export const clusterInfoVerb: VerbSpec = {
	name: 'cluster-info',
	short: 'Display cluster information',
	long: `Display addresses of the control plane and services with label kubernetes.io/cluster-service=true. To further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.

Examples:
  # Print the address of the control plane and cluster services
  kubectl cluster-info`,
	usage: 'kubectl cluster-info [flags] [options]',
	flags: [],
	subcommands: [clusterInfoDumpVerb],
	run
};
