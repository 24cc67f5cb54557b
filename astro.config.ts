import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import hostFiles from './src/integrations/host-files.ts';
import { buildNow } from './src/lib/clock.ts';
import { contentDir } from './src/lib/content-dir.ts';
import { readArticleHeads, readInternalIndex } from './src/lib/content-index.ts';
import remarkRelated from './src/lib/remark-related.ts';
import { siteConfig } from './src/lib/site-config.ts';
import { sitemapRules } from './src/lib/sitemap.ts';

const { site, base } = siteConfig();
const sitemapRule = sitemapRules(site, base, readArticleHeads(`${contentDir()}/articles`, base), buildNow());

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
    // Shiki colours code with inline styles, which the CSP (rightly) blocks.
    syntaxHighlight: false,
    processor: unified({
      gfm: false,
      // The seed's straight quotes are the text; SmartyPants would rewrite them.
      smartypants: false,
      remarkPlugins: [remarkGfm, [remarkRelated, { internal: readInternalIndex(`${contentDir()}/articles`, base, buildNow()) }]],
    }),
  },
  security: {
    // Astro hashes the scripts and styles it emits; everything else may come only
    // from this site. frame-ancestors cannot be set in a <meta>: see the host headers.
    csp: { directives: ["default-src 'self'", "img-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"] },
  },
  integrations: [
    sitemap({ filter: (page) => sitemapRule.filter(page), serialize: (item) => sitemapRule.serialize(item) }),
    // _headers (and _redirects under a base path) for Netlify and Cloudflare Pages.
    hostFiles(),
  ],
});
