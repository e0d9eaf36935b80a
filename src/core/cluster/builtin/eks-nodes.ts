/**
 * EKS managed-node-group nodes as manifests (YAML text): the labels, capacity, addresses and
 * nodeInfo a `kubectl get node -o yaml` on EKS shows, for an m6i.2xlarge on Amazon Linux 2023.
 */
import { fnv32a } from '../../clock/random';

export interface EksNode {
	/** `10.0.1.23`: the name becomes `ip-10-0-1-23.ec2.internal`. */
	ip: string;
	zone: string;
	/** RFC 3339 creation time. */
	created: string;
	/** The /24 its pods get addresses from. */
	podCIDR: string;
	/** EC2 instance id. */
	instance: string;
	nodegroup: string;
	/** Last kubelet heartbeat (RFC 3339). */
	heartbeat: string;
}

export function eksNodeName(ip: string, zone: string): string {
	const region = zone.slice(0, -1);
	const domain = region === 'us-east-1' ? 'ec2.internal' : `${region}.compute.internal`;
	return `ip-${ip.replaceAll('.', '-')}.${domain}`;
}

export function eksNodeYaml(n: EksNode): string {
	const name = eksNodeName(n.ip, n.zone);
	const region = n.zone.slice(0, -1);
	const zoneId = `${region.startsWith('us') ? 'use1' : 'euw1'}-az${'abc'.indexOf(n.zone.slice(-1)) + 1}`;
	const condition = (type: string, reason: string, message: string, status = 'False') => `
  - lastHeartbeatTime: "${n.heartbeat}"
    lastTransitionTime: "${n.created}"
    message: ${message}
    reason: ${reason}
    status: "${status}"
    type: ${type}`;
	return `apiVersion: v1
kind: Node
metadata:
  name: ${name}
  creationTimestamp: "${n.created}"
  annotations:
    alpha.kubernetes.io/provided-node-ip: ${n.ip}
    node.alpha.kubernetes.io/ttl: "0"
    volumes.kubernetes.io/controller-managed-attach-detach: "true"
  labels:
    beta.kubernetes.io/arch: amd64
    beta.kubernetes.io/instance-type: m6i.2xlarge
    beta.kubernetes.io/os: linux
    eks.amazonaws.com/capacityType: ON_DEMAND
    eks.amazonaws.com/nodegroup: ${n.nodegroup}
    eks.amazonaws.com/nodegroup-image: ami-0c5b3f7a1e2d4c6b8
    failure-domain.beta.kubernetes.io/region: ${region}
    failure-domain.beta.kubernetes.io/zone: ${n.zone}
    k8s.io/cloud-provider-aws: 5e1f4d0c8b3a9e7f2d6c1b4a8e3f7d2c
    kubernetes.io/arch: amd64
    kubernetes.io/hostname: ${name}
    kubernetes.io/os: linux
    node.kubernetes.io/instance-type: m6i.2xlarge
    topology.ebs.csi.aws.com/zone: ${n.zone}
    topology.k8s.aws/zone-id: ${zoneId}
    topology.kubernetes.io/region: ${region}
    topology.kubernetes.io/zone: ${n.zone}
spec:
  podCIDR: ${n.podCIDR}
  podCIDRs:
  - ${n.podCIDR}
  providerID: aws:///${n.zone}/${n.instance}
status:
  addresses:
  - address: ${n.ip}
    type: InternalIP
  - address: ${name}
    type: InternalDNS
  - address: ${name}
    type: Hostname
  allocatable:
    cpu: 7910m
    ephemeral-storage: "76224326324"
    hugepages-1Gi: "0"
    hugepages-2Mi: "0"
    memory: 31369712Ki
    pods: "58"
  capacity:
    cpu: "8"
    ephemeral-storage: 83873772Ki
    hugepages-1Gi: "0"
    hugepages-2Mi: "0"
    memory: 32386544Ki
    pods: "58"
  conditions:${condition('MemoryPressure', 'KubeletHasSufficientMemory', 'kubelet has sufficient memory available')}${condition('DiskPressure', 'KubeletHasNoDiskPressure', 'kubelet has no disk pressure')}${condition('PIDPressure', 'KubeletHasSufficientPID', 'kubelet has sufficient PID available')}${condition('Ready', 'KubeletReady', 'kubelet is posting ready status', 'True')}
  daemonEndpoints:
    kubeletEndpoint:
      Port: 10250
  nodeInfo:
    architecture: amd64
    bootID: ${uuidish(`${name}/boot`)}
    containerRuntimeVersion: containerd://1.7.27
    kernelVersion: 6.1.131-143.221.amzn2023.x86_64
    kubeProxyVersion: v1.32.3-eks-473151a
    kubeletVersion: v1.32.3-eks-473151a
    machineID: ${hexish(`${name}/machine`, 32)}
    operatingSystem: linux
    osImage: Amazon Linux 2023.7.20250414
    systemUUID: ec2${hexish(`${name}/system`, 5)}-${hexish(`${name}/s2`, 4)}-${hexish(`${name}/s3`, 4)}-${hexish(`${name}/s4`, 4)}-${hexish(`${name}/s5`, 12)}
`;
}

/** Stable hex from a name (no cluster rng involved: these are part of the manifest). */
function hexish(text: string, n: number): string {
	let out = '';
	for (let i = 0; out.length < n; i++) out += fnv32a(`${i}:${text}`).toString(16).padStart(8, '0');
	return out.slice(0, n);
}

function uuidish(text: string): string {
	const h = hexish(text, 32);
	return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
