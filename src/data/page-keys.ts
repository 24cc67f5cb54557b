/**
 * Each keyed page's cache key: everything it shows that is not code (src/lib/incremental/page-key.ts says what
 * belongs in a key). A route adds `cacheKey` in its getStaticPaths(); a listing page keys the teasers it shows.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { ageLabel, storyAge } from '../lib/article/age.ts';
import { resolveRelated } from '../lib/article/related.ts';
import { pageKey } from '../lib/incremental/page-key.ts';
import { getOnward } from './archive.ts';
import { type Article, articleHref, articleImageFile, getAuthors, getInternalIndex } from './articles.ts';

/** The words the age banner shows at the build's clock ('' when it shows none), not the clock itself. */
function agePhrase(article: Article, now: Date): string {
  if (!article.data.ageBanner) return '';
  const age = storyAge(article.data.published.date, now);
  return age ? ageLabel(age) : '';
}

/**
 * The main image's bytes: the entry's digest covers the frontmatter's path, not the file, and a photo replaced
 * under the same name changes the page's image URLs.
 */
function imageDigest(article: Article): string | null {
  const file = articleImageFile(article);
  return file ? createHash('sha256').update(fs.readFileSync(file)).digest('hex') : null;
}

/**
 * An article page: its file, its photo, its authors' byline facts, where its Related links go, its age banner, and
 * the stories its onward journeys list (a story published later in its section or on its topics changes them).
 */
export async function articlePageKey(article: Article, now: Date): Promise<string> {
  const authors = await getAuthors(article);
  const index = await getInternalIndex();
  // The body's inline Related links are keyed by these too: the content check requires each to be listed there.
  const related = resolveRelated(article.data.related, index);
  const onward = await getOnward(article, related, now);
  return pageKey(
    'article',
    article.digest,
    imageDigest(article),
    authors.map((a) => [a.id, a.data]),
    related.map((r) => r.href),
    agePhrase(article, now),
    onward.moreInSection.map(onwardFacts),
    onward.sameTopics.map(onwardFacts),
  );
}

/** What an onward-journey line shows (components/OnwardJourneys.astro). */
function onwardFacts(article: Article): unknown[] {
  const { headline, published, timeZone } = article.data;
  return [articleHref(article), headline, published.date, timeZone];
}
