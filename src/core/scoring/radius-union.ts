/** Every object some step of the runbook may change: the ground truth's blast radii and actions. */
import { lineObjects, makeRef, type ObjectRef } from './objects';
import type { ScoreContext } from './rubric-kit';

export function actionRefs(ctx: ScoreContext): ObjectRef[] {
	const world = ctx.prepared.world;
	const out: ObjectRef[] = [];
	for (const s of ctx.model.steps) {
		const intent = s.step.intent;
		const radius = s.step.truth.blastRadius;
		const context =
			radius?.context ?? ('context' in intent ? intent.context : undefined) ?? world.currentContext;
		const namespace =
			radius?.namespace ?? ('namespace' in intent ? intent.namespace : undefined) ?? 'default';
		for (const o of radius?.objects ?? []) {
			const at = o.indexOf('/');
			out.push(makeRef(context, namespace, o.slice(0, at), o.slice(at + 1)));
		}
		for (const line of s.step.truth.actions)
			out.push(...named(lineObjects(line, context, namespace)));
	}
	return out;
}

/** Only named objects: an action on `pods -l …` does not make every pod fair game. */
function named(refs: readonly ObjectRef[]): ObjectRef[] {
	return refs.filter((r) => r.name !== undefined);
}
