/**
 * What the schema cannot see about sections and tags: that each one makes a URL, that two spellings must not fold onto
 * one URL, and that a section must not take a URL another route owns or a further edition's front page. Each edition
 * (content/site.yaml: the main one at /, each of `languages` at /<tag>/) is its own URL space, its names folded in its
 * language; a story is in the edition of its `lang`, or the main one. Run by the content check before Astro, and
 * again by the build's grouping as a guard.
 */
import { editionSegment, foldSlug, reservedReason, type SlugSite } from './slug.ts';

/** Fields the schema has not validated are absent; they have problems of their own. `lang` is the story's own. */
export type TaxonomyEntry = { file: string; section?: string; tags?: readonly string[]; lang?: string };

type Seen = { name: string; file: string; field: string };

/** One edition's URL space: where it lives, the language its names fold in, and the names it has seen. */
type Space = { prefix: string; language: string; main: boolean; sections: Map<string, Seen>; tags: Map<string, Seen> };

const baseOf = (tag: string) => new Intl.Locale(Intl.getCanonicalLocales(tag)[0]).baseName;

/** One line per problem, "<file>: <field> ...", in file order. */
export function checkTaxonomy(entries: readonly TaxonomyEntry[], site: SlugSite): string[] {
  const problems: string[] = [];
  const space = (language: string, prefix: string, main: boolean): Space => ({
    prefix,
    language,
    main,
    sections: new Map(),
    tags: new Map(),
  });
  const main = space(site.language, '', true);
  const editions = new Map(
    (site.languages ?? []).map((tag) => [baseOf(tag), space(tag, `/${editionSegment(tag)}`, false)] as const),
  );
  const spaceOf = (lang: string | undefined) => (lang && editions.get(baseOf(lang))) || main;

  const claim = (at: Seen, kind: 'section' | 'tag', within: Space) => {
    const slug = foldSlug(at.name, within.language);
    if (slug === '') {
      problems.push(
        `${at.file}: ${at.field} "${at.name}" has no letter or digit in any script to make its URL from; use a word, not only symbols or punctuation`,
      );
      return undefined;
    }
    const seen = kind === 'section' ? within.sections : within.tags;
    const first = seen.get(slug);
    if (!first) seen.set(slug, at);
    else if (first.name !== at.name) {
      problems.push(
        `${at.file}: ${at.field} "${at.name}" and ${first.file}: ${first.field} "${first.name}" are two ${kind}s with one URL, ` +
          `${within.prefix}${kind === 'section' ? '' : '/tags'}/${slug}/; spell them the same`,
      );
    }
    return slug;
  };
  for (const { file, section, tags: names = [], lang } of entries) {
    if (section === undefined) continue;
    const within = spaceOf(lang);
    const slug = claim({ name: section, file, field: 'section' }, 'section', within);
    // Only the main edition's sections share the top level with the further editions' front pages.
    const reserved = slug && reservedReason(slug, within.main ? site.languages : []);
    if (reserved)
      problems.push(
        `${file}: section "${section}" would be published at ${within.prefix}/${slug}/, which is ${reserved}; rename the section`,
      );
    names.forEach((name, i) => claim({ name, file, field: `tags[${i}]` }, 'tag', within));
  }
  return problems;
}
