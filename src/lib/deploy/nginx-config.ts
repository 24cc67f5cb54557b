/**
 * The nginx server block, committed under scripts/deploy/nginx/ (`npm run deploy-configs`; a test checks it is
 * current), rendered from src/lib/deploy/security-headers.ts and content-types.ts as the other hosts' files are
 * (host-configs.ts), and the map files it includes, which each build writes beside the site: stories' old addresses, and
 * the pages of live coverage still open.
 */
import { CHARSET_TYPES, COMPRESSIBLE_TYPES, GZIP_MIN_LENGTH, NGINX_EXTRA_TYPES } from './content-types.ts';
import { GENERATED } from './host-configs.ts';
import {
  DESK_OPENER_POLICY,
  DESK_PAGE,
  deskPageCsp,
  HASHED_ASSETS_DIR,
  type Header,
  immutableCache,
  LIVE_FEED_FILE,
  liveCache,
  SEARCH_PAGE,
  searchPageCsp,
  securityHeaders,
  shortCache,
} from './security-headers.ts';

/** The nginx map files each build writes beside the site, which the server block includes (see nginxServerBlock). */
export const NGINX_REDIRECT_MAPS = { paths: '_nginx-redirects.map', queries: '_nginx-redirects-p.map' } as const;
/** The nginx map each build writes of the live stories whose coverage is open: their pages' Cache-Control. */
export const NGINX_LIVE_MAP = '_nginx-live.map';

const siteValue = (name: string) => securityHeaders.find((h) => h.name === name)!.value;

function quoted(name: string, value: string): string {
  if (value.includes('"')) throw new Error(`Header ${name} holds a double quote, which the nginx config cannot quote.`);
  return `"${value}"`;
}

/** The CSP and the opener policy are sent from variables: the server block picks the search and desk pages' own. */
const FROM_VARIABLE: Record<string, string> = {
  'Content-Security-Policy': '$gazette_csp',
  'Cross-Origin-Opener-Policy': '$gazette_coop',
};

function nginxHeaders(list: readonly Header[], indent: string, always: boolean): string[] {
  return list.map(({ name, value }) => {
    const sent = FROM_VARIABLE[name] ?? quoted(name, value);
    return `${indent}add_header ${name} ${sent}${always ? ' always' : ''};`;
  });
}

/**
 * An nginx server block. It does not depend on the base path: the build is copied
 * to `<root><BASE_PATH>` and `$gazette_base` names the base for the 404 page.
 * nginx drops inherited add_header lines in any location that has its own, so
 * each location repeats the full list; `always` keeps them on the 404 page.
 */
