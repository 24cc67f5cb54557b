/**
 * An article page's model: everything the page shows, worked out once per build in the route's getStaticPaths().
 * The route renders it through ArticleLayout, and its incremental cache key is a hash of it, so a fact cannot be
 * shown without being keyed (the way Starlight builds each route's data once, in `generateRouteData()`).
 *
 * Only the body is not in the model: it is rendered from the file when the page is (the content store keeps no
 * rendered bodies), and the model carries the file's digest in its place. Its inline Related links go where the
 * `related` links go, which the model holds: the content check requires every inline link to be listed there.
 */
import { ageLabel, storyAge } from '../lib/article/age.ts';
import { inputMemo, inputsKey, listKey, sharedKey } from '../lib/incremental/memo.ts';
import { pageKey } from '../lib/incremental/page-key.ts';
import { siteConfig } from '../lib/site/config.ts';
import { showsUpdate } from '../lib/trust/updates.ts';
import { articleMeta } from './article-meta.ts';
import { sectionOf } from './listing-hrefs.ts';
import { getOnward } from './onward.ts';
import {
  type Article,
  articleHref,
  articleImage,
  articleModified,
  authorHref,
  bodyImages,
  getAuthors,
  getRelated,
  imageKey,
} from './articles.ts';
import { getMasthead, getSectionLinks } from './masthead.ts';
import { site as siteSettings, storyLanguage } from './language.ts';
import { getTranslations } from './translations.ts';
import { editionOf } from './editions.ts';
import { isoInZone } from '../lib/article/dates.ts';
import { absoluteUrl } from '../lib/site/url.ts';
import { blogPostingInput, type LiveCoverage, type LivePart, livePart, updatesOnPage } from './live-coverage.ts';

/** A story as an onward-journey line shows it. */
export type StoryLink = { href: string; headline: string; published: Date; timeZone: string };

const storyLink = (article: Article): StoryLink => ({
  href: articleHref(article),
  headline: article.data.headline,
  published: article.data.published.date,
  timeZone: article.data.timeZone,
});

/** The site, for absolute URLs: SITE_URL, as astro.config.ts reads it (import.meta.env.SITE can be overridden by a
 * stray SITE variable in the environment). */
const site = new URL(siteConfig().site);

const models = inputMemo<Promise<ArticlePage>>('the article page of');

/** A page of a live story: its coverage at the build's clock, and which of its pages this is. */
type LivePage = { coverage: LiveCoverage; page: number };

/**
 * `now` is the build's clock: only the age banner's words depend on it, and only those words are in the model (and,
 * for live coverage, which updates have come and whether the coverage has ended, in `live`: the page of live coverage
 * this is, for a live story). The model is remembered by what it is made of (src/lib/incremental/memo.ts): the
 * story's file, its authors, where its Related links go, its translations, the stories its onward journeys chose,
 * its edition's sections, the banner's words, its pictures and its live coverage (content/site.yaml too, whose change
 * is a full build); so the warm publisher builds again only the models a save changed.
 */
export async function articlePage(article: Article, now: Date, live?: LivePage): Promise<ArticlePage> {
  const [authors, related, translations, sections] = await Promise.all([
    getAuthors(article),
    getRelated(article),
    getTranslations(article),
    getSectionLinks(editionOf(article)),
  ]);
  const onward = await getOnward(article, related);
  const age = article.data.ageBanner ? storyAge(article.data.published.date, now) : null;
  const image = articleImage(article);
  // An entry by its digest (of its file, or of its data), or by its data when its loader gives none.
  const entries = (list: readonly { id: string; digest?: string | number; data: unknown }[]) =>
    listKey(list.map((e) => `${e.id} ${e.digest ?? JSON.stringify(e.data)}`));
  const inputs = inputsKey(
    article.id,
    String(article.digest),
    article.filePath,
    entries(authors),
    JSON.stringify(related),
    JSON.stringify(translations),
    entries(onward.moreInSection),
    entries(onward.sameTopics),
    sharedKey(sections),
    age ? String(age.count) + age.unit : '',
    image && JSON.stringify(imageKey(image.src)),
    listKey(bodyImages(article).map((photo) => `${photo.path} ${JSON.stringify(imageKey(photo.src))}`)),
    // A live story's modified time comes from its updates, not its file (getArticles).
    live && `${live.page} ${sharedKey(live.coverage)} ${JSON.stringify(article.data.modified)}`,
  );
  const id = live ? `${article.id} page ${live.page}` : article.id;
  return models.get(id, inputs, () => buildArticlePage(article, now, live));
}

