/**
 * `verify-unrelated`: the verify must read an object the action changes — by naming it (or its
 * type, in its namespace), or, run on the world after the action, by showing it (`get pods -l
 * pool=secondary` lists the Deployment's pods, `get nodes` the cordoned node).
 */
import { resolveResourceType, resourceKey } from '../../cluster/resources';
import type { World } from '../../cluster/types';
import { runKubectl } from '../../kubectl/run';
import type { ClassifiedCommand } from '../classification';
import type { Change } from '../diff-worlds';
import type { Facts, Finding } from '../lint-types';
import { actionRun } from './action-sim';
import { refOf } from '../step-args';
import { placeOf } from './place';
import { error, quote } from './say';

function names(world: World, command: ClassifiedCommand, c: Change): boolean {
	const target = command.target;
	if (!target) return false;
	const place = placeOf(world, command);
	const cluster = world.contexts.find((x) => x.name === place.context)?.cluster;
	if (cluster !== c.cluster) return false;
	if (c.namespace && !target.allNamespaces && place.namespace !== c.namespace) return false;
	const types = target.resources.map((r) => {
		const type = resolveResourceType(r);
		return type ? resourceKey(type) : r;
	});
	if (!types.includes(c.resource) && !types.includes('all')) return false;
	return target.names.length === 0 || target.names.includes(c.name);
}

function shows(world: World, now: number, command: ClassifiedCommand, c: Change): boolean {
	const out = runKubectl(world, [...command.argv], now);
	return `${out.stdout}\n${out.stderr}`.includes(c.name);
}

export function verifyUnrelatedRule(facts: Facts): Finding[] {
	if (facts.blocked.has('verify.command')) return [];
	const run = actionRun(facts);
	if (!run || run.changes.length === 0) return [];
	const reads = facts.commands['verify.command'].classification.commands.filter(
		(c) => c.verb !== '' && c.class === 'read-only'
	);
	if (reads.length === 0) return [];
	const { world, now } = facts.ctx;
	const related = run.changes.some((c) =>
		reads.some((r) => names(world, r, c) || shows(run.after, now, r, c))
	);
	if (related) return [];
	const changed = [...new Set(run.changes.map(refOf))];
	const list =
		changed.length > 3
			? `${changed.slice(0, 3).join(', ')} and ${changed.length - 3} more`
			: changed.join(', ');
	return [
		error(
			'verify-unrelated',
			'verify.command',
			`verify ${quote(facts.commands['verify.command'].line)} does not read what the action changes (${list}): check the changed object itself`
		)
	];
}
