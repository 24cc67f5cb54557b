/**
 * Plain text from the small pieces of HTML WordPress keeps in titles, excerpts and captions ("Title <em>With</em>
 * Markup", "&#8217;"), parsed by the HTML parser browsers use, so every character reference is read as a browser would.
 */
import type { Root, RootContent } from 'hast';
import { toText } from 'hast-util-to-text';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';

const parser = unified().use(rehypeParse, { fragment: true });

/**
 * The text of a hast tree on one line: what a browser's innerText gives (hast-util-to-text: blocks and line breaks
 * separate words; scripts, hidden elements and ruby fallbacks are not text), whitespace collapsed.
 */
export function textOf(node: Root | RootContent): string {
  return toText(node).replace(/\s+/g, ' ').trim();
}

/** The text an HTML fragment shows, on one line. */
export function htmlToText(html: string): string {
  return textOf(parser.parse(html));
}

/** Whether an HTML fragment holds any markup (a tag), as opposed to text and character references only. */
export function hasMarkup(html: string): boolean {
  return /<[a-z!/][^>]*>/i.test(html);
}
