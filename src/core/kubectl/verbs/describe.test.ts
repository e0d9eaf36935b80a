import { describe, expect, it } from 'vitest';
import { env, fixtureWorld, invocation } from '../describe/fixtures';
import { describeVerb } from './describe';

const world = fixtureWorld();
const run = (args: string[], flags = {}) =>
	describeVerb.run!(invocation(['describe'], args, flags, describeVerb.flags), env(world));

describe('kubectl describe', () => {
	it("prints a pod in kubectl's describer format", () => {
		expect(run(['pod', 'payments-primary-7d4b9c8f6-fghij'])).toEqual({
			stdout: `Name:         payments-primary-7d4b9c8f6-fghij
Namespace:    payments
Node:         node-a/10.0.1.10
Start Time:   Sat, 14 Mar 2026 08:00:00 +0000
Labels:       app=payments
              pod-template-hash=7d4b9c8f6
              pool=primary
Annotations:  <none>
Status:       Running
IP:           10.244.1.6
IPs:
  IP:           10.244.1.6
Controlled By:  ReplicaSet/payments-primary-7d4b9c8f6
Containers:
  payments:
    Container ID:   containerd://payments-primary-7d4b9c8f6-fghij
    Image:          registry.example.com/payments:1.42.0
    Image ID:       registry.example.com/payments@sha256:4f1c
    Port:           8080/TCP
    Host Port:      0/TCP
    State:          Waiting
      Reason:       CrashLoopBackOff
    Last State:     Terminated
      Reason:       Error
      Exit Code:    1
      Started:      Sat, 14 Mar 2026 09:55:00 +0000
      Finished:     Sat, 14 Mar 2026 09:56:00 +0000
    Ready:          False
    Restart Count:  5
    Limits:
      cpu:     500m
      memory:  512Mi
    Requests:
      cpu:      250m
      memory:   256Mi
    Readiness:  http-get http://:8080/healthz delay=0s timeout=1s period=5s #success=1 #failure=3
    Environment:
      POOL:  primary
    Mounts:  <none>
Conditions:
  Type              Status
  Initialized       True 
  Ready             False 
  ContainersReady   False 
  PodScheduled      True 
Volumes:            <none>
QoS Class:          Burstable
Node-Selectors:     <none>
Tolerations:        node.kubernetes.io/not-ready:NoExecute op=Exists for 300s
Events:
  Type     Reason   Age                 From     Message
  ----     ------   ----                ----     -------
  Normal   Pulled   120m                kubelet  Container image "registry.example.com/payments:1.42.0" already present on machine
  Warning  BackOff  2m (x22 over 120m)  kubelet  Back-off restarting failed container payments in pod payments-primary-7d4b9c8f6-fghij_payments(uid)
`,
			stderr: '',
			exitCode: 0
		});
	});

	it("prints a deployment in kubectl's describer format", () => {
		expect(run(['deployment/payments-primary'])).toEqual({
			stdout: `Name:                   payments-primary
Namespace:              payments
CreationTimestamp:      Sat, 14 Mar 2026 08:00:00 +0000
Labels:                 app=payments
Annotations:            deployment.kubernetes.io/revision: 3
Selector:               app=payments,pool=primary
Replicas:               2 desired | 2 updated | 2 total | 1 available | 1 unavailable
StrategyType:           RollingUpdate
MinReadySeconds:        0
RollingUpdateStrategy:  25% max unavailable, 25% max surge
Pod Template:
  Labels:  app=payments
           pod-template-hash=7d4b9c8f6
           pool=primary
  Containers:
   payments:
    Image:      registry.example.com/payments:1.42.0
    Port:       8080/TCP
    Host Port:  0/TCP
    Limits:
      cpu:     500m
      memory:  512Mi
    Requests:
      cpu:      250m
      memory:   256Mi
    Readiness:  http-get http://:8080/healthz delay=0s timeout=1s period=5s #success=1 #failure=3
    Environment:
      POOL:        primary
    Mounts:        <none>
  Volumes:         <none>
  Node-Selectors:  <none>
  Tolerations:     <none>
Conditions:
  Type           Status  Reason
  ----           ------  ------
  Available      True    MinimumReplicasAvailable
  Progressing    True    NewReplicaSetAvailable
OldReplicaSets:  <none>
NewReplicaSet:   payments-primary-7d4b9c8f6 (2/2 replicas created)
Events:          <none>
`,
			stderr: '',
			exitCode: 0
		});
	});

	it("prints a service in kubectl's describer format", () => {
		expect(run(['svc', 'payments'])).toEqual({
			stdout: `Name:                     payments
Namespace:                payments
Labels:                   app=payments
Annotations:              <none>
Selector:                 app=payments
Type:                     ClusterIP
IP Family Policy:         SingleStack
IP Families:              IPv4
IP:                       10.96.12.34
IPs:                      10.96.12.34
Port:                     http  80/TCP
TargetPort:               8080/TCP
Endpoints:                10.244.1.5:8080,10.244.1.6:8080
Session Affinity:         None
Internal Traffic Policy:  Cluster
Events:                   <none>
`,
			stderr: '',
			exitCode: 0
		});
	});

	it("prints a secret in kubectl's describer format", () => {
		expect(run(['secret', 'payments-db'])).toEqual({
			stdout: `Name:         payments-db
Namespace:    payments
Labels:       <none>
Annotations:  <none>

Type:  Opaque

Data
====
password:  7 bytes
username:  8 bytes
`,
			stderr: '',
			exitCode: 0
		});
	});

	it("prints a node in kubectl's describer format", () => {
		expect(run(['node', 'node-a'])).toEqual({
			stdout: `Name:               node-a
Roles:              worker
Labels:             kubernetes.io/hostname=node-a
                    node-role.kubernetes.io/worker=
Annotations:        <none>
CreationTimestamp:  Sat, 14 Mar 2026 08:00:00 +0000
Taints:             <none>
Unschedulable:      false
Lease:
  HolderIdentity:  node-a
  AcquireTime:     <unset>
  RenewTime:       Sat, 14 Mar 2026 10:00:00 +0000
Conditions:
  Type             Status  LastHeartbeatTime                 LastTransitionTime                Reason                       Message
  ----             ------  -----------------                 ------------------                ------                       -------
  MemoryPressure   False   Sat, 14 Mar 2026 08:00:00 +0000   Sat, 14 Mar 2026 08:00:00 +0000   KubeletHasSufficientMemory   kubelet has sufficient memory available
  Ready            True    Sat, 14 Mar 2026 08:00:00 +0000   Sat, 14 Mar 2026 08:00:00 +0000   KubeletReady                 kubelet is posting ready status
Addresses:
  InternalIP:  10.0.1.10
  Hostname:    node-a
Capacity:
  cpu:     4
  memory:  16Gi
  pods:    110
Allocatable:
  cpu:     3920m
  memory:  15Gi
  pods:    110
System Info:
  Machine ID:                 m1
  System UUID:                s1
  Boot ID:                    b1
  Kernel Version:             6.5.0-1018-aws
  OS Image:                   Ubuntu 22.04.4 LTS
  Operating System:           linux
  Architecture:               amd64
  Container Runtime Version:  containerd://1.7.13
  Kubelet Version:            v1.32.4
  Kube-Proxy Version:         
PodCIDR:                      10.244.1.0/24
ProviderID:                   aws:///us-east-1a/i-0abc
Non-terminated Pods:          (2 in total)
  Namespace                   Name                                CPU Requests  CPU Limits  Memory Requests  Memory Limits  Age
  ---------                   ----                                ------------  ----------  ---------------  -------------  ---
  payments                    payments-primary-7d4b9c8f6-abcde    250m (6%)     500m (12%)  256Mi (1%)       512Mi (3%)     120m
  payments                    payments-primary-7d4b9c8f6-fghij    250m (6%)     500m (12%)  256Mi (1%)       512Mi (3%)     120m
Allocated resources:
  (Total limits may be over 100 percent, i.e., overcommitted.)
  Resource           Requests    Limits
  --------           --------    ------
  cpu                500m (12%)  1 (25%)
  memory             512Mi (3%)  1Gi (6%)
  ephemeral-storage  0 (0%)      0 (0%)
Events:              <none>
`,
			stderr: '',
			exitCode: 0
		});
	});

	it('describes every object whose name starts with the prefix, two blank lines apart', () => {
		const out = run(['pods', 'payments-primary']);
		const names = out.stdout.split('\n').filter((l) => l.startsWith('Name:'));
		expect(names).toEqual([
			'Name:         payments-primary-7d4b9c8f6-abcde',
			'Name:         payments-primary-7d4b9c8f6-fghij'
		]);
		expect(out.stdout).toContain('Events:             <none>\n\n\nName:');
	});

	it('says NotFound in kubectl words when neither the name nor a prefix matches', () => {
		expect(run(['deploy', 'nope'])).toEqual({
			stdout: '',
			stderr: 'Error from server (NotFound): deployments.apps "nope" not found\n',
			exitCode: 1
		});
	});

	it('reports an empty selection as kubectl does', () => {
		expect(run(['pods'], { selector: 'app=nothing' })).toEqual({
			stdout: '',
			stderr: 'No resources found in payments namespace.\n',
			exitCode: 0
		});
	});

	it('refuses a missing type before any request', () => {
		expect(run([]).stderr).toBe(
			'error: You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.\n'
		);
	});
});
