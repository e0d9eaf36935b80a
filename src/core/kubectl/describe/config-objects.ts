/** `kubectl describe` for Namespace, ConfigMap and Secret (secret values hidden, sizes shown). */
import type { KubeObject } from '../../cluster/types';
import {
	PrefixWriter,
	annotationsBlock,
	eventsBlock,
	labelsBlock,
	metaBlock,
	type DescribeContext
} from './writer';

export function describeNamespace(obj: KubeObject, ctx: DescribeContext): string {
	const w = new PrefixWriter();
	w.write(0, `Name:\t${obj.metadata.name}\n`);
	labelsBlock(w, 'Labels', obj.metadata.labels);
	annotationsBlock(w, 'Annotations', obj.metadata.annotations);
	w.write(0, `Status:\t${obj.status?.phase ?? 'Active'}\n`);
	const quotas = ctx.list('resourcequotas', obj.metadata.name);
	const limits = ctx.list('limitranges', obj.metadata.name);
	w.write(0, quotas.length ? '' : '\nNo resource quota.\n');
	w.write(0, limits.length ? '' : '\nNo LimitRange resource.\n');
	return w.done();
}

export function describeConfigMap(obj: KubeObject, ctx: DescribeContext): string {
	const w = new PrefixWriter();
	metaBlock(w, obj);
	w.write(0, '\nData\n====\n');
	const data: Record<string, string> = obj.data ?? {};
	for (const k of Object.keys(data).sort()) {
		w.write(0, `${k}:\n----\n`);
		w.write(0, `${data[k]}\n`);
		w.write(0, '\n');
	}
	w.write(0, '\nBinaryData\n====\n');
	const binary: Record<string, string> = obj.binaryData ?? {};
	for (const k of Object.keys(binary).sort())
		w.write(0, `${k}: ${decodedLength(binary[k])} bytes\n`);
	w.write(0, '\n');
	eventsBlock(w, ctx.events, ctx.now);
	return w.done();
}

/** Bytes a base64 value decodes to. */
export function decodedLength(b64: string): number {
	const clean = b64.replace(/\s/g, '');
	const pad = clean.endsWith('==') ? 2 : clean.endsWith('=') ? 1 : 0;
	return Math.floor((clean.length * 3) / 4) - pad;
}

export function describeSecret(obj: KubeObject): string {
	const w = new PrefixWriter();
	metaBlock(w, obj);
	w.write(0, `\nType:\t${obj.type ?? 'Opaque'}\n`);
	w.write(0, '\nData\n====\n');
	const sizes = new Map<string, number>();
	for (const [k, v] of Object.entries((obj.data ?? {}) as Record<string, string>))
		sizes.set(k, decodedLength(v));
	for (const [k, v] of Object.entries((obj.stringData ?? {}) as Record<string, string>)) {
		sizes.set(k, new TextEncoder().encode(v).length);
	}
	for (const k of [...sizes.keys()].sort()) w.write(0, `${k}:\t${sizes.get(k)} bytes\n`);
	return w.done();
}
