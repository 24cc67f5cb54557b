/**
 * The masthead's sections, in the order the newsroom wants them read: content/site.yaml's `sections` (the seed
 * newsroom's desks when the file says nothing). Build time and tests.
 */
import { foldSlug } from '../archive/slug.ts';
import { siteSettings } from './settings.ts';

/**
 * `sections` (by slug, as the archive groups them) in the configured `order`, then the rest A to Z by slug. Names
 * in `order` are matched by their slug, so "world" and "World" are one section, as they are one URL. A section with no
 * published story is not in `sections` (it has no page to link to); one the order does not name follows the named
 * ones, so a new desk is never unreachable from the masthead.
 */
export function orderSections<T extends { slug: string }>(
  sections: readonly T[],
  order: readonly string[] = siteSettings().sections,
  language: string = siteSettings().language,
): T[] {
  const rank = new Map<string, number>();
  for (const name of order) {
    const slug = foldSlug(name, language);
    if (!rank.has(slug)) rank.set(slug, rank.size);
  }
  const place = (s: T) => rank.get(s.slug) ?? Number.POSITIVE_INFINITY;
  return [...sections].sort((a, b) => place(a) - place(b) || a.slug.localeCompare(b.slug));
}
