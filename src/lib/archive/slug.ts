/**
 * URL slugs for sections and tags. A slug is part of a public URL, so it must be
 * stable: it depends only on the name as written, never on which other names exist.
 */

/** Letters that Unicode does not decompose into a base letter and a mark. */
const SPECIAL: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  þ: 'th',
  ı: 'i',
  '&': ' and ',
};

/** "Misséni" -> "misseni", "Ansar Dine" -> "ansar-dine", "Q&A" -> "q-and-a". "" when nothing Latin is left. */
export function foldSlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøđðłþı&]/g, (c) => SPECIAL[c])
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * First path segments other routes own, so a section (published at /<slug>/) may not take them.
 * Names with a dot (rss.xml, feed.json, robots.txt) can never be a slug and need no entry;
 * tests/unit/archive/slug.test.ts fails when a route is added under src/pages/ or public/ without one.
 */
export const RESERVED_SEGMENTS: Record<string, string> = {
  authors: "the authors' pages",
  page: "the front page's later pages (/page/2/)",
  tags: 'the tags index and tag pages',
  share: 'the share images',
  search: 'the search page',
  pagefind: 'the search index',
  admin: "the editors' desk",
};

/** Why a section slug cannot be a top-level URL, or undefined when it can. */
export function reservedReason(slug: string): string | undefined {
  if (/^\d+$/.test(slug)) return 'the date archives (/2015/, /2015/06/) and the 404 page';
  return Object.hasOwn(RESERVED_SEGMENTS, slug) ? RESERVED_SEGMENTS[slug] : undefined;
}
