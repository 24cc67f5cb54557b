/**
 * The first pass over an export: what becomes of every item, decided before anything is written, from ids, dates,
 * names and terms alone (bodies are left for the second pass). Permalinks, sections, tags and bylines need the
 * whole export to settle (two posts with one slug, two spellings of one tag), so they are settled here.
 */
import { parseAlias, permalinkAliasPath } from '../article/aliases.ts';
import { checkAliases } from '../content/alias-check.ts';
import { articlePath } from '../article/permalink.ts';
import { planAuthors, type AuthorPlan } from './bylines.ts';
import { importDate } from './dates.ts';
import type { ExistingContent } from './existing-content.ts';
import { htmlToText } from './html-text.ts';
import type { AttachmentRecord, AuthorRecord, PostRecord, SiteRecord, SourceRecord } from './records.ts';
import { describePost, type ImportReport, tally } from './report.ts';
import { postSlug, uniqueKeys } from './slugs.ts';
import { planNames, sectionOf, tagsOf } from './taxonomy.ts';
import { guestAuthor } from './bylines.ts';

export type PlanOptions = {
  timeZone: string;
  /**
   * A dateline true of every story whose export gives none (a `dateline` custom field wins). Without it, such a story
   * has no dateline: where a story was reported is a fact, never made up.
   */
  dateline?: string;
  now: Date;
};

/** What the headline of a post with no title is until an editor writes one: WordPress's own label for it. */
export const NO_TITLE = '(no title)';

/** A story to write, everything settled but its body and images. */
export type PlannedStory = {
  id: string;
  headline: string;
  titleHtml: string;
  published: string;
  instant: Date;
  state: 'published' | 'scheduled' | 'draft';
  /** What the post was in WordPress, for the report: "published", "scheduled", "a draft", "pending review". */
  was: string;
  /**
   * Why a post WordPress published (or scheduled) comes in as a draft, or what a draft still lacks: a byline naming no
   * author, no title. The second pass adds a missing standfirst. Empty for a story that is ready.
   */
  unfinished: string[];
  slug: string;
  /** "2010/08/07/slug", the permalink relative to the base. */
  permalink: string;
  /** "articles/2010/08/07/slug.md", relative to the content directory. */
  file: string;
  authors: string[];
  section: string;
  tags: string[];
  dateline?: string;
  aliases: string[];
  link: string;
  thumbnailId?: string;
  /** Report lines for changes made to this story. */
  notes: string[];
};

export type ImportPlan = {
  site: SiteRecord;
  stories: Map<string, PlannedStory>;
  attachments: Map<string, AttachmentRecord>;
  authors: AuthorPlan;
};

type SlimPost = Omit<PostRecord, 'content' | 'excerpt' | 'meta'> & { meta: Record<string, string> };

/** Only the meta the plan and the second pass read: a post's meta can hold kilobytes of cached embeds. */
const KEPT_META = ['_thumbnail_id', 'dateline'];

const SKIPPED_STATUS: Record<string, string> = {
  private: 'private: a static site cannot keep it private, so it is not written where a build could publish it',
  trash: 'in the trash',
  'auto-draft': 'an autosave WordPress made, never saved by its author',
  inherit: 'a revision of another post',
};

/** "/2010/08/07/slug/" for the post's old link, relative to the old site's address. */
function oldPath(link: string, siteLink: string): string | undefined {
  try {
    const url = new URL(link);
    const sitePath = new URL(siteLink || link).pathname.replace(/\/?$/, '/');
    const pathname = url.pathname.startsWith(sitePath) ? `/${url.pathname.slice(sitePath.length)}` : url.pathname;
    return `${pathname}${url.search}`;
  } catch {
    return undefined;
  }
}

/**
 * Reads the export's records (bodies left out) and decides the fate of every item. Items that are not stories are
 * tallied and, where a reader would miss them (pages), listed in the report.
 */
