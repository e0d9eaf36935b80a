/** The built-in worlds' builders, by name: each settles its cluster history from manifests. */
import type { World } from '../types';
import { paymentsWorld } from './payments';

export type Builder = (seed?: number) => { world: World; now: number };

export const BUILDERS: Record<string, Builder> = {
	payments: paymentsWorld
};
