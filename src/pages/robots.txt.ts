/**
 * robots.txt, pointing crawlers at the sitemap on the configured site and base, and away from the editors' desk
 * (which also says noindex itself).
 * Crawlers read robots.txt only at the origin's root: when the site is served
 * under a sub-path, the host must serve this file at /robots.txt (or merge it in).
 */
import type { APIRoute } from 'astro';
import { DESK_PAGE } from '../lib/desk/page.ts';
import { absoluteUrl } from '../lib/site/url.ts';
import { base, siteHref } from '../lib/site/base.ts';

export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('robots.txt needs `site` (SITE_URL) to name the sitemap.');
  const sitemap = absoluteUrl(site.origin, base, 'sitemap-index.xml');
  const desk = siteHref(DESK_PAGE);
  return new Response(`User-agent: *\nAllow: /\nDisallow: ${desk}\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
