/**
 * WordPress's wpautop, for posts written in the classic editor: they are stored with bare line breaks, and WordPress
 * makes the paragraphs (a blank line) and line breaks (one newline) only when it shows them. Block-editor posts are
 * stored with their <p> tags and never go through it. This follows the steps of wp-includes/formatting.php.
 */

const BLOCKS =
  '(?:table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li|pre|form|map|area|blockquote|address|' +
  'math|style|p|h[1-6]|hr|fieldset|legend|section|article|aside|hgroup|header|footer|nav|figure|figcaption|details|menu|summary)';

const OPEN_BLOCK = new RegExp(`(<${BLOCKS}[\\s/>])`, 'gi');
const CLOSE_BLOCK = new RegExp(`(</${BLOCKS}>)`, 'gi');
const P_BEFORE_BLOCK = new RegExp(`<p>\\s*(</?${BLOCKS}[^>]*>)`, 'gi');
const P_AFTER_BLOCK = new RegExp(`(</?${BLOCKS}[^>]*>)\\s*</p>`, 'gi');
const BR_AFTER_BLOCK = new RegExp(`(</?${BLOCKS}[^>]*>)\\s*<br />`, 'gi');
const BR_BEFORE_BLOCK = new RegExp(`<br />(\\s*</?(?:p|li|div|dl|dd|dt|th|pre|td|ul|ol)[^>]*>)`, 'gi');

/** Paragraphs and line breaks for HTML stored by the classic editor. */
export function autop(html: string): string {
  if (html.trim() === '') return '';
  // <pre> keeps its line breaks: set it aside.
  const kept: string[] = [];
  let text = html.replace(/<pre\b[\s\S]*?<\/pre>/gi, (pre) => `<pre data-autop-kept="${kept.push(pre) - 1}"></pre>`);
  text = `${text.replace(/\r\n?/g, '\n')}\n`;
  // A newline inside a tag is not a line break.
  text = text.replace(/<[^<>]+>/g, (tag) => tag.replace(/\n/g, ' '));
  text = text.replace(/<br\s*\/?>\s*<br\s*\/?>/gi, '\n\n');
  text = text.replace(OPEN_BLOCK, '\n\n$1').replace(CLOSE_BLOCK, '$1\n\n');
  text = text.replace(/\n\n+/g, '\n\n');
  text = text
    .split(/\n\s*\n/)
    .filter((chunk) => chunk.trim() !== '')
    .map((chunk) => `<p>${chunk.replace(/^\n*|\n*$/g, '')}</p>\n`)
    .join('');
  text = text.replace(/<p>\s*<\/p>/g, '');
  // A quote's text goes in paragraphs inside it, not around it.
  text = text
    .replace(/<p><blockquote([^>]*)>/gi, '<blockquote$1><p>')
    .replace(/<\/blockquote><\/p>/gi, '</p></blockquote>');
  text = text.replace(P_BEFORE_BLOCK, '$1').replace(P_AFTER_BLOCK, '$1');
  text = text.replace(/(?<!<br \/>)\s*\n(?!$)/g, '<br />\n');
  text = text.replace(BR_AFTER_BLOCK, '$1').replace(BR_BEFORE_BLOCK, '$1');
  text = text.replace(/\n<\/p>$/g, '</p>');
  return text.replace(/<pre data-autop-kept="(\d+)"><\/pre>/g, (_, i) => kept[Number(i)]);
}
