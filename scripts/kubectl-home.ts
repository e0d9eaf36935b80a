/**
 * The real kubectl v1.32 with no cluster (see ../shared/kubectl/README.md): a fresh HOME whose
 * kubeconfig points at https://127.0.0.1:9, where nothing listens, with the contexts of the
 * built-in world and the v1.32 discovery cache, so kubectl resolves types offline and a line it
 * accepts ends in "connection refused". Shared by the fixture recorder and the oracle script.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const discovery =
	process.env.KUBECTL_DISCOVERY ?? join(root, '../shared/kubectl/discovery-cache-v1.32');

const KUBECONFIG = `apiVersion: v1
kind: Config
clusters:
- name: prod-us-east-1
  cluster: { server: "https://127.0.0.1:9", insecure-skip-tls-verify: true }
- name: prod-eu-west-1
  cluster: { server: "https://127.0.0.1:9", insecure-skip-tls-verify: true }
users:
- name: oncall
  user: { token: oracle }
contexts:
- name: prod-us-east-1
  context: { cluster: prod-us-east-1, user: oncall, namespace: default }
- name: prod-eu-west-1
  context: { cluster: prod-eu-west-1, user: oncall, namespace: default }
current-context: prod-us-east-1
`;

/** kubectl.1.32 beside the binary `kubectl` on PATH resolves to, unless KUBECTL_1_32 says. */
export function findKubectl(): string {
	if (process.env.KUBECTL_1_32) return process.env.KUBECTL_1_32;
	const onPath = execFileSync('sh', ['-c', 'readlink -f "$(command -v kubectl)"'], {
		encoding: 'utf8'
	}).trim();
	if (!onPath) throw new Error('kubectl not found on PATH; set KUBECTL_1_32');
	return join(dirname(onPath), 'kubectl.1.32');
}

/** A fresh HOME holding the kubeconfig and the discovery cache for host 127.0.0.1:9. */
export function makeHome(): string {
	const home = mkdtempSync(join(tmpdir(), 'kubectl-contract-'));
	const cache = join(home, '.kube/cache/discovery/127.0.0.1_9');
	mkdirSync(cache, { recursive: true });
	cpSync(discovery, cache, { recursive: true });
	writeFileSync(join(home, '.kube/config'), KUBECONFIG);
	return home;
}
