import { describe, expect, it } from 'vitest';
import type { PodTemplate } from '../../cluster/types';
import { describePodTemplate } from './describe-template';

const template = (annotations: Record<string, string>) =>
	({
		metadata: { labels: { app: 'web' }, annotations },
		spec: { containers: [{ name: 'web', image: 'nginx:1.27' }] }
	}) as unknown as PodTemplate;

describe('describePodTemplate', () => {
	it('never shows simulator directives, and drops the block when only they remain', () => {
		const only = describePodTemplate(template({ 'preflight.dev/past-restarts': '2' }));
		expect(only.startsWith('Pod Template:\n  Labels:\tapp=web\n  Containers:\n')).toBe(true);
		const mixed = describePodTemplate(
			template({ 'preflight.dev/past-restarts': '2', 'kubectl.kubernetes.io/restartedAt': 't' })
		);
		expect(
			mixed.startsWith(
				'Pod Template:\n  Labels:\tapp=web\n  Annotations:\tkubectl.kubernetes.io/restartedAt=t\n'
			)
		).toBe(true);
	});
});
