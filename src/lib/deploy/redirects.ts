/**
 * Old addresses (each story's `aliases`, src/lib/article/aliases.ts) as every host Gazette writes config for
 * redirects them: Netlify/Cloudflare `_redirects` lines, nginx map entries, vercel.json rules, and, for GitHub Pages
 * and any host that redirects nothing, a static page per old path that sends the reader on at once.
 *
 * Which hosts can redirect "/?p=123": Netlify (query matching in `_redirects`), Vercel (`has` a query) and nginx
 * ($arg_p). Cloudflare Pages matches paths only and skips those lines; GitHub Pages serves files and cannot see the
 * query at all, so "/?p=123" shows the front page there. docs/import.md, "Old links", has the details.
 */
import type { StoryStatus } from '../content/publication.ts';
import type { StoryRecord } from '../content/reader.ts';
import { normaliseBase, withBase } from '../site/url.ts';
import { escapeMarkup } from '../markup/escape.ts';

export type Redirect = {
  /** The old path as requested, base included and percent-encoded: "/news/2010/08/07/old/". */
  from: string;
  /** The same path decoded, as nginx compares it and a file system names it. */
  fromDecoded: string;
  /** WordPress's post id, for a "/?p=<id>" address; `from` is then the front page's path. */
  p?: string;
  /** The story's permalink, base included: "/news/2010/08/07/new/". */
  to: string;
  headline: string;
  /** The story's file, for messages. */
  file: string;
};

/**
 * Every old address of the stories `include` accepts, sorted by address. Callers pass the one publication rule
 * (`isPublished`, src/lib/content/publication.ts): the build at its clock; vercel.json, which is committed rather than
 * built, whenever each story's time comes (`WHENEVER_PUBLISHED`).
 */
export function collectRedirects(
  stories: readonly Pick<StoryRecord, 'file' | 'story'>[],
  base: string,
  include: (story: StoryStatus) => boolean,
): Redirect[] {
  const prefix = normaliseBase(base);
  const found: Redirect[] = [];
  // Each story's record (src/lib/content/story-record.ts); one the schema refused has no redirects, and the content
  // check has named it.
  for (const { file, story } of stories) {
    if (!story || !include(story)) continue;
    const to = withBase(base, story.permalink);
    for (const alias of story.aliases) {
      found.push({
        from: `${prefix}${alias.path.slice(1)}`,
        fromDecoded: `${prefix}${alias.decodedPath.slice(1)}`,
        ...(alias.p ? { p: alias.p } : {}),
        to,
        headline: story.headline,
        file,
      });
    }
  }
  return found.sort((a, b) => (a.from === b.from ? Number(a.p ?? 0) - Number(b.p ?? 0) : a.from < b.from ? -1 : 1));
}

/**
 * `_redirects` lines (Netlify, Cloudflare Pages). Paths first: Cloudflare counts static rules before dynamic ones.
 * "/?p=" rules are forced ("301!"), since the front page they share a path with exists; Cloudflare cannot match a
 * query and skips those four-field lines as invalid, which is all it could do with them.
 */
export function redirectLines(redirects: readonly Redirect[]): string[] {
  const paths = redirects.filter((r) => !r.p).map((r) => `${r.from} ${r.to} 301`);
  const queries = redirects.filter((r) => r.p).map((r) => `${r.from} p=${r.p} ${r.to} 301!`);
  return [
    ...paths,
    ...(queries.length
      ? [
          '# Netlify only: WordPress links "/?p=<id>". Cloudflare Pages cannot match a query string and skips these.',
          ...queries,
        ]
      : []),
  ];
}

const nginxQuoted = (s: string) => `"${s}"`;

/**
 * nginx map entries for the committed server block's two maps: `$uri` (decoded, so the decoded path; a path that
 * ends in "/" is also matched without it) and `"$uri?p=$arg_p"`.
 */
export function nginxRedirectMaps(redirects: readonly Redirect[]): { paths: string; queries: string } {
  const paths = new Map<string, string>();
  for (const r of redirects) {
    if (r.p) continue;
    paths.set(r.fromDecoded, r.to);
    const bare = r.fromDecoded.replace(/\/$/, '');
    if (bare !== r.fromDecoded && bare !== '' && !paths.has(bare)) paths.set(bare, r.to);
  }
  const queries = redirects
    .filter((r) => r.p)
    .map((r) => `${nginxQuoted(`${r.fromDecoded}?p=${r.p}`)} ${nginxQuoted(r.to)};`);
  const header = "# Written by Gazette's build from the stories' aliases; included by the server block's map.\n";
  return {
    paths: header + [...paths].map(([from, to]) => `${nginxQuoted(from)} ${nginxQuoted(to)};\n`).join(''),
    queries: header + queries.map((line) => `${line}\n`).join(''),
  };
}

/** vercel.json can hold 1,024 routes per deployment (headers count too); past this, none are written there. */
export const MAX_VERCEL_REDIRECTS = 1000;

/** path-to-regexp, which Vercel matches `source` with, gives these characters a meaning. */
const vercelSource = (path: string) => path.replace(/[()*+?:{}\\!]/g, (c) => `\\${c}`);

/** vercel.json `redirects`; empty when there are more than Vercel takes. */
export function vercelRedirects(redirects: readonly Redirect[]): object[] {
  if (redirects.length > MAX_VERCEL_REDIRECTS) return [];
  return redirects.map((r) =>
    r.p
      ? {
          source: vercelSource(r.from),
          has: [{ type: 'query', key: 'p', value: r.p }],
          destination: r.to,
          statusCode: 301,
        }
      : { source: vercelSource(r.from), destination: r.to, statusCode: 301 },
  );
}

/**
 * The page written at an old path for hosts without redirects (GitHub Pages): an instant refresh to the permalink,
 * which search engines treat as a permanent redirect, a canonical link to it, `noindex`, and a link for readers
 * whose browser does not follow the refresh. No script or style, so the site's CSP has nothing to refuse.
 * `file` is relative to the build's root and base; undefined when no static file can answer at that path
 * ("/?p=", or a path ending in a non-HTML file name such as ".php").
 */
export function refreshPage(
  redirect: Redirect,
  site: string,
  base: string,
): { file: string; html: string } | undefined {
  if (redirect.p) return undefined;
  const rel = redirect.fromDecoded.slice(normaliseBase(base).length);
  const last = rel.split('/').pop() ?? '';
  let file: string;
  if (rel === '' || rel.endsWith('/')) file = `${rel}index.html`;
  else if (/\.html?$/i.test(last)) file = rel;
  else if (/\.[A-Za-z0-9]+$/.test(last)) return undefined;
  else file = `${rel}/index.html`;
  const target = new URL(redirect.to, site).href;
  const headline = escapeMarkup(redirect.headline || 'this story');
  const html = [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="content-security-policy" content="default-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'">`,
    `<title>Moved: ${headline}</title>`,
    '<meta name="robots" content="noindex">',
    `<link rel="canonical" href="${escapeMarkup(target)}">`,
    `<meta http-equiv="refresh" content="0; url=${escapeMarkup(target)}">`,
    '</head>',
    '<body>',
    `<main><p>This story has moved to <a href="${escapeMarkup(redirect.to)}">${headline}</a>.</p></main>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
  return { file, html };
}
