/**
 * A listing page's model (the front page, a section, a tag, an author, a date archive): everything the page shows,
 * worked out once per build in its route's getStaticPaths(). The layout renders it, and its incremental cache key is
 * a hash of it, so nothing can be shown without being keyed. Routes say what their listing is (`describe`); this
 * module pages it with Astro's paginate() (later pages at <listing>/page/<n>/) and keys each page.
 */
import type { PaginateFunction } from 'astro';
import { PAGE_SIZE, pageParam, pageTitle } from '../lib/archive/pages.ts';
import type { Translator } from '../lib/i18n/translator.ts';
import { inputMemo, inputsKey } from '../lib/incremental/memo.ts';
import { pageKey } from '../lib/incremental/page-key.ts';
import { encodePath } from '../lib/site/url.ts';
import { sectionOf } from './listing-hrefs.ts';
import { type Article, type ArticleImage, articleHref, articleImage, imageKey } from './articles.ts';
import { site, storyLanguage } from './language.ts';
import type { Edition } from './editions.ts';
import { type MastheadLink, mastheadAt } from './masthead.ts';

/** A story as a listing shows it: its kicker links to its section, and its main image is the thumbnail. */
export type Teaser = {
  href: string;
  headline: string;
  standfirst: string;
  section: { name: string; href: string };
  published: Date;
  timeZone: string;
  image?: ArticleImage;
  /** The story's language and direction: a listing in another language marks the teaser with them. */
  lang: string;
  dir: 'ltr' | 'rtl';
};

/**
 * Teasers by their story's file (src/lib/incremental/memo.ts): a teaser is made of its story's entry alone (and
 * content/site.yaml, whose change is a full build), and the warm publisher asks again after every save.
 */
const teasers = inputMemo<Teaser>('the teaser of');
const teaserKeys = new WeakMap<Teaser, string>();

/** The story's teaser, made once per build: a story sits in half a dozen listings. */
export function teaserOf(article: Article): Teaser {
  const image = articleImage(article);
  return teasers.get(article.id, inputsKey(String(article.digest), image?.src.src), () => {
    const { headline, standfirst, published, timeZone } = article.data;
    const language = storyLanguage(article);
    return {
      href: articleHref(article),
      headline,
      standfirst,
      section: sectionOf(article),
      published: published.date,
      timeZone,
      image,
      lang: language.base,
      dir: language.dir,
    };
  });
}

/** A teaser's part of a listing's key, hashed once per build. */
function teaserKey(teaser: Teaser): string {
  let key = teaserKeys.get(teaser);
  if (key === undefined) {
    const image = teaser.image && { ...teaser.image, src: imageKey(teaser.image.src) };
    key = pageKey('teaser', { ...teaser, image });
    teaserKeys.set(teaser, key);
  }
  return key;
}

/** What the front page's first page shows above its list: the lead and top stories, then a block per section. */
export type FrontTop = {
  /** The lead first. */
  stories: Teaser[];
  blocks: { name: string; href: string; teasers: Teaser[] }[];
};

/** What a listing is: its name and words, its feed, and what its intro shows (a calendar, an author). */
export type ListingDescription<Intro> = {
  /** The listing's language: its words, dates and direction. */
  i18n: Translator;
  /** As the heading prints it: "World". */
  name: string;
  /** Printed in front of the heading: "Section". */
  kicker?: string;
  /** One sentence for search results and link previews; "Page N of M." follows after page 1. */
  description: string;
  /** The listing's own RSS feed (site-relative), announced with <link rel="alternate">. */
  feed?: string;
  intro: Intro;
  /**
   * The masthead's sections (getSectionLinks()), the link this listing is, if any (its section, the front page), and
   * the edition it belongs to (the main one when not said).
   */
  masthead: { sections: readonly MastheadLink[]; place?: string; edition?: Edition };
  /** Shown on page 1 only, above the list (the front page's). */
  top?: FrontTop;
  /** The page's <title> and description where they are not the usual "Name, page N | Site" and "… Page N of M.". */
  words?: (current: number, last: number) => { title: string; description: string };
};

/** Page `current` of `last` of a listing. */
export function listingPage<Intro>(
  listing: ListingDescription<Intro>,
  first: string,
  current: number,
  last: number,
  total: number,
  stories: Teaser[],
) {
  const { i18n } = listing;
  return {
    /** The page's language, and a digest of its words: both in the key, so a changed word renders it again. */
    lang: i18n.tag,
    messages: i18n.messages,
    title: `${pageTitle(i18n, listing.name, current)} | ${site().name}`,
    description:
      current > 1
        ? i18n.t('listing.pageDescription', { description: listing.description, page: current, last })
        : listing.description,
    ...listing.words?.(current, last),
    name: listing.name,
    kicker: listing.kicker,
    feed: listing.feed,
    intro: listing.intro,
    masthead: mastheadAt(
      listing.masthead.sections,
      i18n,
      listing.masthead.place ? { href: listing.masthead.place, within: current > 1 } : undefined,
      listing.masthead.edition,
    ),
    top: current === 1 ? listing.top : undefined,
    teasers: stories,
    /** How many stories the whole listing has. */
    total,
    pagination: { first, current, last, label: i18n.t('listing.pages', { name: listing.name }) },
  };
}

export type ListingPage<Intro = unknown> = ReturnType<typeof listingPage<Intro>>;

/** A listing page's incremental cache key: its whole model, each teaser by its digest. */
export function listingPageKey(page: ListingPage): string {
  const top = page.top && {
    stories: page.top.stories.map(teaserKey),
    blocks: page.top.blocks.map((b) => ({ ...b, teasers: b.teasers.map(teaserKey) })),
  };
  return pageKey('listing', { ...page, top, teasers: page.teasers.map(teaserKey) });
}

/**
 * Every page of a listing of `items` (newest first), for a route whose last parameter is `[...page]`: page 1 at the
 * listing's bare URL, later pages at <listing>/page/<n>/ (Astro's own would be <listing>/<n>/).
 */
export function listingPages<Intro>(
  paginate: PaginateFunction,
  items: readonly Article[],
  params: Record<string, string>,
  listing: ListingDescription<Intro>,
) {
  return paginate(items, { pageSize: PAGE_SIZE, params }).map(({ props: { page: astroPage } }) => {
    // paginate() makes page.url.first (and page 1's current) without the page parameter: the listing's own URL. Astro
    // writes it decoded ("/tags/россия/"); links carry it percent-encoded, as the URL helper writes every other.
    const first = encodePath(astroPage.url.first ?? astroPage.url.current);
    const page = listingPage(
      listing,
      first,
      astroPage.currentPage,
      astroPage.lastPage,
      astroPage.total,
      astroPage.data.map(teaserOf),
    );
    return {
      params: { ...params, page: pageParam(astroPage.currentPage) },
      props: { page },
      cacheKey: listingPageKey(page),
    };
  });
}
