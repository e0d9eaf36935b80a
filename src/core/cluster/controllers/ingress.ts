/**
 * The ingress controller's status publishing (ingress-nginx `--publish-service`): each Ingress of
 * a class whose controller runs here gets the controller's LoadBalancer address in
 * `status.loadBalancer.ingress`, so `kubectl get ingress` shows an ADDRESS.
 */
import type { KubeObject } from '../types';
import { KEYS, type Ctx } from './context';
import { putIfChanged } from './pods';

const INGRESSES = 'ingresses.networking.k8s.io';

/** The LoadBalancer Service of the controller serving `className` (ingress-nginx for `nginx`). */
function publishedService(ctx: Ctx, className: string | undefined): KubeObject | undefined {
	const name = className === undefined || className === 'nginx' ? 'ingress-nginx' : className;
	return ctx.tx
		.list(KEYS.services)
		.find(
			(s) =>
				s.spec?.type === 'LoadBalancer' &&
				s.metadata.labels?.['app.kubernetes.io/name'] === name &&
				(s.metadata.labels?.['app.kubernetes.io/component'] ?? 'controller') === 'controller' &&
				s.status?.loadBalancer?.ingress?.length
		);
}

export function runIngresses(ctx: Ctx): void {
	const ingresses = ctx.tx.list(INGRESSES);
	if (!ingresses.length) return;
	const byClass = new Map<string | undefined, KubeObject | undefined>();
	for (const ing of ingresses) {
		if (ing.metadata.deletionTimestamp) continue;
		const cls: string | undefined = ing.spec?.ingressClassName;
		if (!byClass.has(cls)) byClass.set(cls, publishedService(ctx, cls));
		const svc = byClass.get(cls);
		if (!svc) continue;
		const addresses = (svc.status.loadBalancer.ingress as { hostname?: string; ip?: string }[]).map(
			(a) => (a.hostname ? { hostname: a.hostname } : { ip: a.ip })
		);
		putIfChanged(ctx.tx, ing, {
			...ing,
			status: { ...(ing.status ?? {}), loadBalancer: { ingress: addresses } }
		});
	}
}
