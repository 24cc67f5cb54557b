import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { contentDir } from './src/lib/content-dir.ts';
import { readInternalIndex } from './src/lib/content-index.ts';
import { satteriRelated } from './src/lib/satteri-related.ts';
import { siteConfig } from './src/lib/site-config.ts';

const { site, base } = siteConfig();

export default defineConfig({
  site,
  base,
  // One policy everywhere: pages are directories and their URLs end in "/".
  trailingSlash: 'always',
  build: { format: 'directory' },
  // scripts/build.ts builds into a scratch directory and swaps it in on success.
  outDir: process.env.GAZETTE_OUT_DIR || 'dist',
  // Separate caches let fixture and benchmark builds run beside the real one.
  cacheDir: process.env.GAZETTE_CACHE_DIR || './node_modules/.astro',
  devToolbar: { enabled: false },
  markdown: {
    // Sätteri (Astro 7's Rust Markdown processor, GFM built in) renders bodies ~10× faster than unified/remark;
    // the "Related:" aside runs as a Sätteri mdast plugin. See bench/README.md for the figures.
    processor: satteri({
      // The seed's straight quotes are the text; smart punctuation would rewrite them.
      features: { smartPunctuation: false },
      mdastPlugins: [satteriRelated(readInternalIndex(`${contentDir()}/articles`, base))],
    }),
  },
  // AVIF at encoder effort 2 rather than sharp's 4: about 4× faster per image for ~7% more bytes (bench/README.md).
  image: { service: { entrypoint: 'astro/assets/services/sharp', config: { avif: { effort: 2 } } } },
  security: { csp: true },
});
