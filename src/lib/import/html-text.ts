/**
 * Plain text from the small pieces of HTML WordPress keeps in titles, excerpts and captions ("Title <em>With</em>
 * Markup", "&#8217;"), parsed by the HTML parser browsers use, so every character reference is read as a browser would.
 */
import type { Element, Root, RootContent } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';

const parser = unified().use(rehypeParse, { fragment: true });

const BLOCK = /^(p|div|br|li|h[1-6]|blockquote|figcaption|tr|td|th|dt|dd)$/;

/** The text of a hast tree, blocks and line breaks as spaces, whitespace collapsed. */
export function textOf(node: Root | RootContent): string {
  const parts: string[] = [];
  const walk = (n: Root | RootContent) => {
    if (n.type === 'text') parts.push(n.value);
    else if (n.type === 'element' || n.type === 'root') {
      if (n.type === 'element' && /^(script|style|template)$/.test((n as Element).tagName)) return;
      const block = n.type === 'element' && BLOCK.test(n.tagName);
      if (block) parts.push(' ');
      for (const child of n.children) walk(child);
      if (block) parts.push(' ');
    }
  };
  walk(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** The text an HTML fragment shows, on one line. */
export function htmlToText(html: string): string {
  return textOf(parser.parse(html));
}

/** Whether an HTML fragment holds any markup (a tag), as opposed to text and character references only. */
export function hasMarkup(html: string): boolean {
  return /<[a-z!/][^>]*>/i.test(html);
}
