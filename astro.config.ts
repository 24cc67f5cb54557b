import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import desk from './src/integrations/desk.ts';
import hostFiles from './src/integrations/host-files.ts';
import reuseOutput from './src/integrations/reuse-output.ts';
import { metaCspDirectives } from './src/lib/deploy/security-headers.ts';
import { contentDir } from './src/lib/content/dir.ts';
import { readStories } from './src/lib/content/reader.ts';
import { readLiveUpdates } from './src/lib/content/update-reader.ts';
import { buildPublication } from './src/lib/content/publication.ts';
import { articleScanCache, buildCacheDir, updateScanCache } from './src/lib/incremental/cache-dir.ts';
import { latestUpdates } from './src/lib/live/coverage.ts';
import { MARKDOWN } from './src/lib/article/markdown.ts';
import { siteConfig } from './src/lib/site/config.ts';
import { siteSettings } from './src/lib/site/settings.ts';
import { sitemapRules } from './src/lib/seo/sitemap.ts';

const { site, base } = siteConfig();
/**
 * The integrations whose `astro:build:done` output follows the content: the sitemap, and the host files (old
 * addresses, live coverage's cache lifetimes). Made afresh, with the clock read now, by the warm publisher after each
 * update (scripts/publish.ts).
 */
export function contentIntegrations() {
  // The sitemap's dates come from each story's record, through the reader's scan cache, when the sitemap is written.
  const stories = () => readStories(`${contentDir()}/articles`, { cacheFile: articleScanCache() });
  // A live story is dated by its newest update shown at the build's clock (src/lib/live/coverage.ts).
  const publication = buildPublication();
  const latest = () =>
    latestUpdates(
      readLiveUpdates(`${contentDir()}/articles`, { cacheFile: updateScanCache() }).flatMap((u) =>
        u.update ? [{ story: u.story, id: u.id, published: u.update.published.date }] : [],
      ),
      publication.now,
    );
  // content/site.yaml: the News sitemap names the site; a story without `lang` is in the site's language.
  const settings = siteSettings();
  const sitemapRule = sitemapRules(
    site,
    base,
    stories,
    publication,
    { name: settings.name, language: settings.language },
    latest,
  );
  return [
    sitemap({
      filter: (page) => sitemapRule.filter(page),
      serialize: (item) => sitemapRule.serialize(item),
      chunks: sitemapRule.chunks,
    }),
    // _headers (and _redirects under a base path) for Netlify and Cloudflare Pages.
    hostFiles(),
  ];
}

export default defineConfig({
  site,
  base,
  // One policy everywhere: pages are directories and their URLs end in "/".
  trailingSlash: 'always',
  // Sixteen routes at a time: share cards are drawn in worker threads (src/lib/share-card/render.ts), and with only four
  // in flight the workers sat idle most of the time waiting on the main thread (docs/performance.md, "Figures behind the code's comments").
  // Every page's CSS in its <head>, none render-blocking from another request: Astro's default inlines only sheets
  // under 4 KB, and the shared sheet sat 67 bytes under, so any rule more made every page wait for a second request
  // (decision 046).
  build: { format: 'directory', concurrency: 16, inlineStylesheets: 'always' },
  // Two routes writing one URL (a section named like another route, were the content check skipped) fail the build.
  prerenderConflictBehavior: 'error',
  // scripts/build.ts builds into a scratch directory, pre-filled with links to the live site's unchanged pages
  // (src/lib/incremental/reuse-output.ts), and swaps it in on success; Astro must not empty it first.
  outDir: process.env.GAZETTE_OUT_DIR || 'dist',
  vite: { build: { emptyOutDir: !process.env.GAZETTE_OUT_DIR } },
  // Separate caches let fixture and benchmark builds run beside the real one.
  cacheDir: buildCacheDir(),
  devToolbar: { enabled: false },
  // Sätteri (Astro 7's Rust Markdown processor, GFM built in); the article page renders bodies with the same options
  // (src/lib/article/markdown.ts).
  markdown: {
    syntaxHighlight: MARKDOWN.syntaxHighlight,
    processor: satteri({
      ...MARKDOWN.satteri,
      mdastPlugins: [...MARKDOWN.satteri.mdastPlugins],
      hastPlugins: [...MARKDOWN.satteri.hastPlugins],
    }),
  },
  // AVIF at encoder effort 2 rather than sharp's 4: about 4× faster per image for ~7% more bytes
  // (docs/performance.md, "Figures behind the code's comments").
  image: { service: { entrypoint: 'astro/assets/services/sharp', config: { avif: { effort: 2 } } } },
  security: {
    // Astro hashes the scripts and styles it emits; everything else may come only
    // from this site. frame-ancestors cannot be set in a <meta>: see the host headers.
    csp: { directives: [...metaCspDirectives] },
  },
  // Pages whose cache key (src/lib/incremental/) is unchanged are restored from cacheDir, not rendered.
  // The content store stays one file. 'chunked' (experimental.collectionStorage) lets a 100,000-article store past V8's
  // string limit, but at 10,000 it made a one-edit build's content sync an order of magnitude slower
  // (docs/performance.md, "Figures behind the code's comments").
  experimental: { incrementalBuild: true },
  integrations: [
    // A page rendered again is written as a new file, never through a link into the live site.
    reuseOutput(),
    // The sitemap, and the host files.
    ...contentIntegrations(),
    // The editors' desk at /admin/: its CMS configuration, generated from the content schema (src/lib/desk/).
    desk(),
  ],
});
