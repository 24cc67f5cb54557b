/**
 * What only the whole export settles, once every post is a candidate (post.ts): section and tag spellings (two
 * spellings of one URL take the first), permalinks (two posts with one slug), and old addresses that can be
 * redirected without hiding a page the site builds.
 */
import { parseAlias, permalinkAliasPath } from '../../article/aliases.ts';
import { articlePath } from '../../article/permalink.ts';
import { checkAliases } from '../../content/alias-check.ts';
import type { ExistingContent } from '../existing-content.ts';
import type { ImportReport } from '../report.ts';
import type { SlugSite } from '../../archive/slug.ts';
import { postSlug, uniqueKeys } from '../slugs.ts';
import { planNames, sectionOf, tagsOf } from '../taxonomy.ts';
import type { PlannedStory } from './plan.ts';
import type { Candidate } from './post.ts';

/** Every candidate as a story to write, keyed by post id, in export order. */
export function placeStories(
  candidates: Candidate[],
  existing: ExistingContent,
  timeZone: string,
  site: SlugSite,
  report: ImportReport,
): Map<string, PlannedStory> {
  const sectionOfPost = new Map(candidates.map((c) => [c.post.id, sectionOf(c.facts.categories)]));
  const tagsOfPost = (c: Candidate) => tagsOf(c.facts.categories, c.facts.tags, sectionOfPost.get(c.post.id) as string);
  const names = planNames(
    {
      sections: candidates.map((c) => sectionOfPost.get(c.post.id) as string),
      tags: candidates.flatMap(tagsOfPost),
    },
    { sections: existing.sections, tags: existing.tags },
    site,
  );
  report.changes.push(...names.notes);
  const multiCategory = candidates.filter((c) => c.facts.categories.length > 1).length;
  if (multiCategory > 0)
    report.changes.push(
      `${multiCategory} posts are in several categories: the first (other than "Uncategorized") is the section, the others are tags`,
    );

  const nextPermalink = uniqueKeys(existing.foreignPermalinks);
  const stories = new Map<string, PlannedStory>();
  for (const c of candidates) {
    const { post } = c;
    const slug0 = postSlug(post, site.language);
    const datePath = articlePath({ published: c.date.instant, timeZone, slug: slug0 });
    const permalink = nextPermalink(datePath);
    const slug = permalink.split('/').pop() as string;
    if (permalink !== datePath)
      c.notes.push(`its permalink /${datePath}/ is another story's, so its slug is "${slug}"`);
    const section = names.section(sectionOfPost.get(post.id) as string);
    const tags = [
      ...new Set(
        tagsOfPost(c)
          .map(names.tag)
          .filter((t): t is string => t !== undefined && t !== section),
      ),
    ];
    const aliases: string[] = [];
    for (const candidate of c.facts.oldAddresses) {
      if (aliases.includes(candidate) || candidate === permalinkAliasPath(permalink)) continue;
      const parsed = parseAlias(candidate);
      if (typeof parsed === 'string') c.notes.push(`its old address cannot be redirected: ${parsed}`);
      else aliases.push(candidate);
    }
    stories.set(post.id, {
      id: post.id,
      headline: c.headline,
      titleHtml: post.title,
      published: c.date.published,
      instant: c.date.instant,
      state: c.state,
      was: c.was,
      unfinished: c.unfinished,
      slug,
      permalink,
      file: `articles/${permalink}.md`,
      authors: c.ids,
      section,
      tags,
      ...(c.dateline ? { dateline: c.dateline } : {}),
      aliases,
      link: post.link,
      thumbnailId: c.facts.featuredImage,
      notes: c.notes,
    });
  }
  dropUnredirectable([...stories.values()], site.language);
  return stories;
}

/**
 * An old address that would hide a page the site builds (an old post at /tags/x/, a section's URL) cannot be
 * redirected; the content check would refuse the story for it. The story comes in without that one address, and
 * the report says so.
 */
function dropUnredirectable(stories: PlannedStory[], language: string): void {
  const problems = checkAliases(
    stories.map((s) => ({
      file: s.file,
      aliases: s.aliases.map((written) => {
        // The import wrote each of these itself from a parsed address; one that does not parse is a bug here.
        const alias = parseAlias(written);
        if (typeof alias === 'string')
          throw new Error(`${s.file}: the import made an old address it cannot read: ${alias}`);
        return { ...alias, written };
      }),
      permalink: s.permalink,
      section: s.section,
    })),
    language,
  );
  const byFile = new Map(stories.map((s) => [s.file, s]));
  const dropped = new Map<PlannedStory, Set<number>>();
  for (const problem of problems) {
    const m = /^(.*?): aliases\[(\d+)\] "[^"]*" (.*)$/.exec(problem);
    const story = m && byFile.get(m[1]);
    if (!m || !story) continue;
    dropped.set(story, (dropped.get(story) ?? new Set()).add(Number(m[2])));
    story.notes.push(`its old address ${story.aliases[Number(m[2])]} is not redirected: it ${m[3]}`);
  }
  for (const [story, indexes] of dropped) story.aliases = story.aliases.filter((_, i) => !indexes.has(i));
}
