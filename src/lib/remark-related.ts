import type { Link, Paragraph, Root, Text } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { type InternalIndex, resolveRelatedHref } from './related.ts';

export type RemarkRelatedOptions = {
  /** Original URL to Gazette URL; a related story we also carry is linked internally. */
  internal?: InternalIndex;
};

const LABEL = 'Related:';

/** A paragraph that is exactly `Related: [Title](url)`. */
function relatedLink(node: Paragraph): Link | undefined {
  const [label, link, ...rest] = node.children;
  if (rest.length > 0 || label?.type !== 'text' || link?.type !== 'link') return undefined;
  if (label.value.trim() !== LABEL) return undefined;
  return link;
}

function linkText(link: Link): string {
  return link.children.map((child) => ('value' in child ? child.value : '')).join('');
}

/**
 * Turns the newsroom's inline "Related: [Title](url)" lines into related-link
 * asides, leaving their words exactly as written. A reader's screen reader can
 * skip them as a complementary landmark, and print and dark styles target them.
 */
const remarkRelated: Plugin<[RemarkRelatedOptions?], Root> = (options = {}) => {
  const internal = options.internal ?? {};
  return (tree) => {
    visit(tree, 'paragraph', (node) => {
      const link = relatedLink(node);
      if (!link) return;
      const { href, internal: isInternal } = resolveRelatedHref(link.url, internal);
      link.url = href;
      link.data = { ...link.data, hProperties: { 'data-related': isInternal ? 'internal' : 'external' } };
      const label = node.children[0] as Text;
      // Keep the label's text (and the space after it) byte for byte; only wrap it.
      node.children[0] = {
        type: 'emphasis',
        children: [{ type: 'text', value: label.value }],
        data: { hName: 'span', hProperties: { className: ['related-label'] } },
      };
      node.data = {
        ...node.data,
        hName: 'aside',
        // Each aside is a landmark; a name of its own keeps them apart in a screen reader's list.
        hProperties: { className: ['related-aside'], 'aria-label': `Related story: ${linkText(link)}` },
      };
    });
  };
};

export default remarkRelated;
