/**
 * Where the site is deployed, from the environment, checked before Astro sees it.
 *
 *   SITE_URL   absolute origin, e.g. https://news.example.org (default http://localhost:4321)
 *   BASE_PATH  sub-path the site is served under, e.g. /news/ (default /)
 */
export type SiteConfig = { site: string; base: string };

export const DEFAULT_SITE = 'http://localhost:4321';

export function siteConfig(env: Record<string, string | undefined> = process.env): SiteConfig {
  const site = env.SITE_URL?.trim() || DEFAULT_SITE;
  let url: URL;
  try {
    url = new URL(site);
  } catch {
    throw new Error(`SITE_URL must be an absolute URL with a scheme, like "https://news.example.org"; got "${site}".`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL must start with https:// or http://; got "${site}".`);
  }
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new Error(
      `SITE_URL must be an origin only ("${url.origin}"); put a sub-path in BASE_PATH instead of "${site}".`,
    );
  }
  const base = env.BASE_PATH?.trim() || '/';
  if (!base.startsWith('/')) {
    throw new Error(`BASE_PATH must start with "/", like "/news/"; got "${base}".`);
  }
  if (!/^\/([A-Za-z0-9._~-]+\/?)*$/.test(base) || base.includes('//')) {
    throw new Error(
      `BASE_PATH may hold only path segments of letters, digits, ".", "_", "~" and "-", like "/news/"; got "${base}".`,
    );
  }
  return { site: url.origin, base: base.endsWith('/') ? base : `${base}/` };
}
