/** ConfigMap, Secret and PersistentVolumeClaim rows (printers.go). */
import { age } from './age';
import type { KindPrinter } from './types';

const count = (m: unknown): number => Object.keys((m as object | undefined) ?? {}).length;

export const configMapPrinter: KindPrinter = {
	columns: [{ header: 'NAME' }, { header: 'DATA' }, { header: 'AGE' }],
	toRow: (cm, { now }) => [
		cm.metadata.name,
		String(count(cm.data) + count(cm.binaryData)),
		age(cm.metadata.creationTimestamp, now)
	]
};

export const secretPrinter: KindPrinter = {
	columns: [{ header: 'NAME' }, { header: 'TYPE' }, { header: 'DATA' }, { header: 'AGE' }],
	toRow: (s, { now }) => [
		s.metadata.name,
		s.type ?? 'Opaque',
		String(count(s.data) + count(s.stringData)),
		age(s.metadata.creationTimestamp, now)
	]
};

const MODES: Record<string, string> = {
	ReadWriteOnce: 'RWO',
	ReadOnlyMany: 'ROX',
	ReadWriteMany: 'RWX',
	ReadWriteOncePod: 'RWOP'
};

export const pvcPrinter: KindPrinter = {
	columns: [
		{ header: 'NAME' },
		{ header: 'STATUS' },
		{ header: 'VOLUME' },
		{ header: 'CAPACITY' },
		{ header: 'ACCESS MODES' },
		{ header: 'STORAGECLASS' },
		{ header: 'VOLUMEATTRIBUTESCLASS' },
		{ header: 'AGE' },
		{ header: 'VOLUMEMODE', wide: true }
	],
	toRow(pvc, { now }) {
		const phase = pvc.metadata.deletionTimestamp ? 'Terminating' : (pvc.status?.phase ?? 'Pending');
		const bound = pvc.spec?.volumeName;
		const modes: string[] = bound ? (pvc.status?.accessModes ?? []) : [];
		return [
			pvc.metadata.name,
			phase,
			pvc.spec?.volumeName ?? '',
			bound ? (pvc.status?.capacity?.storage ?? '') : '',
			modes.map((m) => MODES[m] ?? m).join(','),
			pvc.spec?.storageClassName ?? '',
			pvc.spec?.volumeAttributesClassName ?? '<unset>',
			age(pvc.metadata.creationTimestamp, now),
			pvc.spec?.volumeMode ?? '<unset>'
		];
	}
};