export async function planImport(
  records: AsyncIterable<SourceRecord>,
  existing: ExistingContent,
  options: PlanOptions,
  report: ImportReport,
): Promise<ImportPlan> {
  let site: SiteRecord = { kind: 'site', title: '', link: '' };
  const accounts: AuthorRecord[] = [];
  const attachments = new Map<string, AttachmentRecord>();
  const posts: SlimPost[] = [];
  for await (const record of records) {
    if (record.kind === 'site') site = record;
    else if (record.kind === 'author') accounts.push(record);
    else if (record.kind === 'attachment') attachments.set(record.id, record);
    else if (record.kind === 'post') {
      if (record.postType === 'guest-author') {
        const guest = guestAuthor(record);
        if (guest) accounts.push(guest);
      } else {
        const meta = Object.fromEntries(KEPT_META.filter((k) => k in record.meta).map((k) => [k, record.meta[k]]));
        const { content: _c, excerpt: _e, ...slim } = record;
        posts.push({ ...slim, meta });
        if (record.comments > 0) tally(report, 'comments', 'skipped', record.comments);
      }
    }
  }
  report.site = { title: site.title, link: site.link };
  tally(report, 'attachments', 'skipped', 0);

  const authors = planAuthors(accounts, existing.authorIds);
  report.changes.push(...authors.notes);

  type Candidate = {
    post: SlimPost;
    date: { published: string; instant: Date };
    headline: string;
    ids: string[];
    dateline?: string;
    state: PlannedStory['state'];
    was: string;
    unfinished: string[];
    notes: string[];
    categories: string[];
    postTags: string[];
  };
  const candidates: Candidate[] = [];
  for (const post of posts) {
    const what = describePost(post);
    if (post.postType !== 'post') {
      const kind =
        post.postType === 'page'
          ? 'pages'
          : post.postType === 'nav_menu_item'
            ? 'menu items'
            : `${post.postType} items`;
      tally(report, kind, 'skipped');
      if (post.postType === 'page')
        report.notCarried.push(`${what}: skipped: a page, and Gazette has no standalone pages`);
      continue;
    }
    if (post.password !== '') {
      tally(report, 'posts', 'skipped');
      report.notCarried.push(
        `${what}: skipped: password-protected; a static site cannot ask for a password, so it is not written where a build could publish it`,
      );
      continue;
    }
    const skipped = SKIPPED_STATUS[post.status];
    if (skipped || !['publish', 'future', 'draft', 'pending'].includes(post.status)) {
      tally(report, 'posts', 'skipped');
      report.notCarried.push(
        `${what}: skipped: ${skipped ?? `its status is "${post.status}", which WordPress does not publish`}`,
      );
      continue;
    }
    const holdBack = (why: string) => {
      tally(report, 'posts', 'heldBack');
      report.notCarried.push(`${what}: held back: ${why}`);
    };
    const date = importDate(post.date, post.dateGmt, options.timeZone);
    if (!date) {
      holdBack(`it has no date (post_date "${post.date}")`);
      continue;
    }
    const unfinished: string[] = [];
    let headline = htmlToText(post.title);
    if (!headline) {
      headline = NO_TITLE;
      unfinished.push(`it has no title: "${NO_TITLE}" stands in for its headline until one is written`);
    }
    const { ids, unknown } = authors.byline(post);
    const notes: string[] = [];
    if (ids.length === 0)
      unfinished.push(
        `its byline ("${unknown.join('", "')}") names no author in the export, and a byline is not invented`,
      );
    else
      for (const name of unknown)
        notes.push(`the byline name "${name}" matches no author in the export and is left off`);
    const dateline = (post.meta.dateline ?? '').trim() || options.dateline?.trim() || undefined;
    if (date.disagreement) notes.push(date.disagreement);
    const inSource =
      post.status === 'draft' || post.status === 'pending'
        ? 'draft'
        : date.instant.getTime() > options.now.getTime()
          ? 'scheduled'
          : 'published';
    const was = { draft: 'a draft', pending: 'pending review', future: 'scheduled' }[post.status] ?? 'published';
    // A post that comes in as a draft is published by no build; its report line says so instead.
    if (post.status === 'future' && inSource === 'published' && unfinished.length === 0)
      notes.push('scheduled in WordPress for a date now past: it is published');
    if (post.status === 'publish' && inSource === 'scheduled' && unfinished.length === 0)
      notes.push('published in WordPress but dated in the future: Gazette publishes it on that date');
    if (post.status === 'pending') notes.push('pending review in WordPress: a draft');
    const state = unfinished.length > 0 ? 'draft' : inSource;
    const categories = post.terms.filter((t) => t.taxonomy === 'category').map((t) => htmlToText(t.name));
    const postTags = post.terms.filter((t) => t.taxonomy === 'post_tag').map((t) => htmlToText(t.name));
    candidates.push({ post, date, headline, ids, dateline, state, was, unfinished, notes, categories, postTags });
  }

  const sectionOfPost = new Map(candidates.map((c) => [c.post.id, sectionOf(c.categories)]));
  const names = planNames(
    {
      sections: candidates.map((c) => sectionOfPost.get(c.post.id) as string),
      tags: candidates.flatMap((c) => tagsOf(c.categories, c.postTags, sectionOfPost.get(c.post.id) as string)),
    },
    { sections: existing.sections, tags: existing.tags },
  );
  report.changes.push(...names.notes);
  const multiCategory = candidates.filter((c) => c.categories.length > 1).length;
  if (multiCategory > 0)
    report.changes.push(
      `${multiCategory} posts are in several categories: the first (other than "Uncategorized") is the section, the others are tags`,
    );

  const nextPermalink = uniqueKeys(existing.foreignPermalinks);
  const stories = new Map<string, PlannedStory>();
  for (const c of candidates) {
    const { post } = c;
    const slug0 = postSlug(post);
    const datePath = articlePath({ published: c.date.instant, timeZone: options.timeZone, slug: slug0 });
    const permalink = nextPermalink(datePath);
    const slug = permalink.split('/').pop() as string;
    if (permalink !== datePath)
      c.notes.push(`its permalink /${datePath}/ is another story's, so its slug is "${slug}"`);
    const section = names.section(sectionOfPost.get(post.id) as string);
    const tags = [
      ...new Set(
        tagsOf(c.categories, c.postTags, sectionOfPost.get(post.id) as string)
          .map(names.tag)
          .filter((t): t is string => t !== undefined && t !== section),
      ),
    ];
    const aliases: string[] = [];
    for (const candidate of [oldPath(post.link, site.link), `/?p=${post.id}`]) {
      if (!candidate || aliases.includes(candidate) || candidate === permalinkAliasPath(permalink)) continue;
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
      thumbnailId: post.meta._thumbnail_id,
      notes: c.notes,
    });
  }
  dropUnredirectable([...stories.values()]);
  return { site, stories, attachments, authors };
}

/**
 * An old address that would hide a page the site builds (an old post at /tags/x/, a section's URL) cannot be
 * redirected; the content check would refuse the story for it. The story comes in without that one address, and
 * the report says so.
 */
function dropUnredirectable(stories: PlannedStory[]): void {
  const problems = checkAliases(
    stories.map((s) => ({ file: s.file, aliases: s.aliases, permalink: s.permalink, section: s.section })),
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
