/**
 * The kubectl v1.32 commands the simulator does not run (apply, exec, port-forward, …), as flag
 * lists taken from the real `kubectl <cmd> --help`, so the guard parses them with the same
 * cobra/pflag parser as everything else. Each entry: command path, aliases, and its own flags as
 * `name[/shorthand]:type` (b bool, s string, i int, d duration, a string list).
 */
export const EXTRA_COMMANDS: readonly [path: string, aliases: string, flags: string][] = [
	[
		'run',
		'',
		`
		allow-missing-template-keys:b annotations:a attach:b cascade:s command:b dry-run:s
		env:a expose:b field-manager:s filename/f:a force:b grace-period:i image:s
		image-pull-policy:s kustomize/k:s labels/l:s leave-stdin-open:b output/o:s
		override-type:s overrides:s pod-running-timeout:d port:s privileged:b quiet/q:b
		recursive/R:b restart:s rm:b save-config:b show-managed-fields:b stdin/i:b
		template:s timeout:d tty/t:b wait:b
	`
	],
	[
		'expose',
		'',
		`
		allow-missing-template-keys:b cluster-ip:s dry-run:s external-ip:s field-manager:s
		filename/f:a kustomize/k:s labels/l:s load-balancer-ip:s name:s output/o:s
		override-type:s overrides:s port:s protocol:s recursive/R:b save-config:b
		selector:s session-affinity:s show-managed-fields:b target-port:s template:s type:s
	`
	],
	[
		'autoscale',
		'',
		`
		allow-missing-template-keys:b cpu-percent:i dry-run:s field-manager:s filename/f:a
		kustomize/k:s max:i min:i name:s output/o:s recursive/R:b save-config:b
		show-managed-fields:b template:s
	`
	],
	[
		'apply',
		'',
		`
		all:b allow-missing-template-keys:b cascade:s dry-run:s field-manager:s
		filename/f:a force:b force-conflicts:b grace-period:i kustomize/k:s openapi-patch:b
		output/o:s overwrite:b prune:b prune-allowlist:a recursive/R:b selector/l:s
		server-side:b show-managed-fields:b subresource:s template:s timeout:d validate:s
		wait:b
	`
	],
	[
		'apply edit-last-applied',
		'',
		`
		allow-missing-template-keys:b field-manager:s filename/f:a kustomize/k:s output/o:s
		recursive/R:b show-managed-fields:b template:s validate:s windows-line-endings:b
	`
	],
	[
		'apply set-last-applied',
		'',
		`
		allow-missing-template-keys:b create-annotation:b dry-run:s filename/f:a output/o:s
		show-managed-fields:b template:s
	`
	],
	[
		'apply view-last-applied',
		'',
		`
		all:b filename/f:a kustomize/k:s output/o:s recursive/R:b selector/l:s
	`
	],
	[
		'replace',
		'',
		`
		allow-missing-template-keys:b cascade:s dry-run:s field-manager:s filename/f:a
		force:b grace-period:i kustomize/k:s output/o:s raw:s recursive/R:b save-config:b
		show-managed-fields:b subresource:s template:s timeout:d validate:s wait:b
	`
	],
	[
		'edit',
		'',
		`
		allow-missing-template-keys:b field-manager:s filename/f:a kustomize/k:s output/o:s
		output-patch:b recursive/R:b save-config:b show-managed-fields:b subresource:s
		template:s validate:s windows-line-endings:b
	`
	],
	[
		'exec',
		'',
		`
		container/c:s filename/f:a pod-running-timeout:d quiet/q:b stdin/i:b tty/t:b
	`
	],
	[
		'attach',
		'',
		`
		container/c:s pod-running-timeout:d quiet/q:b stdin/i:b tty/t:b
	`
	],
	[
		'cp',
		'',
		`
		container/c:s no-preserve:b retries:i
	`
	],
	[
		'debug',
		'',
		`
		arguments-only:b attach:b container/c:s copy-to:s custom:s env:a filename/f:a
		image:s image-pull-policy:s keep-annotations:b keep-init-containers:b keep-labels:b
		keep-liveness:b keep-readiness:b keep-startup:b profile:s quiet/q:b replace:b
		same-node:b set-image:a share-processes:b stdin/i:b target:s tty/t:b
	`
	],
	[
		'port-forward',
		'',
		`
		address:a pod-running-timeout:d
	`
	],
	[
		'proxy',
		'',
		`
		accept-hosts:s accept-paths:s address:s api-prefix:s append-server-path:b
		disable-filter:b keepalive:d port/p:i reject-methods:s reject-paths:s
		unix-socket/u:s www/w:s www-prefix/P:s
	`
	],
	[
		'certificate approve',
		'',
		`
		allow-missing-template-keys:b filename/f:a force:b kustomize/k:s output/o:s
		recursive/R:b show-managed-fields:b template:s
	`
	],
	[
		'certificate deny',
		'',
		`
		allow-missing-template-keys:b filename/f:a force:b kustomize/k:s output/o:s
		recursive/R:b show-managed-fields:b template:s
	`
	],
	[
		'diff',
		'',
		`
		concurrency:i field-manager:s filename/f:a force-conflicts:b kustomize/k:s prune:b
		prune-allowlist:a recursive/R:b selector/l:s server-side:b show-managed-fields:b
	`
	],
	[
		'kustomize',
		'',
		`
		as-current-user:b enable-alpha-plugins:b enable-helm:b env/e:a helm-api-versions:a
		helm-command:s helm-debug:b helm-kube-version:s load-restrictor:s mount:a network:b
		network-name:s output/o:s
	`
	],
	[
		'plugin list',
		'',
		`
		name-only:b
	`
	],
	[
		'completion',
		'',
		`
	`
	],
	[
		'create clusterrole',
		'',
		`
		aggregation-rule:s allow-missing-template-keys:b dry-run:s field-manager:s
		non-resource-url:a output/o:s resource:a resource-name:a save-config:b
		show-managed-fields:b template:s validate:s verb:a
	`
	],
	[
		'create clusterrolebinding',
		'',
		`
		allow-missing-template-keys:b clusterrole:s dry-run:s field-manager:s group:a
		output/o:s save-config:b serviceaccount:a show-managed-fields:b template:s user:a
		validate:s
	`
	],
	[
		'create cronjob',
		'cj',
		`
		allow-missing-template-keys:b dry-run:s field-manager:s image:s output/o:s
		restart:s save-config:b schedule:s show-managed-fields:b template:s validate:s
	`
	],
	[
		'create ingress',
		'ing',
		`
		allow-missing-template-keys:b annotation:a class:s default-backend:s dry-run:s
		field-manager:s output/o:s rule:a save-config:b show-managed-fields:b template:s
		validate:s
	`
	],
	[
		'create poddisruptionbudget',
		'pdb',
		`
		allow-missing-template-keys:b dry-run:s field-manager:s max-unavailable:s
		min-available:s output/o:s save-config:b selector:s show-managed-fields:b
		template:s validate:s
	`
	],
	[
		'create priorityclass',
		'pc',
		`
		allow-missing-template-keys:b description:s dry-run:s field-manager:s
		global-default:b output/o:s preemption-policy:s save-config:b show-managed-fields:b
		template:s validate:s value:i
	`
	],
	[
		'create quota',
		'resourcequota',
		`
		allow-missing-template-keys:b dry-run:s field-manager:s hard:s output/o:s
		save-config:b scopes:s show-managed-fields:b template:s validate:s
	`
	],
	[
		'create role',
		'',
		`
		allow-missing-template-keys:b dry-run:s field-manager:s output/o:s resource:a
		resource-name:a save-config:b show-managed-fields:b template:s validate:s verb:a
	`
	],
	[
		'create rolebinding',
		'',
		`
		allow-missing-template-keys:b clusterrole:s dry-run:s field-manager:s group:a
		output/o:s role:s save-config:b serviceaccount:a show-managed-fields:b template:s
		user:a validate:s
	`
	],
	[
		'create service clusterip',
		'',
		`
		allow-missing-template-keys:b clusterip:s dry-run:s field-manager:s output/o:s
		save-config:b show-managed-fields:b tcp:a template:s validate:s
	`
	],
	[
		'create service externalname',
		'',
		`
		allow-missing-template-keys:b dry-run:s external-name:s field-manager:s output/o:s
		save-config:b show-managed-fields:b tcp:a template:s validate:s
	`
	],
	[
		'create service loadbalancer',
		'',
		`
		allow-missing-template-keys:b dry-run:s field-manager:s output/o:s save-config:b
		show-managed-fields:b tcp:a template:s validate:s
	`
	],
	[
		'create service nodeport',
		'',
		`
		allow-missing-template-keys:b dry-run:s field-manager:s node-port:i output/o:s
		save-config:b show-managed-fields:b tcp:a template:s validate:s
	`
	],
	[
		'create serviceaccount',
		'sa',
		`
		allow-missing-template-keys:b dry-run:s field-manager:s output/o:s save-config:b
		show-managed-fields:b template:s validate:s
	`
	],
	[
		'create token',
		'',
		`
		allow-missing-template-keys:b audience:a bound-object-kind:s bound-object-name:s
		bound-object-uid:s duration:d output/o:s show-managed-fields:b template:s
	`
	],
	[
		'set resources',
		'',
		`
		all:b allow-missing-template-keys:b containers/c:s dry-run:s field-manager:s
		filename/f:a kustomize/k:s limits:s local:b output/o:s recursive/R:b requests:s
		selector/l:s show-managed-fields:b template:s
	`
	],
	[
		'set selector',
		'',
		`
		all:b allow-missing-template-keys:b dry-run:s field-manager:s filename/f:a local:b
		output/o:s recursive/R:b resource-version:s show-managed-fields:b template:s
	`
	],
	[
		'set serviceaccount',
		'sa',
		`
		all:b allow-missing-template-keys:b dry-run:s field-manager:s filename/f:a
		kustomize/k:s local:b output/o:s recursive/R:b show-managed-fields:b template:s
	`
	],
	[
		'set subject',
		'',
		`
		all:b allow-missing-template-keys:b dry-run:s field-manager:s filename/f:a group:a
		kustomize/k:s local:b output/o:s recursive/R:b selector/l:s serviceaccount:a
		show-managed-fields:b template:s user:a
	`
	],
	[
		'auth reconcile',
		'',
		`
		allow-missing-template-keys:b dry-run:s filename/f:a kustomize/k:s output/o:s
		recursive/R:b remove-extra-permissions:b remove-extra-subjects:b
		show-managed-fields:b template:s
	`
	],
	[
		'config delete-cluster',
		'',
		`
	`
	],
	[
		'config delete-context',
		'',
		`
	`
	],
	[
		'config delete-user',
		'',
		`
	`
	],
	[
		'config get-users',
		'',
		`
	`
	],
	[
		'config rename-context',
		'',
		`
	`
	],
	[
		'config set',
		'',
		`
		set-raw-bytes:b
	`
	],
	[
		'config set-cluster',
		'',
		`
		certificate-authority:s embed-certs:b insecure-skip-tls-verify:b proxy-url:s
		server:s tls-server-name:s
	`
	],
	[
		'config set-credentials',
		'',
		`
		auth-provider:s auth-provider-arg:a client-certificate:s client-key:s embed-certs:b
		exec-api-version:s exec-arg:a exec-command:s exec-env:a exec-interactive-mode:s
		exec-provide-cluster-info:b password:s token:s username:s
	`
	],
	[
		'config unset',
		'',
		`
	`
	]
];
