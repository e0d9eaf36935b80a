import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadScenario } from './load';

const MINIMAL = `id: payments-scale-secondary
title: Scale the secondary payments pool
summary: The primary pool saturates at peak.
difficulty: 1
minutes: 5
briefing:
  alert:
    severity: SEV3
    title: PaymentsAPIHighLatency
    text: |
      p99 latency is 1.8 s.
runbook:
  title: Payments
  markdown: Scale up.
  steps: []
world:
  builtin: payments
  history: 45m
`;

/** Problems as `line:col path: message`. */
function problems(text: string): string[] {
	const loaded = loadScenario(text, 'x.yaml');
	return loaded.ok
		? []
		: loaded.problems.map((p) => `${p.line}:${p.column} ${p.path}: ${p.message}`);
}

describe('loadScenario', () => {
	it('loads a valid scenario with defaults and durations in ms, and locates its nodes', () => {
		const loaded = loadScenario(MINIMAL, 'x.yaml');
		if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
		expect(loaded.scenario.world).toEqual({
			builtin: 'payments',
			contexts: [],
			history: 45 * 60_000
		});
		expect(loaded.scenario.timeline).toEqual([]);
		expect(loaded.scenario.briefing.alert.source).toBe('PagerDuty');
		expect(loaded.locate(['world', 'history'])).toEqual({ line: 18, column: 12 });
		// A path past what exists points at the deepest node on it.
		expect(loaded.locate(['world', 'contexts', 0])).toEqual({ line: 17, column: 3 });
		expect(loaded.locateIn(['briefing', 'alert', 'text'], 4)).toEqual({ line: 11, column: 11 });
	});

	it('words schema issues plainly and puts each at its node', () => {
		const text = MINIMAL.replace('difficulty: 1', 'difficulty: six')
			.replace('severity: SEV3', 'severity: SEV6')
			.replace('history: 45m', 'history: 45\n  curent: prod-us-east-1')
			.replace('    title: PaymentsAPIHighLatency\n', '');
		expect(problems(text)).toEqual([
			'4:13 difficulty: expected a number, got "six"',
			'8:5 briefing.alert.title: required',
			'8:15 briefing.alert.severity: expected one of SEV1, SEV2, SEV3, SEV4, got "SEV6"',
			'17:12 world.history: expected a duration like 90s, 5m or -10m, got 45',
			'18:3 world.curent: unknown field "curent" (did you mean "current"?)'
		]);
	});

	it('reports the closest branch of a union and a bad discriminator', () => {
		const text = MINIMAL.replace(
			'  steps: []',
			`  steps:
    - id: a
      title: A
      text: A
      intent: { kind: scael, target: deploy/x }
      truth: { preflight: { confirms: [x] }, stopIf: { text: x, when: t > 0 } }`
		).replace(
			'      p99 latency is 1.8 s.\n',
			'      p99 latency is 1.8 s.\n  dashboards:\n    - { title: p99, series: [{ service: payments, metric: p99 }] }\n'
		);
		expect(problems(text)).toEqual([
			'13:59 briefing.dashboards.0.series.0.metric: expected one of errorRate, latency, saturation, ready, got "p99"',
			'21:23 runbook.steps.0.intent.kind: unknown kind "scael" (did you mean "scale"?); expected one of inspect, scale, set-image, rollout-undo, rollout-restart, cordon, uncordon, drain, delete, patch, label, annotate, use-context, command'
		]);
	});

	it('reports YAML syntax errors with their position and the path around them', () => {
		expect(problems('id: a\nid: b\ntitle: "open\n')).toEqual([
			'2:1 id: duplicate field "id"',
			'3:8 title: unclosed " quote: the string that starts here never ends'
		]);
		expect(problems('world:\n\tbuiltin: payments\n')).toEqual([
			'2:1 : Tabs are not allowed as indentation'
		]);
	});

	it('refuses files that are not a scenario map', () => {
		expect(problems('')).toEqual([
			'1:1 : scenario is empty: expected a map with id, title, briefing, runbook, world…'
		]);
		expect(problems('- a\n')).toEqual([
			'1:1 : expected a map of scenario fields (id, title, briefing…), got a list'
		]);
		expect(problems('just words')).toEqual([
			'1:1 : expected a map of scenario fields (id, title, briefing…), got "just words"'
		]);
		expect(problems('id: a\n\u0000\u0001')).toEqual([
			'2:1 : binary data, not YAML text: a scenario is a UTF-8 text file'
		]);
	});

	it('refuses a file over 2 MB without parsing it, and an alias bomb', () => {
		expect(problems('#'.repeat(2 * 1024 * 1024 + 1))).toEqual([
			'1:1 : scenario is 2.0 MB; the limit is 2 MB'
		]);
		// Multi-byte characters count as the bytes they take.
		expect(problems('é'.repeat(1024 * 1024 + 1))).toEqual([
			'1:1 : scenario is 2.0 MB; the limit is 2 MB'
		]);
		const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
		for (let i = 1; i < 9; i++)
			bomb.push(
				`${'b'.repeat(i)}: &${'b'.repeat(i)} [${Array(10)
					.fill(i === 1 ? '*a' : `*${'b'.repeat(i - 1)}`)
					.join(', ')}]`
			);
		expect(problems(bomb.join('\n'))[0]).toMatch(
			/^1:1 : cannot read the scenario: Excessive alias count/
		);
	});

	it('never throws, whatever the text', () => {
		const yamlish = fc.array(
			fc.constantFrom(
				'id: ',
				'x',
				'\n',
				'  ',
				'\t',
				'- ',
				'"',
				"'",
				'{',
				'}',
				'[',
				']',
				': ',
				'&a ',
				'*a',
				'|',
				'>',
				'#',
				'---\n',
				'world:',
				'steps:',
				'!!int ',
				'\u0000',
				'%YAML 1.2\n'
			),
			{ maxLength: 60 }
		);
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string(),
					fc.string({ unit: 'binary' }),
					yamlish.map((p) => p.join(''))
				),
				(text) => {
					const loaded = loadScenario(text, 'fuzz.yaml');
					if (!loaded.ok)
						for (const p of loaded.problems) {
							expect(p.line).toBeGreaterThanOrEqual(1);
							expect(p.column).toBeGreaterThanOrEqual(1);
						}
				}
			),
			{ numRuns: 2000 }
		);
	});

	it('never throws on a valid scenario with any one line cut or duplicated', () => {
		const lines = MINIMAL.split('\n');
		fc.assert(
			fc.property(fc.nat(lines.length - 1), fc.boolean(), (i, cut) => {
				const next = [...lines];
				if (cut) next.splice(i, 1);
				else next.splice(i, 0, lines[i]);
				expect(() => loadScenario(next.join('\n'), 'x.yaml')).not.toThrow();
			})
		);
	});
});
