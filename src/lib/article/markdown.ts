/**
 * How a story's Markdown becomes HTML: one set of options for astro.config.ts and for the article page, which renders
 * its own body (src/lib/article/body.ts), so the two cannot drift. Build time, in Astro/Vite and at config time.
 */
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { satteriRelated } from './satteri-related.ts';
import { satteriScrollBoxes } from './satteri-scroll-boxes.ts';

export const MARKDOWN = {
  // Shiki colours code with inline styles, which the CSP (rightly) blocks.
  syntaxHighlight: false,
  satteri: {
    // The seed's straight quotes are the text; smart punctuation would rewrite them.
    features: { smartPunctuation: false },
    // No list of our own stories here: anything in this config that changes clears Astro's caches. Links to stories
    // we carry are resolved when the page is rendered (inline-related.ts).
    mdastPlugins: [satteriRelated()],
    hastPlugins: [satteriScrollBoxes()],
  },
} as const;

type Processor = Awaited<ReturnType<typeof createSatteriMarkdownProcessor>>;
let processor: Promise<Processor> | undefined;

/** A story body as HTML, exactly as Astro's own Markdown pipeline renders it with MARKDOWN. */
export async function markdownToHtml(body: string): Promise<string> {
  processor ??= createSatteriMarkdownProcessor({
    syntaxHighlight: MARKDOWN.syntaxHighlight,
    features: { ...MARKDOWN.satteri.features },
    mdastPlugins: [...MARKDOWN.satteri.mdastPlugins],
    hastPlugins: [...MARKDOWN.satteri.hastPlugins],
  });
  return (await (await processor).render(body)).code;
}
