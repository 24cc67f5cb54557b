/**
 * The masthead every page carries: the site's name, its sections in the order the site configures
 * (src/lib/site/navigation.ts), and Search, with the reader's place marked. It is part of every page's model, so a
 * section that appears or goes changes every page's key, and only then.
 */
import { SITE } from '../lib/site/identity.ts';
import { orderSections } from '../lib/site/navigation.ts';
import { getArchive } from './archive.ts';
import { sectionHref } from './listing-hrefs.ts';
import { siteHref } from '../lib/site/base.ts';
import { perContent } from '../lib/incremental/generation.ts';

/** A masthead link; `current` is its aria-current: "page" on the page it names, "true" on a page within it. */
export type MastheadLink = { name: string; href: string; current?: 'page' | 'true' };
export type Masthead = { home: MastheadLink; links: MastheadLink[] };

/** Where a page sits: the link it is (`within: false`) or belongs to (`within: true`, an article in its section). */
export type MastheadPlace = { href: string; within?: boolean };

export const homeHref = () => siteHref();
export const searchHref = () => siteHref('search');

/** Every section with a published story, in the configured order: worked out once per build. */
export const getSectionLinks: () => Promise<MastheadLink[]> = perContent(() =>
  getArchive().then(({ sections }) =>
    orderSections(sections).map((s) => ({ name: s.name, href: sectionHref(s.slug) })),
  ),
);

/** The masthead with `place` marked; `sections` from getSectionLinks(). */
export function mastheadAt(sections: readonly MastheadLink[], place?: MastheadPlace): Masthead {
  const mark = (link: MastheadLink): MastheadLink =>
    place?.href === link.href ? { ...link, current: place.within ? 'true' : 'page' } : link;
  return {
    home: mark({ name: SITE.name, href: homeHref() }),
    links: [...sections, { name: 'Search', href: searchHref() }].map(mark),
  };
}

export const getMasthead = async (place?: MastheadPlace) => mastheadAt(await getSectionLinks(), place);
