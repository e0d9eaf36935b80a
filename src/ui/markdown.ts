/**
 * Scenario markdown (alert text, symptoms, runbooks) is written by whoever made the scenario:
 * untrusted. It goes through marked, then DOMPurify; `{@html}` is only ever used with the output
 * of `renderMarkdown`. Links open in a new tab without handing over `window.opener` or a referrer.
 */
import DOMPurify, { type DOMPurify as Purifier } from 'dompurify';
import { Marked } from 'marked';

const marked = new Marked({ gfm: true, breaks: false });

/** URL schemes a link or image may use; everything else (javascript:, data:, vbscript:) goes. */
const SAFE_URL = /^(?:https?:|mailto:|#|\/(?!\/)|\.{0,2}\/|[^:]*$)/i;

let purifier: Purifier | undefined;

/** One DOMPurify instance of our own, so the link hook does not leak into other users of it. */
function getPurifier(): Purifier | undefined {
	if (purifier) return purifier;
	if (typeof window === 'undefined' || !DOMPurify.isSupported) return undefined;
	purifier = DOMPurify(window);
	purifier.addHook('afterSanitizeAttributes', (node) => {
		for (const name of ['href', 'src', 'xlink:href']) {
			const value = node.getAttribute(name);
			if (value !== null && !SAFE_URL.test(value.replace(/[\s\u0000-\u001f]/g, ''))) {
				node.removeAttribute(name);
			}
		}
		if (node.tagName === 'A' && node.hasAttribute('href')) {
			node.setAttribute('target', '_blank');
			node.setAttribute('rel', 'noopener noreferrer');
		}
	});
	return purifier;
}

export interface MarkdownOptions {
	/** Levels to push headings down, so a runbook's `#` sits under the page's own headings. */
	shiftHeadings?: number;
}

/** Markdown → sanitised HTML, safe for `{@html}`. Without a DOM, the text comes back escaped. */
export function renderMarkdown(text: string, options: MarkdownOptions = {}): string {
	const purify = getPurifier();
	if (!purify) return `<p>${escapeHtml(text)}</p>`;
	const shift = options.shiftHeadings ?? 0;
	const html = marked.parse(text, {
		async: false,
		walkTokens: (token) => {
			if (token.type === 'heading') token.depth = Math.min(6, token.depth + shift);
		}
	});
	return purify.sanitize(html, {
		USE_PROFILES: { html: true },
		FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'object'],
		FORBID_ATTR: ['style']
	});
}

function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
