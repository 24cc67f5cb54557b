import type { MdastPluginDefinition } from 'satteri';
import { relatedAside } from './related-aside.ts';
import type { InternalIndex } from './related.ts';

/**
 * The "Related:" aside transform for Astro's Sätteri Markdown processor (the
 * same transform as remark-related.ts, for the unified pipeline).
 *
 * `internal` is kept on the plugin object as data, not only in a closure:
 * Astro hashes its config (functions dropped) to decide when cached rendered
 * bodies are stale, so a new article that an old one links to re-renders it.
 */
export function satteriRelated(internal: InternalIndex = {}): MdastPluginDefinition & { internal: InternalIndex } {
  return {
    name: 'gazette-related',
    internal,
    paragraph(node, ctx) {
      const aside = relatedAside(node, internal);
      if (aside) ctx.replaceNode(node, aside);
    },
  };
}
