/**
 * The first pass over an export: what becomes of every item, decided before anything is written, from ids, dates,
 * names and terms alone (bodies are left for the second pass). Each post is decided on its own (post.ts);
 * permalinks, sections, tags and old addresses need the whole export to settle (place-stories.ts); bylines need every
 * account first.
 */
import type { SlugSite } from '../../archive/slug.ts';
import { planAuthors, type AuthorPlan } from '../bylines.ts';
import type { ExistingContent } from '../existing-content.ts';
import type { AuthorRecord, SiteRecord, SourceAttachment, SourcePost } from '../source-records.ts';
import { type ImportReport, tally } from '../report.ts';
import type { ImportSource } from '../source.ts';
import { placeStories } from './place-stories.ts';
import { type Candidate, candidateOf } from './post.ts';

export type PlanOptions = {
  timeZone: string;
  /** The site's language and further editions (content/site.yaml): names and slugs fold in the language. */
  site: SlugSite;
  /**
   * A dateline true of every story whose export gives none (a `dateline` custom field wins). Without it, such a story
   * has no dateline: where a story was reported is a fact, never made up.
   */
  dateline?: string;
  now: Date;
};

/** A story to write, everything settled but its body and images. */
export type PlannedStory = {
  id: string;
  headline: string;
  titleHtml: string;
  published: string;
  instant: Date;
  state: 'published' | 'scheduled' | 'draft';
  /** What the post was in its source, for the report. */
  was: 'published' | 'scheduled' | 'a draft' | 'pending review';
  /**
   * Why a post the source published (or scheduled) comes in as a draft, or what a draft still lacks: a byline naming
   * no author, no title. The second pass adds a missing standfirst. Empty for a story that is ready.
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

export type ImportPlan<A extends SourceAttachment = SourceAttachment> = {
  site: SiteRecord;
  stories: Map<string, PlannedStory>;
  attachments: Map<string, A>;
  authors: AuthorPlan;
};

/**
 * Reads the export's records (bodies left out) and decides the fate of every item. Items that are not stories are
 * tallied and, where a reader would miss them (pages), listed in the report.
 */
export async function planImport<P extends SourcePost, A extends SourceAttachment>(
  source: ImportSource<P, A>,
  existing: ExistingContent,
  options: PlanOptions & { onProgress?: Parameters<ImportSource['records']>[0]['onProgress'] },
  report: ImportReport,
): Promise<ImportPlan<A>> {
  let site: SiteRecord = { kind: 'site', title: '', link: '' };
  const accounts: AuthorRecord[] = [];
  const attachments = new Map<string, A>();
  const posts: P[] = [];
  for await (const record of source.records({ bodies: false, onProgress: options.onProgress })) {
    if (record.kind === 'site') site = record;
    else if (record.kind === 'author') accounts.push(record);
    else if (record.kind === 'attachment') attachments.set(record.id, record as A);
    else {
      posts.push(record as P);
      if (record.comments > 0) tally(report, 'comments', 'skipped', record.comments);
    }
  }
  report.site = { title: site.title, link: site.link };
  tally(report, 'attachments', 'skipped', 0);

  const authors = planAuthors(accounts, existing.authorIds, options.site.language);
  report.changes.push(...authors.notes);

  const candidates: Candidate[] = [];
  for (const post of posts) {
    const candidate = candidateOf(post, source, { site, authors, options, report });
    if (candidate) candidates.push(candidate);
  }
  const stories = placeStories(candidates, existing, options.timeZone, options.site, report);
  return { site, stories, attachments, authors };
}
