/**
 * The link check: given the built files, proves that every internal reference
 * (href, src, srcset, poster, a share card's image, a stylesheet's url(), the
 * feed's and sitemap's URLs, the manifest's icons, robots.txt's sitemap) lands
 * on a file that exists, and that every #fragment lands on an id. External URLs
 * are collected for a report, never fetched: the build must not need a network.
 */
import { normaliseBase, withBase } from '../../src/lib/site/url.ts';

export type Site = { origin: string; base: string };
export type Broken = { from: string; ref: string; reason: string };
export type External = { from: string; url: string };

export type Resolution =
  | { kind: 'internal'; file: string; fragment: string }
  | { kind: 'external'; url: string }
  | { kind: 'broken'; reason: string }
  | { kind: 'ignored' };

function decodeEntities(value: string): string {
  return value.replace(
    /&(amp|quot|#39|apos|lt|gt);/g,
    (_, e: string) => ({ amp: '&', quot: '"', '#39': "'", apos: "'", lt: '<', gt: '>' })[e] ?? '',
  );
}

/** URLs in a srcset: "a.avif 360w, b.avif 720w" gives both files. */
export function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0])
    .filter(Boolean);
}

/** Every URL an HTML page refers to. Absolute URLs in <meta content> count (share cards, og:url). */
export function htmlRefs(html: string): string[] {
  const refs: string[] = [];
  for (const [, attr, dq, sq] of html.matchAll(/\s(href|src|srcset|poster|action)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)) {
    const value = decodeEntities(dq ?? sq ?? '');
    if (attr.toLowerCase() === 'srcset') refs.push(...srcsetUrls(value));
    else refs.push(value);
  }
  for (const [tag] of html.matchAll(/<meta\b[^>]*>/gi)) {
    const content = /\scontent\s*=\s*"(https?:\/\/[^"]*)"/i.exec(tag)?.[1];
    if (content) refs.push(decodeEntities(content));
  }
  return refs;
}

/** Every url(...) in a stylesheet, except inline data. */
export function cssRefs(css: string): string[] {
  return [...css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)/g)]
    .map(([, dq, sq, bare]) => dq ?? sq ?? bare ?? '')
    .filter((url) => !url.startsWith('data:'));
}

/** URLs in a feed or sitemap: <loc>, <link>, a permalink <guid>, and href/url attributes (enclosures, media). */
export function xmlRefs(xml: string): string[] {
  const refs = [...xml.matchAll(/<(loc|link|guid isPermaLink="true")>\s*([^<\s]+)\s*<\//g)].map((m) => m[2]);
  for (const [, , value] of xml.matchAll(/\s(href|url)="([^"]*)"/g)) refs.push(value);
  return refs.map(decodeEntities);
}

/** A web app manifest's start_url, scope and icon files. */
export function manifestRefs(json: string): string[] {
  const manifest = JSON.parse(json) as { start_url?: string; scope?: string; icons?: { src: string }[] };
  return [manifest.start_url, manifest.scope, ...(manifest.icons ?? []).map((i) => i.src)].filter((u): u is string =>
    Boolean(u),
  );
}

/** robots.txt's Sitemap: lines. */
export function robotsRefs(text: string): string[] {
  return [...text.matchAll(/^sitemap:\s*(\S+)/gim)].map((m) => m[1]);
}

/** The references in a built file, by its kind; undefined for files that refer to nothing. */
export function refsIn(file: string, text: string): string[] | undefined {
  if (file.endsWith('.html')) return htmlRefs(text);
  if (file.endsWith('.css')) return cssRefs(text);
  if (file.endsWith('.xml')) return xmlRefs(text);
  if (file.endsWith('.webmanifest')) return manifestRefs(text);
  if (file === 'robots.txt') return robotsRefs(text);
  return undefined;
}

/** The ids a page defines, for checking #fragments. */
export function htmlIds(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid\s*=\s*"([^"]*)"/gi)].map((m) => decodeEntities(m[1])));
}

/**
 * The URL path a built file is served at: "a/index.html" is "<base>a/", "404.html" is "<base>404.html". Any other file
 * is its own path, whatever its extension looks like (Pagefind's ".pf_fragment" is a file, not a page).
 */
export function servedPath(file: string, base: string): string {
  if (file === 'index.html') return withBase(base);
  if (file.endsWith('/index.html')) return withBase(base, file.slice(0, -'index.html'.length));
  return `${normaliseBase(base)}${file}`;
}

/**
 * Where a reference found in `fromFile` leads. Internal ones are turned into the
 * built file that must exist (a directory URL means its index.html).
 */
export function resolveRef(ref: string, fromFile: string, site: Site): Resolution {
  const trimmed = ref.trim();
  if (trimmed === '') return { kind: 'broken', reason: 'empty URL' };
  if (/^(mailto|tel):/i.test(trimmed)) return { kind: 'ignored' };
  if (/^(javascript|vbscript|data):/i.test(trimmed.replace(/[\u0000-\u0020]/g, ''))) {
    return { kind: 'broken', reason: 'a script or data URL' };
  }
  let url: URL;
  try {
    url = new URL(trimmed, new URL(servedPath(fromFile, site.base), site.origin));
  } catch {
    return { kind: 'broken', reason: 'not a valid URL' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { kind: 'ignored' };
  if (url.origin !== site.origin) return { kind: 'external', url: url.href };
  const pathname = decodeURIComponent(url.pathname);
  if (!pathname.startsWith(site.base)) return { kind: 'broken', reason: `outside the base path ${site.base}` };
  const rest = pathname.slice(site.base.length);
  const file = rest === '' || rest.endsWith('/') ? `${rest}index.html` : rest;
  return { kind: 'internal', file, fragment: decodeURIComponent(url.hash.slice(1)) };
}

/**
 * Checks every reference in the built site. `files` lists every built file by
 * its path under the output directory; `texts` holds the ones that can refer to others.
 */
export function checkLinks(
  texts: Map<string, string>,
  files: Set<string>,
  site: Site,
): { broken: Broken[]; external: External[]; checked: number } {
  const broken: Broken[] = [];
  const external: External[] = [];
  const ids = new Map<string, Set<string>>();
  let checked = 0;
  for (const [from, text] of texts) {
    for (const ref of refsIn(from, text) ?? []) {
      checked++;
      const to = resolveRef(ref, from, site);
      if (to.kind === 'external') external.push({ from, url: to.url });
      else if (to.kind === 'broken') broken.push({ from, ref, reason: to.reason });
      else if (to.kind === 'internal') {
        const target = to.file;
        if (!files.has(target) && files.has(`${target}/index.html`)) {
          broken.push({ from, ref, reason: `a directory without its trailing slash (the site's URLs end in "/")` });
          continue;
        }
        if (!files.has(target)) {
          broken.push({ from, ref, reason: `no file ${target} in the build` });
          continue;
        }
        if (to.fragment && target.endsWith('.html')) {
          if (!ids.has(target)) ids.set(target, htmlIds(texts.get(target) ?? ''));
          if (!ids.get(target)?.has(to.fragment))
            broken.push({ from, ref, reason: `no element with id "${to.fragment}" in ${target}` });
        }
      }
    }
  }
  return { broken, external, checked };
}
