/**
 * The HorizontalPodAutoscaler's status conditions (AbleToScale, ScalingActive, ScalingLimited) with
 * the reasons and messages kube's horizontal.go sets, for each way a sync can end.
 */
import type { PodCondition } from '../types';
import type { Ctx } from './context';
import { setCondition } from './pods';

/** The metric as the controller names it in events and conditions. */
export const CPU_METRIC = 'cpu resource utilization (percentage of request)';

/** The target was scaled to the given size. */
export function rescaled(ctx: Ctx, list: PodCondition[], desired: number): PodCondition[] {
	return setCondition(
		list,
		{
			type: 'AbleToScale',
			status: 'True',
			reason: 'SucceededRescale',
			message: `the HPA controller was able to update the target scale to ${desired}`
		},
		ctx.now
	);
}

/** The target has zero replicas: autoscaling is off until it is scaled up again. */
export function disabledConditions(ctx: Ctx, list: PodCondition[]): PodCondition[] {
	const out = gotScale(ctx, list);
	return setCondition(
		out,
		{
			type: 'ScalingActive',
			status: 'False',
			reason: 'ScalingDisabled',
			message: 'scaling is disabled since the replica count of the target is zero'
		},
		ctx.now
	);
}

function gotScale(ctx: Ctx, list: PodCondition[]): PodCondition[] {
	return setCondition(
		list,
		{
			type: 'AbleToScale',
			status: 'True',
			reason: 'SucceededGetScale',
			message: "the HPA controller was able to get the target's current scale"
		},
		ctx.now
	);
}

export function okConditions(
	ctx: Ctx,
	list: PodCondition[],
	desired: number,
	current: number,
	limited?: string
): PodCondition[] {
	let out =
		desired !== current
			? rescaled(ctx, list, desired)
			: setCondition(
					list,
					{
						type: 'AbleToScale',
						status: 'True',
						reason: 'ReadyForNewScale',
						message: 'recommended size matches current size'
					},
					ctx.now
				);
	out = setCondition(
		out,
		{
			type: 'ScalingActive',
			status: 'True',
			reason: 'ValidMetricFound',
			message: `the HPA was able to successfully calculate a replica count from ${CPU_METRIC}`
		},
		ctx.now
	);
	out = setCondition(
		out,
		limited === 'TooManyReplicas'
			? {
					type: 'ScalingLimited',
					status: 'True',
					reason: 'TooManyReplicas',
					message: 'the desired replica count is more than the maximum replica count'
				}
			: limited === 'TooFewReplicas'
				? {
						type: 'ScalingLimited',
						status: 'True',
						reason: 'TooFewReplicas',
						message: 'the desired replica count is less than the minimum replica count'
					}
				: {
						type: 'ScalingLimited',
						status: 'False',
						reason: 'DesiredWithinRange',
						message: 'the desired count is within the acceptable range'
					},
		ctx.now
	);
	return out;
}

export function failedMetrics(ctx: Ctx, list: PodCondition[]): PodCondition[] {
	return setCondition(
		gotScale(ctx, list),
		{
			type: 'ScalingActive',
			status: 'False',
			reason: 'FailedGetResourceMetric',
			message:
				'the HPA was unable to compute the replica count: failed to get cpu utilization: unable to get metrics for resource cpu: no metrics returned from resource metrics API'
		},
		ctx.now
	);
}
