/**
 * Related links point at a story's original URL. When that story is also in
 * Gazette (its `source.url` is the same), readers are sent to our copy instead.
 */
export type RelatedLink = { title: string; url: string };
export type ResolvedRelated = RelatedLink & { href: string; internal: boolean };

/** Original URL to site-relative Gazette URL, for every article that is a republication. */
export type InternalIndex = Record<string, string>;

/** URLs compare equal regardless of a trailing slash, fragment or letter case of the host. */
export function canonicalKey(url: string): string {
  const u = new URL(url);
  u.hash = '';
  const path = u.pathname.replace(/\/+$/, '');
  return `${u.protocol}//${u.host}${path}${u.search}`;
}

export function buildInternalIndex(articles: { sourceUrl?: string; href: string }[]): InternalIndex {
  const index: InternalIndex = {};
  for (const a of articles) if (a.sourceUrl) index[canonicalKey(a.sourceUrl)] = a.href;
  return index;
}

export function resolveRelatedHref(url: string, index: InternalIndex): { href: string; internal: boolean } {
  const internal = index[canonicalKey(url)];
  return internal ? { href: internal, internal: true } : { href: url, internal: false };
}

export function resolveRelated(links: RelatedLink[], index: InternalIndex): ResolvedRelated[] {
  return links.map((link) => ({ ...link, ...resolveRelatedHref(link.url, index) }));
}
