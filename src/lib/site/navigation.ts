/**
 * The masthead's sections, in the order the newsroom wants them read: the site's design, like its name
 * (identity.ts), so it lives in code and changes through review. docs/decisions/029-masthead-order-in-code.md says
 * why here and not in content/. Build time and tests.
 */
import { foldSlug } from '../archive/slug.ts';

/**
 * Sections as their stories spell them (`section:` in the frontmatter), first to last. A section with no published
 * story is left out (it has no page to link to); a section not listed here follows these, A to Z, so a new desk is
 * never unreachable from the masthead.
 */
export const SECTION_ORDER: readonly string[] = [
  'World',
  'Africa',
  'Politics',
  'Business',
  'Science',
  'Culture',
  'Sport',
  'Opinion',
];

/**
 * `sections` (by slug, as the archive groups them) in the configured `order`, then the rest A to Z by slug. Names
 * in `order` are matched by their slug, so "world" and "World" are one section, as they are one URL.
 */
export function orderSections<T extends { slug: string }>(
  sections: readonly T[],
  order: readonly string[] = SECTION_ORDER,
): T[] {
  const rank = new Map<string, number>();
  for (const name of order) if (!rank.has(foldSlug(name))) rank.set(foldSlug(name), rank.size);
  const place = (s: T) => rank.get(s.slug) ?? Number.POSITIVE_INFINITY;
  return [...sections].sort((a, b) => place(a) - place(b) || a.slug.localeCompare(b.slug));
}
