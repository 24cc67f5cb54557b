/**
 * The onward journeys under a story ("More in <Section>", "On the same topics"), from indexes made once per build
 * out of the archive's groupings (archive.ts); the choosing is src/lib/archive/onward.ts.
 */
import { type Archive } from '../lib/archive/group.ts';
import { type OnwardIndex, onwardJourneys } from '../lib/archive/onward.ts';
import { foldSlug } from '../lib/archive/slug.ts';
import { perContent } from '../lib/incremental/generation.ts';
import { getArchive } from './archive.ts';
import { type Article, articleHref } from './articles.ts';

type OnwardStory = { article: Article; href: string; published: Date; section: string; tags: string[] };
type OnwardLookup = { story: (article: Article) => OnwardStory; index: OnwardIndex<OnwardStory> };

function buildOnwardLookup({ sections, tags }: Archive<Article>): OnwardLookup {
  const stories = new Map<Article, OnwardStory>();
  const story = (a: Article): OnwardStory => {
    let s = stories.get(a);
    if (!s) {
      s = {
        article: a,
        href: articleHref(a),
        published: a.data.published.date,
        section: foldSlug(a.data.section),
        tags: a.data.tags.map(foldSlug),
      };
      stories.set(a, s);
    }
    return s;
  };
  const bySection = new Map(sections.map((g) => [g.slug, g.items.map(story)]));
  const byTag = new Map(tags.map((g) => [g.slug, g.items.map(story)]));
  return { story, index: { bySection, byTag } };
}

const onwardLookup = perContent(() => getArchive().then(buildOnwardLookup));

/** "More in <Section>" and "On the same topics" for one article, from indexes built once per build. */
export async function getOnward(article: Article, related: readonly { href: string }[]) {
  const { story, index } = await onwardLookup();
  const { moreInSection, sameTopics } = onwardJourneys(story(article), index, { exclude: related.map((r) => r.href) });
  return { moreInSection: moreInSection.map((s) => s.article), sameTopics: sameTopics.map((s) => s.article) };
}
