/**
 * The archive as pages see it: the published stories grouped once per build (sections, tags, authors, calendar),
 * the URLs of every listing, and the onward journeys under each story. Listing pages are built in listing-page.ts.
 */
import { calendarDateInZone } from '../lib/article/dates.ts';
import { type Archive, groupArchive } from '../lib/archive/group.ts';
import { type OnwardIndex, onwardJourneys } from '../lib/archive/onward.ts';
import { foldSlug } from '../lib/archive/slug.ts';
import { checkTaxonomy } from '../lib/archive/taxonomy-check.ts';
import { type Article, articleHref, getArticles } from './articles.ts';
import { siteHref } from '../lib/site/base.ts';


/** Stories in every feed (the site's, a section's, a tag's): the newest. The sitemap is what lists them all. */
export const FEED_SIZE = 50;

/** The site's own feeds (rss.xml, feed.json): its FEED_SIZE newest stories. */
export const getSiteFeedArticles = async () => (await getArticles()).slice(0, FEED_SIZE);

/** The author ids a story is filed under (one today; the one place to change for several). */
export const authorIdsOf = (article: Article): string[] => article.data.author.map((a) => a.id);

export const sectionHref = (slug: string) => siteHref(slug);
export const sectionFeedHref = (slug: string) => siteHref(slug, 'rss.xml');
export const tagHref = (slug: string) => siteHref('tags', slug);
export const tagFeedHref = (slug: string) => siteHref('tags', slug, 'rss.xml');
export const tagsIndexHref = () => siteHref('tags');
export const dateHref = (...parts: string[]) => siteHref(...parts);
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
