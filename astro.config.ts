import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import desk from './src/integrations/desk.ts';
import hostFiles from './src/integrations/host-files.ts';
import searchIndex from './src/integrations/search-index.ts';
import { metaCspDirectives } from './src/lib/deploy/security-headers.ts';
import { buildNow } from './src/lib/site/clock.ts';
import { contentDir } from './src/lib/content/dir.ts';
import { readArticleHeads } from './src/lib/content/reader.ts';
import { buildCacheDir } from './src/lib/incremental/cache-dir.ts';
import { satteriRelated } from './src/lib/article/satteri-related.ts';
import { siteConfig } from './src/lib/site/config.ts';
import { SITE } from './src/lib/site/identity.ts';
import { sitemapRules } from './src/lib/seo/sitemap.ts';

const { site, base } = siteConfig();
// Each article's head is read once here, for the sitemap's dates.
const heads = readArticleHeads(`${contentDir()}/articles`, base);
const sitemapRule = sitemapRules(site, base, heads, buildNow(), { name: SITE.name, language: SITE.lang });

export default defineConfig({
  site,
  base,
  // One policy everywhere: pages are directories and their URLs end in "/".
  trailingSlash: 'always',
  // Sixteen routes at a time: share cards are drawn in worker threads (src/lib/share-card/render.ts), and with only four
  // in flight the workers sat idle 60-70% of the time waiting on the main thread. 1,000 articles: 19.6 s -> 17.2 s.
  build: { format: 'directory', concurrency: 16 },
  // Two routes writing one URL (a section named like another route, were the content check skipped) fail the build.
  prerenderConflictBehavior: 'error',
  // scripts/build.ts builds into a scratch directory and swaps it in on success.
  outDir: process.env.GAZETTE_OUT_DIR || 'dist',
  // Separate caches let fixture and benchmark builds run beside the real one.
  cacheDir: buildCacheDir(),
  devToolbar: { enabled: false },
  markdown: {
    // Shiki colours code with inline styles, which the CSP (rightly) blocks.
    syntaxHighlight: false,
    // Sätteri (Astro 7's Rust Markdown processor, GFM built in) renders bodies ~10× faster than unified/remark;
    // the "Related:" aside runs as a Sätteri mdast plugin. See bench/README.md for the figures.
    processor: satteri({
      // The seed's straight quotes are the text; smart punctuation would rewrite them.
      features: { smartPunctuation: false },
      // No list of our own stories here: anything in this config that changes clears Astro's rendered-body cache and
      // its incremental manifest, so publishing one story would rebuild all. Links are resolved at render time.
      mdastPlugins: [satteriRelated()],
    }),
  },
  // AVIF at encoder effort 2 rather than sharp's 4: about 4× faster per image for ~7% more bytes (bench/README.md).
  image: { service: { entrypoint: 'astro/assets/services/sharp', config: { avif: { effort: 2 } } } },
  security: {
    // Astro hashes the scripts and styles it emits; everything else may come only
    // from this site. frame-ancestors cannot be set in a <meta>: see the host headers.
    csp: { directives: [...metaCspDirectives] },
  },
  // Pages whose cache key (src/lib/incremental/) is unchanged are restored from cacheDir, not rendered.
  // The content store stays one file. 'chunked' (experimental.collectionStorage) lets a 100,000-article store past V8's
  // string limit, but at 10,000 it made a one-edit build's content sync take 112 s instead of 9.5 s
  // (docs/performance.md, "At 100,000 articles").
  experimental: { incrementalBuild: true },
  integrations: [
    sitemap({ filter: (page) => sitemapRule.filter(page), serialize: (item) => sitemapRule.serialize(item), chunks: sitemapRule.chunks }),
    // _headers (and _redirects under a base path) for Netlify and Cloudflare Pages.
    hostFiles(),
    // Pagefind's index of every article, written into the output after the pages (src/lib/search/).
    searchIndex(),
    // The editors' desk at /admin/: its CMS configuration, generated from the content schema (src/lib/desk/).
    desk(),
  ],
});
