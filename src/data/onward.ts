/**
 * The onward journeys under a story ("More in <Section>", "On the same topics"), from indexes made once per build
 * out of the archive's groupings (archive.ts); the choosing is src/lib/archive/onward.ts.
 */
import { type Archive } from '../lib/archive/group.ts';
import { ONWARD_LIMIT, ONWARD_SCAN, type OnwardIndex, onwardJourneys } from '../lib/archive/onward.ts';
import { perContent } from '../lib/incremental/generation.ts';
import { inputMemo, inputsKey, listKey } from '../lib/incremental/memo.ts';
import { stableHash } from '../lib/incremental/stable-hash.ts';
import { getEditionArchive } from './archive.ts';
import { type Edition, editionOf } from './editions.ts';
import { type Article, articleHref } from './articles.ts';
import { slugOf } from './listing-hrefs.ts';

type OnwardStory = { article: Article; href: string; published: Date; section: string; tags: string[] };
type OnwardLookup = {
  story: (article: Article) => OnwardStory;
  index: OnwardIndex<OnwardStory>;
  byHref: Map<string, OnwardStory>;
  /** What a tag's list shows the choosing, hashed: its newest stories' links and dates. */
  tagInputs: (tag: string) => string;
};
// Once per build, and again after each update of the warm publisher (src/lib/incremental/generation.ts).
const lookups = perContent(() => new Map<Edition, Promise<OnwardLookup>>());

function buildOnwardLookup({ sections, tags }: Archive<Article>, edition: Edition): OnwardLookup {
  const stories = new Map<Article, OnwardStory>();
  const byHref = new Map<string, OnwardStory>();
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
      byHref.set(s.href, s);
    }
    return s;
  };
  const bySection = new Map(sections.map((g) => [g.slug, g.items.map(story)]));
  const byTag = new Map(tags.map((g) => [g.slug, g.items.map(story)]));
  const tagKeys = new Map<string, string>();
  const tagInputs = (tag: string) => {
    let key = tagKeys.get(tag);
    if (key === undefined) {
      key = stableHash((byTag.get(tag) ?? []).slice(0, ONWARD_SCAN).map((s) => [s.href, s.published]));
      tagKeys.set(tag, key);
    }
    return key;
  };
  return { story, index: { bySection, byTag }, byHref, tagInputs };
}

/**
 * Which stories each story's onward journeys chose, by link, remembered by what the choosing reads (the warm
 * publisher asks again after every save): the story's own section and tags, its Related links, the head of its
 * section's list and of each of its tags' lists (src/lib/archive/onward.ts).
 */
const picks = inputMemo<{ moreInSection: string[]; sameTopics: string[] }>('onward journeys of');

/** "More in <Section>" and "On the same topics" for one article, from indexes built once per build. */
export async function getOnward(article: Article, related: readonly { href: string }[]) {
  // Where to go next is in the story's edition: its sections and tags, in its language.
  const edition = editionOf(article);
  let lookup = lookups().get(edition);
  if (!lookup) {
    lookup = getEditionArchive(edition).then((archive) => buildOnwardLookup(archive, edition));
    lookups().set(edition, lookup);
  }
  const { story, index, byHref, tagInputs } = await lookup;
  const own = story(article);
  const exclude = related.map((r) => r.href);
  const sectionHead = (index.bySection.get(own.section) ?? []).slice(0, ONWARD_LIMIT + 1 + exclude.length);
  const inputs = inputsKey(
    edition.prefix,
    own.href,
    own.section,
    listKey(own.tags),
    listKey(exclude),
    listKey(sectionHead.map((s) => s.href)),
    listKey(own.tags.map(tagInputs)),
  );
  const chosen = picks.get(article.id, inputs, () => {
    const { moreInSection, sameTopics } = onwardJourneys(own, index, { exclude });
    return { moreInSection: moreInSection.map((s) => s.href), sameTopics: sameTopics.map((s) => s.href) };
  });
  const articles = (hrefs: string[]) => hrefs.map((href) => byHref.get(href)!.article);
  return { moreInSection: articles(chosen.moreInSection), sameTopics: articles(chosen.sameTopics) };
}
