import type { Link, Paragraph } from 'mdast';
import { isRelatedLabel } from './related-labels.ts';
import { type InternalIndex, resolveRelatedHref } from './related.ts';

/** The link of a paragraph that is exactly `Related: [Title](url)`. */
function relatedLink(node: Paragraph): Link | undefined {
  const [label, link, ...rest] = node.children;
  if (rest.length > 0 || label?.type !== 'text' || link?.type !== 'link') return undefined;
  if (!isRelatedLabel(label.value)) return undefined;
  return link;
}

function linkText(link: Link): string {
  return link.children.map((child) => ('value' in child ? child.value : '')).join('');
}

/**
 * The related-link aside that replaces an inline "Related: [Title](url)"
 * paragraph, or undefined for any other paragraph. Plain mdast with hName and
 * hProperties, so both Markdown pipelines (unified's remark and Sätteri) turn
 * it into the same HTML. The words stay exactly as written; the label is only
 * wrapped, and a story we also carry is linked to our copy.
 */
export function relatedAside(node: Paragraph, internal: InternalIndex): Paragraph | undefined {
  const link = relatedLink(node);
  if (!link) return undefined;
  const label = node.children[0];
  if (label.type !== 'text') return undefined;
  const { href, internal: isInternal } = resolveRelatedHref(link.url, internal);
  return {
    type: 'paragraph',
    // Each aside is a landmark; a name of its own keeps them apart in a screen reader's list. The name is the story's
    // title here, and "Related story: <title>" in the page's language once the page is rendered (inline-related.ts).
    data: {
      hName: 'aside',
      hProperties: { className: ['related-aside'], 'aria-label': linkText(link) },
    },
    children: [
      {
        type: 'emphasis',
        data: { hName: 'span', hProperties: { className: ['related-label'] } },
        children: [{ type: 'text', value: label.value }],
      },
      {
        type: 'link',
        url: href,
        ...(link.title ? { title: link.title } : {}),
        data: { hProperties: { 'data-related': isInternal ? 'internal' : 'external' } },
        children: link.children,
      },
    ],
  };
}
