/**
 * What the schema cannot see about sections and tags: that each one makes a URL,
 * that two spellings must not fold onto one URL, and that a section must not take
 * a URL another route owns or a further edition's front page. Run by the content check before Astro, and again by
 * the build's grouping as a guard.
 */
import { foldSlug, reservedReason, type SlugSite } from './slug.ts';

/** Fields the schema has not validated are absent; they have problems of their own. */
export type TaxonomyEntry = { file: string; section?: string; tags?: readonly string[] };

type Seen = { name: string; file: string; field: string };

/** One line per problem, "<file>: <field> ...", in file order. */
export function checkTaxonomy(entries: readonly TaxonomyEntry[], site: SlugSite): string[] {
  const problems: string[] = [];
  const sections = new Map<string, Seen>();
  const tags = new Map<string, Seen>();
  const claim = (seen: Map<string, Seen>, kind: string, url: (slug: string) => string, at: Seen) => {
    const slug = foldSlug(at.name, site.language);
    if (slug === '') {
      problems.push(
        `${at.file}: ${at.field} "${at.name}" has no letter or digit in any script to make its URL from; use a word, not only symbols or punctuation`,
      );
      return undefined;
    }
    const first = seen.get(slug);
    if (!first) seen.set(slug, at);
    else if (first.name !== at.name) {
      problems.push(
        `${at.file}: ${at.field} "${at.name}" and ${first.file}: ${first.field} "${first.name}" are two ${kind}s with one URL, ` +
          `${url(slug)}; spell them the same`,
      );
    }
    return slug;
  };
  for (const { file, section, tags: names = [] } of entries) {
    if (section === undefined) continue;
    const slug = claim(sections, 'section', (s) => `/${s}/`, { name: section, file, field: 'section' });
    const reserved = slug && reservedReason(slug, site.languages);
    if (reserved)
      problems.push(
        `${file}: section "${section}" would be published at /${slug}/, which is ${reserved}; rename the section`,
      );
    names.forEach((name, i) => claim(tags, 'tag', (s) => `/tags/${s}/`, { name, file, field: `tags[${i}]` }));
  }
  return problems;
}
