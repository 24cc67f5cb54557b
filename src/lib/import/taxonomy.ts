/**
 * Categories and tags onto Gazette's `section` and `tags`, under its slug rules (src/lib/archive/slug.ts): a name
 * makes a URL, two spellings of one URL would fail the content check, and a section may not take a URL another route
 * owns. Every name the export uses is settled here before any story is written, and each change is reported: a
 * spelling folded onto one already in use, a reserved section renamed, a name that makes no URL left out.
 */
import { foldSlug, reservedReason, type SlugSite } from '../archive/slug.ts';

/** What the newsroom calls a story filed nowhere, as WordPress does. */
export const DEFAULT_SECTION = 'Uncategorized';

export type NamePlan = {
  /** The section each category name becomes. */
  section: (name: string) => string;
  /** The tag each name becomes, or undefined when it makes no URL. */
  tag: (name: string) => string | undefined;
  /** One line per change, for the report. */
  notes: string[];
};

/**
 * Settles every section and tag name. `existing` are the names hand-written stories already use: their spelling
 * wins, so an import never renames what an editor wrote. Then the export's names, in the order it first uses them.
 */
export function planNames(
  used: { sections: readonly string[]; tags: readonly string[] },
  existing: { sections: readonly string[]; tags: readonly string[] } = { sections: [], tags: [] },
  site: SlugSite = { language: 'en' },
): NamePlan {
  const notes: string[] = [];
  const fold = (name: string) => foldSlug(name, site.language);
  const sectionBySlug = new Map<string, string>();
  const tagBySlug = new Map<string, string>();
  for (const name of existing.sections) if (!sectionBySlug.has(fold(name))) sectionBySlug.set(fold(name), name);
  for (const name of existing.tags) if (!tagBySlug.has(fold(name))) tagBySlug.set(fold(name), name);

  const sections = new Map<string, string>();
  for (const original of used.sections) {
    if (sections.has(original)) continue;
    let name = original.trim();
    let slug = fold(name);
    if (slug === '') {
      notes.push(
        `category "${original}" has no letter or digit in any script to make a section URL from; its stories are filed under "${DEFAULT_SECTION}"`,
      );
      name = DEFAULT_SECTION;
      slug = fold(name);
    }
    const reserved = reservedReason(slug, site.languages);
    if (reserved) {
      const renamed = `${name} section`;
      notes.push(
        `category "${original}" would be published at /${slug}/, which is ${reserved}; it is the section "${renamed}" (/${fold(renamed)}/)`,
      );
      name = renamed;
      slug = fold(name);
    }
    const first = sectionBySlug.get(slug);
    if (first === undefined) sectionBySlug.set(slug, name);
    else if (first !== name) {
      notes.push(
        `category "${original}" makes the same URL (/${slug}/) as the section "${first}"; its stories are filed under "${first}"`,
      );
      name = first;
    }
    sections.set(original, name);
  }

  const tags = new Map<string, string | undefined>();
  for (const original of used.tags) {
    if (tags.has(original)) continue;
    const name = original.trim();
    const slug = fold(name);
    if (slug === '') {
      notes.push(`tag "${original}" has no letter or digit in any script to make its URL from; it is left out`);
      tags.set(original, undefined);
      continue;
    }
    const first = tagBySlug.get(slug);
    if (first === undefined) {
      tagBySlug.set(slug, name);
      tags.set(original, name);
    } else {
      if (first !== name)
        notes.push(
          `tag "${original}" makes the same URL (/tags/${slug}/) as the tag "${first}"; it is written "${first}"`,
        );
      tags.set(original, first);
    }
  }

  return {
    section: (name) => sections.get(name) ?? name,
    tag: (name) => (tags.has(name) ? tags.get(name) : name),
    notes,
  };
}

/** The category a story is filed under: the first that is not WordPress's default, or the default. */
export function sectionOf(categories: readonly string[]): string {
  return categories.find((c) => !isDefault(c)) ?? categories[0] ?? DEFAULT_SECTION;
}

/** WordPress's default category, however it is spelt ("Uncategorized", "uncategorized"): a Latin name, any language. */
const isDefault = (category: string) => foldSlug(category, 'en') === foldSlug(DEFAULT_SECTION, 'en');

/** A story's tags: its WordPress tags, then its other categories, each once and in that order. */
export function tagsOf(categories: readonly string[], postTags: readonly string[], section: string): string[] {
  const rest = categories.filter((c) => c !== section && !isDefault(c));
  return [...new Set([...postTags, ...rest])];
}