async function buildArticlePage(article: Article, now: Date, live?: LivePage) {
  const { data } = article;
  const i18n = storyLanguage(article);
  const authors = await getAuthors(article);
  const related = await getRelated(article);
  const published = data.published.date;
  const corrections = data.corrections.map((c) => ({ date: c.date.date, text: c.text }));
  const modified = articleModified(article);
  const translations = await getTranslations(article);
  const abs = (href: string) => absoluteUrl(site.origin, '/', href);
  const { url, ...meta } = articleMeta(
    article,
    authors,
    site,
    i18n,
    translations,
    live && {
      coverageStartTime: isoInZone(live.coverage.start, data.timeZone),
      ...(live.coverage.ended && live.coverage.end && { coverageEndTime: isoInZone(live.coverage.end, data.timeZone) }),
      updates: updatesOnPage(live.coverage, live.page).map((u) => blogPostingInput(u, abs)),
    },
  );
  const later = live && live.page > 1;
  const onward = await getOnward(article, related);
  const age = storyAge(published, now);
  const section = sectionOf(article);
  if (!article.filePath) throw new Error(`${article.id}: the entry has no file to render its body from.`);
  return {
    /** The story's language, and a digest of the words around the story in it: both in the key. */
    lang: i18n.tag,
    messages: i18n.messages,
    title: `${later ? i18n.t('listing.pageTitle', { name: data.headline, page: live.page }) : data.headline} | ${siteSettings().name}`,
    description: data.standfirst,
    meta,
    /** The absolute permalink, as shared and printed. */
    url,
    /** The masthead, with the story's section marked as where the reader is. */
    masthead: await getMasthead(i18n, { href: section.href, within: true }, editionOf(article)),
    /** The kicker above the headline, linking to the section. */
    section,
    headline: data.headline,
    standfirst: data.standfirst,
    /** "This story is over N years old" at the build's clock ('' when younger than a month); the browser updates it. */
    age: data.ageBanner ? { published, label: age ? ageLabel(age, i18n.t) : '' } : undefined,
    byline: authors.map((a) => ({ name: a.data.name, twitter: a.data.twitter, href: authorHref(a) })),
    dateline: {
      place: data.dateline,
      published,
      updated: showsUpdate(published, modified) ? modified : undefined,
      timeZone: data.timeZone,
    },
    corrections,
    timeZone: data.timeZone,
    image: articleImage(article),
    body: { file: article.filePath, digest: article.digest, images: bodyImages(article) },
    related,
    onward: {
      section,
      moreInSection: onward.moreInSection.map(storyLink),
      sameTopics: onward.sameTopics.map(storyLink),
    },
    /** For live coverage: this page's updates, the key events and the coverage's state (src/data/live-coverage.ts). */
    live: live && (livePart(live.coverage, live.page) as LivePart | undefined),
    source: data.source && {
      publisher: data.source.publisher,
      url: data.source.url,
      published,
      timeZone: data.timeZone,
      imageNotReproduced: Boolean(data.source.imageNotReproduced),
    },
  };
}

export type ArticlePage = Awaited<ReturnType<typeof buildArticlePage>>;

const keys = new WeakMap<ArticlePage, string>();

/** The page's incremental cache key: the whole model, so what the page shows and what keys it cannot drift apart. */
export function articlePageKey(page: ArticlePage): string {
  let key = keys.get(page);
  if (key === undefined) {
    const image = page.image && { ...page.image, src: imageKey(page.image.src) };
    const body = { ...page.body, images: page.body.images.map((photo) => ({ ...photo, src: imageKey(photo.src) })) };
    key = pageKey('article', { ...page, image, body });
    keys.set(page, key);
  }
  return key;
}
