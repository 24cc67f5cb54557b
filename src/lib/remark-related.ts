import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { relatedAside } from './related-aside.ts';
import type { InternalIndex } from './related.ts';

export type RemarkRelatedOptions = {
  /** Original URL to Gazette URL; a related story we also carry is linked internally. */
  internal?: InternalIndex;
};

/**
 * Turns the newsroom's inline "Related: [Title](url)" lines into related-link
 * asides, leaving their words exactly as written. A reader's screen reader can
 * skip them as a complementary landmark, and print and dark styles target them.
 *
 * The build uses Sätteri and its twin, satteri-related.ts; this unified version
 * keeps the remark pipeline one line away in astro.config.ts, and both share
 * related-aside.ts, so they cannot drift apart.
 */
const remarkRelated: Plugin<[RemarkRelatedOptions?], Root> = (options = {}) => {
  const internal = options.internal ?? {};
  return (tree) => {
    visit(tree, 'paragraph', (node, index, parent) => {
      const aside = relatedAside(node, internal);
      if (aside && parent && index !== undefined) parent.children[index] = aside;
    });
  };
};

export default remarkRelated;