export function nginxServerBlock(): string {
  const security = (indent: string) => nginxHeaders(securityHeaders, indent, true);
  const cache = (value: string, indent: string) => nginxHeaders([{ name: 'Cache-Control', value }], indent, false);
  return [
    `# Gazette: nginx server block. ${GENERATED}`,
    '# Copy it to /etc/nginx/conf.d/gazette.conf and edit the seven lines marked EDIT.',
    '',
    // Content-dependent redirects cannot live in a committed file: each build writes them beside the site.
    "# Stories' old addresses (their `aliases`), written by every build into the site's folder as two map files.",
    '# Tens of thousands of them, each up to 400 bytes (the content check refuses a longer one).',
    'map_hash_max_size 131072;',
    'map_hash_bucket_size 512;',
    'map $uri $gazette_moved {',
    `    include /var/www/gazette/${NGINX_REDIRECT_MAPS.paths};      # EDIT: <root><BASE_PATH>${NGINX_REDIRECT_MAPS.paths}`,
    '}',
    // One query parameter can be matched, WordPress's ?p=<id> (src/lib/article/aliases.ts).
    'map "$uri?p=$arg_p" $gazette_moved_p {',
    `    include /var/www/gazette/${NGINX_REDIRECT_MAPS.queries};  # EDIT: <root><BASE_PATH>${NGINX_REDIRECT_MAPS.queries}`,
    '}',
    // Live coverage: the pages of each story whose coverage is open, kept ten seconds at most; the build writes the map.
    '# Pages: short caching, and shorter still for live coverage while it is open (the build writes that map).',
    'map $uri $gazette_cache {',
    `    default ${quoted('Cache-Control', shortCache)};`,
    `    include /var/www/gazette/${NGINX_LIVE_MAP};          # EDIT: <root><BASE_PATH>${NGINX_LIVE_MAP}`,
    '}',
    '',
    'server {',
    '    listen 80;                        # EDIT: behind TLS, listen 443 ssl with your certificate',
    '    server_name news.example.org;     # EDIT: the host name in SITE_URL',
    '    root /var/www/gazette;            # EDIT: dist/ is copied to <root><BASE_PATH>',
    '    set $gazette_base "";             # EDIT: BASE_PATH without its last slash, "" at the root, "/news" under /news/',
    '',
    '    server_tokens off;',
    '    index index.html;',
    // Relative Location headers: a directory without its slash redirects to the same host and port.
    '    absolute_redirect off;',
    '    error_page 404 $gazette_base/404.html;',
    '',
    // A location cannot name $gazette_base, so the path is compared here. Only a search page itself matches (the
    // main edition's, or a further edition's under its language tag, /fa/search/), not an article whose slug is
    // "search"; the index module's internal redirect brings /index.html back here.
    `    set $gazette_csp ${quoted('Content-Security-Policy', siteValue('Content-Security-Policy'))};`,
    `    set $gazette_coop ${quoted('Cross-Origin-Opener-Policy', siteValue('Cross-Origin-Opener-Policy'))};`,
    // nginx puts no variable into a regex: the path before the search page is captured, then compared with the base.
    '    set $gazette_search "-";',
    `    if ($uri ~ "^(?<gazette_before>.*?)/(?:[a-z]{2,3}(?:-[a-z0-9]+)*/)?${SEARCH_PAGE}(?:index\\.html)?$") { set $gazette_search $gazette_before; }`,
    `    if ($gazette_search = $gazette_base) { set $gazette_csp ${quoted('Content-Security-Policy', searchPageCsp)}; }`,
    // The desk: its own CSP, and an opener policy that lets the git host's sign-in window report back.
    ...[DESK_PAGE, `${DESK_PAGE}index.html`].flatMap((page) => [
      `    if ($uri = "$gazette_base/${page}") { set $gazette_csp ${quoted('Content-Security-Policy', deskPageCsp)}; }`,
      `    if ($uri = "$gazette_base/${page}") { set $gazette_coop ${quoted('Cross-Origin-Opener-Policy', DESK_OPENER_POLICY)}; }`,
    ]),
    '',
    // At server level, before any file is looked for: an old address may also have a static page (GitHub Pages').
    '    if ($gazette_moved) { return 301 $gazette_moved; }',
    '    if ($gazette_moved_p) { return 301 $gazette_moved_p; }',
    '',
    '    include mime.types;',
    // The types, charsets and compression are content-types.ts's, which the deploy tests read too.
    '    types {',
    ...NGINX_EXTRA_TYPES.map(({ type, extensions }) => `        ${type} ${extensions.join(' ')};`),
    '    }',
    '    charset utf-8;',
    `    charset_types ${CHARSET_TYPES.join(' ')};`,
    '',
    '    gzip on;',
    '    gzip_vary on;',
    '    gzip_comp_level 6;',
    `    gzip_min_length ${GZIP_MIN_LENGTH};`,
    `    gzip_types ${COMPRESSIBLE_TYPES.join(' ')};`,
    '',
    '    # Pages, feeds and other files: short caching (live pages shorter: the map above).',
    '    location / {',
    '        add_header Cache-Control $gazette_cache;',
    ...security('        '),
    '    }',
    '',
    "    # Live coverage's feed, which readers' open pages poll: ten seconds at most; ETags answer a poll with 304.",
    `    location ~ "/${LIVE_FEED_FILE.replace('.', '\\.')}$" {`,
    ...cache(liveCache, '        '),
    ...security('        '),
    '    }',
    '',
    '    # Hashed assets: a changed file gets a new name, so caches may keep it for a year.',
    `    location ~ "/${HASHED_ASSETS_DIR}/" {`,
    ...cache(immutableCache, '        '),
    ...security('        '),
    '    }',
    '',
    '    # The Netlify/Cloudflare files and the redirect maps in the build are not for readers.',
    '    location ~ "/_(headers|redirects|nginx-(redirects(-p)?|live)\\.map)$" {',
    '        return 404;',
    '    }',
    '}',
    '',
  ].join('\n');
}

/**
 * The nginx map of live pages (included by the server block's `map $uri $gazette_cache`): each open live story's
 * pages, by the path nginx sees once its index module has added "index.html", with the live cache lifetime.
 * `livePages` are site-relative, base path included ("/news/2026/10/31/storm/"). Empty when nothing is live.
 */
export function nginxLiveMap(livePages: readonly string[]): string {
  const lines = livePages.map((page) => {
    if (/["\\\s]/.test(page))
      throw new Error(`A live page's path ${page} holds a character the nginx map cannot carry.`);
    const escaped = page.replace(/[.*+?^${}()|[\]]/g, '\\$&');
    return `"~^${escaped}(?:page/[0-9]+/)?(?:index\\.html)?$" "${liveCache}";`;
  });
  return [`# ${GENERATED.replace('`npm run deploy-configs`', "Gazette's build")}`, ...lines, ''].join('\n');
}
