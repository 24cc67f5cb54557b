/**
 * The masthead every page carries: the site's name, its edition's sections in the order the site configures
 * (content/site.yaml, src/lib/site/navigation.ts), and Search, in the page's language, with the reader's place marked.
 * It is part of every page's model, so a section that appears or goes, or a new name for the site, changes every
 * page's key, and only then.
 */
import type { Translator } from '../lib/i18n/translator.ts';
import { orderSections } from '../lib/site/navigation.ts';
import { getEditionArchive } from './archive.ts';
import { type Edition, mainEdition } from './editions.ts';
import { languageMark, site } from './language.ts';
import { frontHref, searchHref, sectionHref } from './listing-hrefs.ts';
import { perContent } from '../lib/incremental/generation.ts';

/** A masthead link; `current` is its aria-current: "page" on the page it names, "true" on a page within it. */
export type MastheadLink = {
  name: string;
  href: string;
  current?: 'page' | 'true';
  /** The link's language, when it is not the page's (a section's name on a page in another language). */
  lang?: string;
  dir?: 'ltr' | 'rtl';
};
export type Masthead = {
  home: MastheadLink;
  links: MastheadLink[];
  /** "Sections", the navigation's name, in the page's language. */
  label: string;
  /** The site's tagline, for the footer. */
  tagline: string;
};

/** Where a page sits: the link it is (`within: false`) or belongs to (`within: true`, an article in its section). */
export type MastheadPlace = { href: string; within?: boolean };

// Once per build, and again after each update of the warm publisher (src/lib/incremental/generation.ts).
const sectionLinks = perContent(() => new Map<Edition, Promise<MastheadLink[]>>());

/** Every section of `edition` with a published story, in the configured order: worked out once per build. */
export function getSectionLinks(edition: Edition = mainEdition()): Promise<MastheadLink[]> {
  let links = sectionLinks().get(edition);
  if (!links) {
    links = getEditionArchive(edition).then(({ sections }) =>
      orderSections(sections).map((s) => ({ name: s.name, href: sectionHref(s.slug, edition) })),
    );
    sectionLinks().set(edition, links);
  }
  return links;
}

/**
 * The masthead of `edition` with `place` marked, in the language `i18n` speaks; `sections` from getSectionLinks().
 * On a page in another language than the edition's (a story in a language with no edition of its own), the site's
 * name and the sections say which language they are in.
 */
export function mastheadAt(
  sections: readonly MastheadLink[],
  i18n: Translator,
  place?: MastheadPlace,
  edition: Edition = mainEdition(),
): Masthead {
  const mark = (link: MastheadLink): MastheadLink =>
    place?.href === link.href ? { ...link, current: place.within ? 'true' : 'page' } : link;
  const { name, tagline } = site();
  const editionLang = languageMark(edition.i18n, i18n);
  return {
    home: mark({ name, href: frontHref(edition), ...editionLang }),
    links: [
      ...sections.map((s) => ({ ...s, ...editionLang })),
      { name: i18n.t('site.search'), href: searchHref(edition) },
    ].map(mark),
    label: i18n.t('site.sections'),
    tagline,
  };
}

export const getMasthead = async (i18n: Translator, place?: MastheadPlace, edition: Edition = mainEdition()) =>
  mastheadAt(await getSectionLinks(edition), i18n, place, edition);
