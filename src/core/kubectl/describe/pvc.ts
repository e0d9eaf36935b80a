/** `kubectl describe pvc`. */
import type { KubeObject, Pod } from '../../cluster/types';
import {
	PrefixWriter,
	annotationsBlock,
	eventsBlock,
	labelsBlock,
	nameBlock,
	type DescribeContext
} from './writer';

const MODES: Record<string, string> = {
	ReadWriteOnce: 'RWO',
	ReadOnlyMany: 'ROX',
	ReadWriteMany: 'RWX',
	ReadWriteOncePod: 'RWOP'
};

export function describePvc(obj: KubeObject, ctx: DescribeContext): string {
	const { spec = {}, status = {} } = obj;
	const w = new PrefixWriter();
	nameBlock(w, obj);
	w.write(0, `StorageClass:\t${spec.storageClassName ?? ''}\n`);
	w.write(0, `Status:\t${status.phase ?? 'Pending'}\n`);
	w.write(0, `Volume:\t${spec.volumeName ?? ''}\n`);
	labelsBlock(w, 'Labels', obj.metadata.labels);
	annotationsBlock(w, 'Annotations', obj.metadata.annotations);
	w.write(
		0,
		`Finalizers:\t[${((obj.metadata.finalizers as string[] | undefined) ?? []).join(' ')}]\n`
	);
	const bound = !!spec.volumeName;
	w.write(0, `Capacity:\t${bound ? (status.capacity?.storage ?? '') : ''}\n`);
	const modes = bound
		? ((status.accessModes ?? []) as string[]).map((m) => MODES[m] ?? m).join(',')
		: '';
	w.write(0, `Access Modes:\t${modes}\n`);
	if (spec.volumeMode) w.write(0, `VolumeMode:\t${spec.volumeMode}\n`);
	const users = (ctx.list('pods', obj.metadata.namespace) as Pod[])
		.filter((p) =>
			(p.spec.volumes ?? []).some(
				(v) =>
					(v.persistentVolumeClaim as { claimName?: string } | undefined)?.claimName ===
					obj.metadata.name
			)
		)
		.map((p) => p.metadata.name);
	w.write(0, 'Used By:\t');
	if (!users.length) w.line('<none>');
	users.forEach((u, i) => w.write(0, `${i ? '\t' : ''}${u}\n`));
	eventsBlock(w, ctx.events, ctx.now);
	return w.done();
}
