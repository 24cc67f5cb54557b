/**
 * Writes the host files every build carries, into the build output:
 *   - Netlify's and Cloudflare Pages' `_headers`, from the one list of headers;
 *   - `_redirects`: the stories' old addresses (`aliases`), and the base-path rewrite under a base path;
 *   - the nginx redirect maps the shipped server block includes, and its map of live pages;
 *   - short cache lifetimes for live coverage while it is open (`_headers`, the nginx live map);
 *   - a static page at each old path for hosts that redirect nothing (GitHub Pages), except on Netlify, which would
 *     serve that page instead of its own redirect (it lets files shadow `_redirects` rules).
 * Old addresses are content, so they are built, not committed: only published stories' count, by the build's clock.
 */
import { searchPages } from '../lib/deploy/security-headers.ts';
import { siteSettings } from '../lib/site/settings.ts';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildPublication, isPublished, WHENEVER_PUBLISHED } from '../lib/content/publication.ts';
import { contentDir } from '../lib/content/dir.ts';
import { readStories } from '../lib/content/reader.ts';
import { articleScanCache } from '../lib/incremental/cache-dir.ts';
import { headersFile, redirectsFile, vercelConfig } from '../lib/deploy/host-configs.ts';
import { NGINX_LIVE_MAP, NGINX_REDIRECT_MAPS, nginxLiveMap } from '../lib/deploy/nginx-config.ts';
import { coverageEnded } from '../lib/live/coverage.ts';
import { withBase } from '../lib/site/url.ts';
import { collectRedirects, nginxRedirectMaps, refreshPage } from '../lib/deploy/redirects.ts';
import { siteConfig } from '../lib/site/config.ts';

/**
 * The output directory may hold hard links to the live site (scripts/build.ts pre-fills it), so a file is replaced,
 * never written in place: writing through a link would change the live copy too.
 */
function replaceFile(file: string, text: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.rmSync(file, { force: true });
  fs.writeFileSync(file, text);
}

export default function hostFiles(): AstroIntegration {
  let base = '/';
  let publicDir = '';
  return {
    name: 'gazette:host-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        publicDir = fileURLToPath(config.publicDir);
      },
      'astro:build:done': ({ dir, assets, logger }) => {
        const out = fileURLToPath(dir);
        const publication = buildPublication();
        // Each story's record through the reader's scan cache: a file unchanged since the loader read it is not read.
        const articles = readStories(path.join(contentDir(), 'articles'), { cacheFile: articleScanCache() });
        const redirects = collectRedirects(articles, base, (story) => isPublished(story, publication));

        // Live coverage still open at the build's clock: its pages get the short cache lifetime.
        const livePages = articles.flatMap(({ story }) =>
          story?.live && isPublished(story, publication) && !coverageEnded(story.live, publication.now)
            ? [withBase(base, story.permalink)]
            : [],
        );
        replaceFile(path.join(out, '_headers'), headersFile(base, searchPages(siteSettings().languages), livePages));
        replaceFile(path.join(out, NGINX_LIVE_MAP), nginxLiveMap(livePages));
        const redirectsText = redirectsFile(base, redirects);
        if (redirectsText) replaceFile(path.join(out, '_redirects'), redirectsText);
        else fs.rmSync(path.join(out, '_redirects'), { force: true });
        const maps = nginxRedirectMaps(redirects);
        replaceFile(path.join(out, NGINX_REDIRECT_MAPS.paths), maps.paths);
        replaceFile(path.join(out, NGINX_REDIRECT_MAPS.queries), maps.queries);

        if (process.env.NETLIFY !== 'true') {
          // Every file a route wrote (pages and endpoints alike), relative to the output.
          const built = new Set(
            [...assets.values()].flat().map((url) => path.relative(out, fileURLToPath(url)).split(path.sep).join('/')),
          );
          const { site } = siteConfig();
          let written = 0;
          for (const redirect of redirects) {
            const page = refreshPage(redirect, site, base);
            if (!page) continue;
            if (built.has(page.file) || fs.existsSync(path.join(publicDir, page.file))) {
              throw new Error(
                `${redirect.file}: aliases "${redirect.from}" is the address of ${page.file}, which the site builds; remove it from the story's aliases`,
              );
            }
            replaceFile(path.join(out, page.file), page.html);
            written++;
          }
          if (written > 0)
            logger.info(`${written} static redirect pages for old addresses (hosts without redirects: GitHub Pages)`);
        }

        // vercel.json is committed: say so when the stories' old addresses have moved on since it was written.
        const committed = path.join(process.cwd(), 'vercel.json');
        if (contentDir() === path.resolve('content') && fs.existsSync(committed)) {
          const expected = vercelConfig(
            collectRedirects(articles, '/', (story) => isPublished(story, WHENEVER_PUBLISHED)),
            searchPages(siteSettings().languages),
          );
          if (fs.readFileSync(committed, 'utf8') !== expected)
            logger.warn(
              "vercel.json does not hold the stories' current old addresses; run npm run deploy-configs and commit it",
            );
        }
      },
    },
  };
}
