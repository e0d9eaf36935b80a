// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown';

describe('renderMarkdown', () => {
	it('renders headings, lists, code and emphasis', () => {
		expect(
			renderMarkdown('## Drain the pool\n\n1. Run `kubectl get pods`\n2. **Stop** if none')
		).toBe(
			'<h2>Drain the pool</h2>\n<ol>\n<li>Run <code>kubectl get pods</code></li>\n<li><strong>Stop</strong> if none</li>\n</ol>\n'
		);
	});

	it('pushes headings down when asked, never below h6', () => {
		expect(renderMarkdown('# Runbook\n\n##### Notes', { shiftHeadings: 2 })).toBe(
			'<h3>Runbook</h3>\n<h6>Notes</h6>\n'
		);
	});

	it('opens links in a new tab without opener or referrer', () => {
		expect(renderMarkdown('[Grafana](https://grafana.example.com/d/payments)')).toBe(
			'<p><a href="https://grafana.example.com/d/payments" target="_blank" rel="noopener noreferrer">Grafana</a></p>\n'
		);
	});

	it('drops <script> elements', () => {
		expect(renderMarkdown('before\n\n<script>alert(1)</script>\n\nafter')).toBe(
			'<p>before</p>\n<p>after</p>\n'
		);
	});

	it('drops event handlers such as <img onerror>', () => {
		expect(renderMarkdown('<img src="x.png" onerror="alert(1)">')).toBe('<img src="x.png">');
	});

	it('drops javascript: links but keeps their text', () => {
		expect(renderMarkdown('[click](javascript:alert(1))')).toBe('<p><a>click</a></p>\n');
		expect(renderMarkdown('<a href=" JaVaScRiPt:alert(1)">x</a>')).toBe('<p><a>x</a></p>\n');
	});

	it('drops <iframe>, <object> and <form>', () => {
		expect(
			renderMarkdown('<iframe src="https://evil.example"></iframe><form><input></form>ok')
		).toBe('ok');
	});

	it('drops data: URLs on images and links', () => {
		expect(renderMarkdown('![x](data:image/svg+xml;base64,PHN2Zz4=)')).toBe(
			'<p><img alt="x"></p>\n'
		);
		expect(renderMarkdown('<a href="data:text/html,<script>alert(1)</script>">x</a>')).toBe(
			'<p><a>x</a></p>\n'
		);
	});

	it('drops inline SVG with script and style attributes', () => {
		expect(renderMarkdown('<svg><script>alert(1)</script></svg><p style="color:red">hi</p>')).toBe(
			'<p></p><p>hi</p><p></p>\n'
		);
	});
});
