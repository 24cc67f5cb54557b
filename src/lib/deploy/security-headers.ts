/**
 * THE list of HTTP response headers every host sends with Gazette, and the
 * cache policies. The Netlify/Cloudflare `_headers` file, `vercel.json` and the
 * nginx server block are all generated from here (src/lib/deploy/host-configs.ts), so
 * the hosts cannot drift apart.
 */

import type { APIContext } from 'astro';

/** A directive as Astro's CSP takes it: "img-src 'self'". */
type CspDirective = Parameters<NonNullable<APIContext['csp']>['insertDirective']>[0];

/**
 * The <meta> half of the Content Security Policy, beyond the script-src and style-src with hashes that Astro writes
 * for each page (astro.config.ts, security.csp): everything may come only from this site.
 */
export const metaCspDirectives: readonly CspDirective[] = [
  "default-src 'self'",
  "img-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/**
 * The header half of the Content Security Policy.
 *
 * Every page also carries Astro's `<meta http-equiv="content-security-policy">`
 * with that page's sha256 hashes for its scripts and styles. A browser enforces
 * both policies, so this one must leave scripts and styles alone: it has no
 * `script-src`, `style-src` or `default-src` (which would fall back onto them
 * and block the hashed inline code). Instead it names every other fetch
 * directive, plus what a `<meta>` policy cannot carry: `frame-ancestors`.
 */
export const headerCspDirectives: readonly string[] = [
  "base-uri 'self'",
  "connect-src 'self'",
  "font-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "frame-src 'none'",
  "img-src 'self'",
  "manifest-src 'self'",
  "media-src 'self'",
  "object-src 'none'",
  "worker-src 'self'",
];

/**
 * The search pages' script sources. Pagefind searches with WebAssembly, which a
 * CSP with a script-src allows only under 'wasm-unsafe-eval'; those pages, and no
 * other, get it. src/layouts/SearchLayout.astro puts these into its <meta> policy, and
 * the host configs send them in a script-src for those paths (the pages have no
 * inline script, so 'self' covers all they run).
 */
export const SEARCH_SCRIPT_SOURCES: readonly string[] = ["'self'", "'wasm-unsafe-eval'"];
/** The main edition's search page's path under the base, as the hosts' path rules name it. */
export const SEARCH_PAGE = 'search/';

/**
 * Every edition's search page under the base: the main one's, and one per further language of content/site.yaml at
 * /<tag>/search/ (the base tag in lower case, as src/data/editions.ts places editions).
 */
export function searchPages(languages: readonly string[] = []): string[] {
  return [SEARCH_PAGE, ...languages.map((tag) => `${new Intl.Locale(tag).baseName.toLowerCase()}/${SEARCH_PAGE}`)];
}

/** The header CSP of the search page: the site's, plus its script-src. */
export const searchPageCsp = [...headerCspDirectives, `script-src ${SEARCH_SCRIPT_SOURCES.join(' ')}`].join('; ');

/** The desk's path under the base (src/pages/admin/index.astro). */
export { DESK_PAGE } from '../desk/page.ts';

/**
 * The desk's style sources. Sveltia CMS (a Svelte app) injects its component styles as <style> elements and sets
 * style attributes at run time, so its page, and no other, allows inline styles. Its scripts stay 'self' only.
 */
export const DESK_STYLE_SOURCES: readonly string[] = ["'self'", "'unsafe-inline'"];

/** What the git hosts' APIs need from the desk's page, by backend (docs/desk.md, "What the CSP needs"). */
export const DESK_GIT_HOSTS = {
  github: {
    connect: ['https://api.github.com', 'https://www.githubstatus.com'],
    img: ['https://*.githubusercontent.com'],
  },
  gitlab: {
    connect: ['https://gitlab.com', 'https://status-api.hostedstatus.com'],
    img: ['https://gitlab.com', 'https://secure.gravatar.com'],
  },
} as const;

export type DeskGitHost = keyof typeof DESK_GIT_HOSTS;

/**
 * The desk's fetch directives for the given git hosts. Beyond 'self' and the hosts, measured in Chromium: files held
 * in memory (uploads before they are saved, the entries' previews) are blob: URLs, its logo and icons are data: URLs
 * it also fetches, and the preview pane is an iframe whose document is a blob: URL.
 */
function deskFetchDirectives(hosts: readonly DeskGitHost[]): CspDirective[] {
  const connect = ["'self'", 'blob:', 'data:', ...hosts.flatMap((h) => DESK_GIT_HOSTS[h].connect)];
  const img = ["'self'", 'blob:', 'data:', ...hosts.flatMap((h) => DESK_GIT_HOSTS[h].img)];
  return [`connect-src ${connect.join(' ')}`, `img-src ${img.join(' ')}`, 'frame-src blob:'];
}

/** What the desk's <meta> policy adds to the site's: only the configured git host (none for an unconfigured desk). */
export function deskMetaDirectives(host: DeskGitHost | undefined): CspDirective[] {
  return deskFetchDirectives(host ? [host] : []);
}

/**
 * The desk's header CSP. The committed host configs cannot know which git host a build names, so the header allows
 * both hosts the desk supports; the page's <meta> policy, enforced as well, narrows it to the configured one.
 */
export const deskPageCsp = [
  ...headerCspDirectives.filter((d) => !/^(connect-src|img-src|frame-src) /.test(d)),
  ...deskFetchDirectives(['github', 'gitlab']),
]
  .sort()
  .join('; ');

/**
 * The desk's opener policy. Signing in opens the git host in a popup that reports back through window.opener, which
 * the site's `same-origin` severs (Sveltia's troubleshooting page, "Working Around an Authentication Error"; issues
 * sveltia/sveltia-cms#131 and #815: GitLab's PKCE sign-in needs the header gone altogether, `unsafe-none`).
 */
export const DESK_OPENER_POLICY = 'unsafe-none';

export type Header = { name: string; value: string };

/** Sent with every response, pages and files alike. */
export const securityHeaders: readonly Header[] = [
  { name: 'Content-Security-Policy', value: headerCspDirectives.join('; ') },
  // Two years, the HSTS preload list's minimum. No includeSubDomains: the
  // newsroom's site should not decide for sibling hosts on the same domain.
  { name: 'Strict-Transport-Security', value: 'max-age=63072000' },
  { name: 'X-Content-Type-Options', value: 'nosniff' },
  { name: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  {
    name: 'Permissions-Policy',
    value:
      'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
  },
  // For browsers that predate frame-ancestors.
  { name: 'X-Frame-Options', value: 'DENY' },
  { name: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

/** Astro puts a content hash in every file name under /_astro/: a new build means a new URL. */
export const HASHED_ASSETS_DIR = '_astro';
export const immutableCache = 'public, max-age=31536000, immutable';
/** Pages and feeds change when a story is corrected: caches may keep them five minutes. */
export const shortCache = 'public, max-age=300';
/**
 * Live coverage: each open page asks for its story's `updates.json` every 15–30 s, with `cache: 'no-cache'`, and a
 * reader who reloads expects the newest updates. So `updates.json`, and a live story's pages while its coverage is
 * open, may be kept ten seconds at most, by browsers and by every cache between (a CDN absorbs the polling of many
 * readers at once, and a new update still reaches them within the half minute). src/lib/live/coverage.ts.
 */
export const liveCache = 'public, max-age=10';
/** The file beside each live story's page that its open pages poll. */
export const LIVE_FEED_FILE = 'updates.json';
