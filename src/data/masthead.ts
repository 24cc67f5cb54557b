/**
 * The masthead every page carries: the site's name, its sections in the order the site configures
 * (content/site.yaml, src/lib/site/navigation.ts), and Search in the page's language, with the reader's place marked.
 * It is part of every page's model, so a section that appears or goes, or a new name for the site, changes every
 * page's key, and only then.
 */
import type { Translator } from '../lib/i18n/translator.ts';
import { orderSections } from '../lib/site/navigation.ts';
import { languageMark, site, siteLanguage } from './language.ts';
import { getArchive } from './archive.ts';
import { sectionHref } from './listing-hrefs.ts';
import { siteHref } from '../lib/site/base.ts';

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

export const homeHref = () => siteHref();
export const searchHref = () => siteHref('search');

let sectionLinks: Promise<MastheadLink[]> | undefined;

/** Every section with a published story, in the configured order: worked out once per build. */
export function getSectionLinks(): Promise<MastheadLink[]> {
  sectionLinks ??= getArchive().then(({ sections }) =>
    orderSections(sections).map((s) => ({ name: s.name, href: sectionHref(s.slug) })),
  );
  return sectionLinks;
}

/** The masthead with `place` marked, in the language `i18n` speaks; `sections` from getSectionLinks(). */
export function mastheadAt(sections: readonly MastheadLink[], i18n: Translator, place?: MastheadPlace): Masthead {
  const mark = (link: MastheadLink): MastheadLink =>
    place?.href === link.href ? { ...link, current: place.within ? 'true' : 'page' } : link;
  const { name, tagline } = site();
  // The sections are named in the site's language; on a page in another, each says so.
  const sectionsLang = languageMark(siteLanguage(), i18n);
  return {
    home: mark({ name, href: homeHref(), ...sectionsLang }),
    links: [
      ...sections.map((s) => ({ ...s, ...sectionsLang })),
      { name: i18n.t('site.search'), href: searchHref() },
    ].map(mark),
    label: i18n.t('site.sections'),
    tagline,
  };
}

export const getMasthead = async (i18n: Translator, place?: MastheadPlace) =>
  mastheadAt(await getSectionLinks(), i18n, place);
