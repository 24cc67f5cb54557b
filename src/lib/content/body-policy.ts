/**
 * What an article's body may contain. The policy is to refuse, not to clean up:
 * an editor learns what was wrong, and nothing is published that they did not see.
 */
import { isRelatedLabel } from '../article/related-labels.ts';
import type { Html, Link, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

/** Elements that run code, embed other documents or restyle the page: never in a story's body. */
const FORBIDDEN_ELEMENT = /<\s*(script|iframe|frame|frameset|object|embed|style|link|meta|base|form)\b/i;
const EVENT_HANDLER = /<[^>]*?\s(on[a-z]+)\s*=/i;
const SCRIPT_URL = /^(javascript|vbscript|data):/i;
const HTML_SCRIPT_URL = /\s(?:href|src|action|formaction|xlink:href)\s*=\s*["']?\s*(javascript|vbscript|data):/i;

/** Browsers ignore control characters and spaces in a URL's scheme, so "java\tscript:" is still script. */
function scheme(url: string): string {
  return url.replace(/[\u0000-\u0020]/g, '');
}

/**
 * Most bodies hold no HTML, no character reference and no script scheme at all,
 * and need no Markdown parse (it is most of this check's time on a large archive).
 * Spaces, control characters and backslash escapes are dropped first, as a
 * browser or Markdown would drop them; "&" catches "&#106;avascript:".
 */
function mightBreakPolicy(body: string): boolean {
  return /[<&]/.test(body) || /(javascript|vbscript|data):/i.test(body.replace(/[\u0000-\u0020\\]/g, ''));
}

/**
 * What a story's body may not contain: script URLs in links, and raw HTML that
 * runs code or embeds another page. The policy is to refuse, not to clean up:
 * an editor learns what was wrong, and nothing is published that they did not see.
 */
export function checkBody(file: string, body: string, bodyLine: number): string[] {
  const problems: string[] = [];
  if (!mightBreakPolicy(body)) return problems;
  const at = (line: number | undefined) => `${file}: body, line ${(line ?? 1) + bodyLine - 1}:`;
  const tree = unified().use(remarkParse).use(remarkGfm).parse(body) as Root;
  visit(tree, (node) => {
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      const { url } = node as Link;
      if (SCRIPT_URL.test(scheme(url))) {
        problems.push(
          `${at(node.position?.start.line)} the ${node.type} to "${url}" uses a script URL; use an http(s) link`,
        );
      }
    }
    if (node.type !== 'html') return;
    const { value } = node as Html;
    const line = node.position?.start.line;
    const element = FORBIDDEN_ELEMENT.exec(value);
    if (element) {
      problems.push(
        `${at(line)} raw <${element[1].toLowerCase()}> HTML is not allowed in an article body; write the story in Markdown`,
      );
    }
    const handler = EVENT_HANDLER.exec(value);
    if (handler)
      problems.push(`${at(line)} the inline event handler ${handler[1]}="…" is not allowed in an article body`);
    const url = HTML_SCRIPT_URL.exec(value.replace(/[\u0000-\u0009\u000b-\u001f]/g, ''));
    if (url)
      problems.push(`${at(line)} raw HTML with a ${url[1].toLowerCase()}: URL is not allowed in an article body`);
  });
  return problems;
}

/** A line that is exactly "Related: [Title](url)", its label in any shipped language (related-labels.ts). */
const RELATED_LINE = /^([^[\]]{1,60})\[[^\]]*\]\(\s*<?([^)\s>]+)>?\s*\)\s*$/;

/**
 * The URLs of the body's "Related: [Title](url)" lines, with their file line.
 * The pattern is the paragraph article/related-aside.ts turns into an aside.
 */
export function inlineRelatedUrls(body: string, bodyLine: number): { url: string; line: number }[] {
  const found: { url: string; line: number }[] = [];
  body.split('\n').forEach((text, i) => {
    const match = RELATED_LINE.exec(text);
    if (match && isRelatedLabel(match[1])) found.push({ url: match[2], line: i + bodyLine });
  });
  return found;
}
