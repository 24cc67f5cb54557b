/**
 * The archive as pages see it: the published stories grouped once per build
 * (sections, tags, authors, calendar), the URLs of every listing, and Astro's
 * paginate() with later pages at /page/<n>/.
 */
import type { PaginateFunction } from 'astro';
import { calendarDateInZone } from '../lib/article/dates.ts';
import { type Archive, groupArchive } from '../lib/archive/group.ts';
import { type OnwardIndex, onwardJourneys } from '../lib/archive/onward.ts';
import { PAGE_SIZE, pageParam } from '../lib/archive/pages.ts';
import { foldSlug } from '../lib/archive/slug.ts';
import { checkTaxonomy } from '../lib/archive/taxonomy-check.ts';
import { pageKey } from '../lib/incremental/page-key.ts';
import { withBase } from '../lib/site/url.ts';
import { type Article, articleHref, articleImage, getArticles } from './articles.ts';

const base = import.meta.env.BASE_URL;

/** Stories in every feed (the site's, a section's, a tag's): the newest. The sitemap is what lists them all. */
export const FEED_SIZE = 50;

/** The site's own feeds (rss.xml, feed.json): its FEED_SIZE newest stories. */
export const getSiteFeedArticles = async () => (await getArticles()).slice(0, FEED_SIZE);

/** The author ids a story is filed under (one today; the one place to change for several). */
export const authorIdsOf = (article: Article): string[] => article.data.author.map((a) => a.id);

export const sectionHref = (slug: string) => withBase(base, slug);
export const sectionFeedHref = (slug: string) => withBase(base, slug, 'rss.xml');
export const tagHref = (slug: string) => withBase(base, 'tags', slug);
export const tagFeedHref = (slug: string) => withBase(base, 'tags', slug, 'rss.xml');
export const tagsIndexHref = () => withBase(base, 'tags');
export const dateHref = (...parts: string[]) => withBase(base, ...parts);
export const sectionOf = (article: Article) => ({ name: article.data.section, href: sectionHref(foldSlug(article.data.section)) });

let archive: Promise<Archive<Article>> | undefined;

/** Every grouping, made once per build from getArticles(): pages filter nothing themselves. */
export function getArchive(): Promise<Archive<Article>> {
  archive ??= getArticles().then((all) => {
    // scripts/check-content.ts reports these first; this is the guard for builds that skip it.
    const problems = checkTaxonomy(all.map((a) => ({ file: a.filePath ?? a.id, section: a.data.section, tags: a.data.tags })));
    if (problems.length > 0) throw new Error(problems.join('\n'));
    return groupArchive(all, (a) => ({
      section: a.data.section,
      tags: a.data.tags,
      authors: authorIdsOf(a),
      date: calendarDateInZone(a.data.published.date, a.data.timeZone),
    }));
  });
  return archive;
}

const listedDigests = new WeakMap<Article, string>();

/**
 * An article as a listing shows it (the teaser's facts, and the image the front page's lead story carries), as a
 * digest worked out once per build: a story sits in half a dozen listings, each of which keys it.
 */
function listedFacts(article: Article): string {
  let digest = listedDigests.get(article);
  if (digest === undefined) {
    const { headline, standfirst, section, published, timeZone, image } = article.data;
    const facts = [articleHref(article), headline, standfirst, section, published.date, timeZone, image ? [articleImage(article)?.src.src, image.alt, image.credit] : null];
    digest = pageKey('listed', facts);
    listedDigests.set(article, digest);
  }
  return digest;
}

const isArticle = (value: unknown): value is Article =>
  typeof value === 'object' && value !== null && (value as { collection?: unknown }).collection === 'articles';

/**
 * What a listing page's other props show, for its cache key: a group's list of stories is summarised by its length
 * (a calendar or a section menu shows counts and page links, never the stories), everything else is kept as it is.
 */
function summarised(value: unknown): unknown {
  if (Array.isArray(value)) return value.length > 0 && value.every(isArticle) ? { stories: value.length } : value.map(summarised);
  if (isArticle(value)) return listedFacts(value);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, summarised(v)]));
  }
  return value;
}

/**
 * Astro's paginate() for a route whose last parameter is `[...page]`: page 1 at the
 * listing's bare URL, later pages at <listing>/page/<n>/ (Astro's own would be <listing>/<n>/).
 * Page URLs are made from the first page's (see `firstHref`), not page.url.
 *
 * Each page's cache key (src/lib/incremental/) holds the stories it lists, where it sits among the listing's pages,
 * its props, and `shows`: anything else the page renders that is not in its props (the front page's menus).
 */
export function paginateListing<T extends Article, P extends Record<string, unknown>>(
  paginate: PaginateFunction,
  items: readonly T[],
  params: Record<string, string>,
  props: P,
  shows: unknown = null,
) {
  // Hashed once per listing, not once per page: a day's listing sits in its whole year's calendar.
  const context = pageKey('listing-context', summarised(props), summarised(shows));
  return paginate(items, { pageSize: PAGE_SIZE, params, props }).map((p) => {
    const page = p.props.page;
    return {
      params: { ...p.params, page: pageParam(page.currentPage) },
      props: p.props,
      cacheKey: pageKey('listing', params, page.currentPage, page.lastPage, page.total, page.data.map((a) => listedFacts(a as Article)), context),
    };
  });
}

/** The listing's page 1 URL: paginate() makes page.url.first (and page 1's current) without the page parameter. */
export const firstHref = (page: { url: { first?: string; current: string } }) => page.url.first ?? page.url.current;

type OnwardStory = { article: Article; href: string; published: Date; section: string; tags: string[] };
type OnwardLookup = { story: (article: Article) => OnwardStory; index: OnwardIndex<OnwardStory> };
let onwardLookup: Promise<OnwardLookup> | undefined;

function buildOnwardLookup({ sections, tags }: Archive<Article>): OnwardLookup {
  const stories = new Map<Article, OnwardStory>();
  const story = (a: Article): OnwardStory => {
    let s = stories.get(a);
    if (!s) {
      s = { article: a, href: articleHref(a), published: a.data.published.date, section: foldSlug(a.data.section), tags: a.data.tags.map(foldSlug) };
      stories.set(a, s);
    }
    return s;
  };
  const bySection = new Map(sections.map((g) => [g.slug, g.items.map(story)]));
  const byTag = new Map(tags.map((g) => [g.slug, g.items.map(story)]));
  return { story, index: { bySection, byTag } };
}

/** "More in <Section>" and "On the same topics" for one article, from indexes built once per build. */
export async function getOnward(article: Article, related: readonly { href: string }[], now: Date) {
  onwardLookup ??= getArchive().then(buildOnwardLookup);
  const { story, index } = await onwardLookup;
  const { moreInSection, sameTopics } = onwardJourneys(story(article), index, { now, exclude: related.map((r) => r.href) });
  return { moreInSection: moreInSection.map((s) => s.article), sameTopics: sameTopics.map((s) => s.article) };
}
