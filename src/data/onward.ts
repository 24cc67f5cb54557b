/**
 * The onward journeys under a story ("More in <Section>", "On the same topics"), from indexes made once per build
 * out of the archive's groupings (archive.ts); the choosing is src/lib/archive/onward.ts.
 */
import { type Archive } from '../lib/archive/group.ts';
import { type OnwardIndex, onwardJourneys } from '../lib/archive/onward.ts';
import { getEditionArchive } from './archive.ts';
import { type Edition, editionOf } from './editions.ts';
import { type Article, articleHref } from './articles.ts';
import { slugOf } from './listing-hrefs.ts';

type OnwardStory = { article: Article; href: string; published: Date; section: string; tags: string[] };
type OnwardLookup = { story: (article: Article) => OnwardStory; index: OnwardIndex<OnwardStory> };
const lookups = new Map<Edition, Promise<OnwardLookup>>();

function buildOnwardLookup({ sections, tags }: Archive<Article>, edition: Edition): OnwardLookup {
  const stories = new Map<Article, OnwardStory>();
  const story = (a: Article): OnwardStory => {
    let s = stories.get(a);
    if (!s) {
      s = {
        article: a,
        href: articleHref(a),
        published: a.data.published.date,
        section: slugOf(a.data.section, edition),
        tags: a.data.tags.map((t) => slugOf(t, edition)),
      };
      stories.set(a, s);
    }
    return s;
  };
  const bySection = new Map(sections.map((g) => [g.slug, g.items.map(story)]));
  const byTag = new Map(tags.map((g) => [g.slug, g.items.map(story)]));
  return { story, index: { bySection, byTag } };
}

/** "More in <Section>" and "On the same topics" for one article, from indexes built once per build. */
export async function getOnward(article: Article, related: readonly { href: string }[]) {
  // Where to go next is in the story's edition: its sections and tags, in its language.
  const edition = editionOf(article);
  let lookup = lookups.get(edition);
  if (!lookup) {
    lookup = getEditionArchive(edition).then((archive) => buildOnwardLookup(archive, edition));
    lookups.set(edition, lookup);
  }
  const { story, index } = await lookup;
  const { moreInSection, sameTopics } = onwardJourneys(story(article), index, { exclude: related.map((r) => r.href) });
  return { moreInSection: moreInSection.map((s) => s.article), sameTopics: sameTopics.map((s) => s.article) };
}
