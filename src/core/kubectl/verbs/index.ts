/**
 * The verb registry: every top-level kubectl command the simulator knows, in `kubectl --help`
 * order. Each verb lives in its own file and exports one `VerbSpec`; add it here.
 */
import type { VerbSpec } from '../types';
import { annotateVerb } from './annotate';
import { apiResourcesVerb, apiVersionsVerb } from './api-resources';
import { authVerb } from './auth';
import { clusterInfoVerb } from './cluster-info';
import { configVerb } from './config';
import { cordonVerb } from './cordon';
import { createVerb } from './create';
import { deleteVerb } from './delete';
import { describeVerb } from './describe';
import { drainVerb } from './drain';
import { eventsVerb } from './events';
import { explainVerb } from './explain';
import { getVerb } from './get';
import { labelVerb } from './label';
import { logsVerb } from './logs';
import { patchVerb } from './patch';
import { rolloutVerb } from './rollout';
import { scaleVerb } from './scale';
import { setVerb } from './set';
import { taintVerb } from './taint';
import { topVerb } from './top';
import { uncordonVerb } from './uncordon';
import { versionVerb } from './version';
import { waitVerb } from './wait';

export const VERBS: VerbSpec[] = [
	createVerb,
	setVerb,
	getVerb,
	deleteVerb,
	rolloutVerb,
	scaleVerb,
	clusterInfoVerb,
	topVerb,
	cordonVerb,
	uncordonVerb,
	drainVerb,
	taintVerb,
	describeVerb,
	logsVerb,
	eventsVerb,
	explainVerb,
	authVerb,
	patchVerb,
	waitVerb,
	labelVerb,
	annotateVerb,
	apiResourcesVerb,
	apiVersionsVerb,
	configVerb,
	versionVerb
];
