import type { MdastPluginDefinition } from 'satteri';
import { relatedAside } from './related-aside.ts';

/**
 * The "Related:" aside transform for Astro's Sätteri Markdown processor.
 *
 * It knows nothing of the collection on purpose: it lives in the Markdown config, which Astro hashes, and a change
 * there clears the cache of rendered bodies and the incremental manifest. Every aside links to the original URL
 * (data-related="external"); inline-related.ts sends it to our copy when the page is rendered.
 */
export function satteriRelated(): MdastPluginDefinition {
  return {
    name: 'gazette-related',
    paragraph(node, ctx) {
      const aside = relatedAside(node, {});
      if (aside) ctx.replaceNode(node, aside);
    },
  };
}
