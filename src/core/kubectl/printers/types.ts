/**
 * The two-stage printer contract: each kind declares its columns (wide-only ones marked) and a
 * `toRow` giving every cell, wide ones included; `table.ts` lays rows out as kubectl does.
 */
import type { KubeObject } from '../../cluster/types';

export interface Column {
	/** Header as printed (uppercase): `NAME`, `PORT(S)`, `NOMINATED NODE`. */
	header: string;
	/** Shown only with `-o wide` (the server's priority > 0). */
	wide?: boolean;
}

export interface RowContext {
	/** Virtual time in ms, for AGE and durations. */
	now: number;
	/** `-o wide`: a few cells (a LoadBalancer's EXTERNAL-IP) are cut short otherwise. */
	wide?: boolean;
}

export interface KindPrinter<T extends KubeObject = KubeObject> {
	columns: Column[];
	/** One cell per column, wide ones included, in column order. The first is the name. */
	toRow(obj: T, ctx: RowContext): string[];
}
