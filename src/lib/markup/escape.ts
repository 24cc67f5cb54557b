/**
 * Escaping for markup written by hand. Astro escapes what templates print; these are for the strings Gazette builds
 * itself, outside a template.
 */

/** Text for an element's content or a double-quoted attribute value, in HTML, XML or SVG. */
export const escapeMarkup = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Text for an element's content only, its quotes left as they are: what the WordPress import writes into a story's
 * Markdown, where an editor reads and edits it.
 */
export const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An attribute value as HTML wrote it, back to its text: the references a Markdown processor writes. */
export const unescapeAttribute = (value: string) =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
