/**
 * A WordPress post's stored HTML as plain HTML for the shared conversion (../body/): block comments, <!--more--> and
 * <!--nextpage--> out, shortcodes replaced (shortcodes.ts), and paragraphs made for classic-editor posts (`@wordpress/autop`),
 * each thing left out a note for the report.
 */
import { autop } from '@wordpress/autop';
import { replaceShortcodes } from './shortcodes.ts';

/**
 * A self-closing block comment, `<!-- wp:page-list {"fontSize":"small"} /-->`: a block with no HTML of its own, which
 * WordPress draws when it shows the page (lists of pages or comments, the post's title, navigation, a reusable block).
 * Its attributes are JSON, in which WordPress escapes "--", so the comment ends at the first "-->".
 */
const DYNAMIC_BLOCK = /<!--\s+wp:([a-z][a-z0-9-]*(?:\/[a-z][a-z0-9-]*)?)\s(?:(?!-->)[\s\S])*?\/-->/g;

/** Block comments, <!--more-->, <!--nextpage--> and shortcodes out; paragraphs in for classic-editor posts. */
export function prepareHtml(content: string): { html: string; notes: string[] } {
  const notes: string[] = [];
  const blocks = /<!--\s*wp:/.test(content);
  if (/<!--nextpage-->/.test(content)) notes.push('its pages (<!--nextpage-->) are joined into one');
  const drawnLive = [...new Set([...content.matchAll(DYNAMIC_BLOCK)].map((m) => `wp:${m[1]}`))];
  if (drawnLive.length > 0)
    notes.push(
      `${drawnLive.length === 1 ? 'a block' : 'blocks'} that WordPress draws only as it shows the post (${drawnLive.join(', ')}) ${drawnLive.length === 1 ? 'is' : 'are'} left out`,
    );
  const shortcodes = replaceShortcodes(content.replace(/<!--[\s\S]*?-->/g, ''));
  notes.push(...shortcodes.notes);
  return { html: blocks ? shortcodes.html : autop(shortcodes.html), notes };
}
