/** The cluster's controllers: reconcile passes, wakeups, and the helpers kubectl verbs share. */
export { reconcileCluster, nextWakeup, reconcileWithWakeup } from './reconcile';
export { evictionAllowed, PDB_VIOLATION } from './pdb';
export { markForDeletion, isPodReady, isAvailable } from './pods';
export { templateHash, sameTemplate, REVISION, CHANGE_CAUSE, HASH_LABEL } from './template-hash';
export { maxSurge, maxUnavailable } from './deployment';
export { markNamespaceForDeletion, namespaceTerminating } from './namespace';
