/**
 * One post in the first pass: skipped (and why), held back (no date), or a candidate story with its date, headline,
 * byline, dateline and state. A post WordPress published that cannot be published as it is becomes a draft that says
 * why (`unfinished`), never left behind; nothing is invented for it.
 */
import type { AuthorPlan } from '../bylines.ts';
import { htmlToText } from '../html-text.ts';
import type { SiteRecord, SourcePost } from '../source-records.ts';
import { type ImportReport, tally } from '../report.ts';
import type { ImportedDate, ImportSource, PostFacts } from '../source.ts';
import type { PlannedStory, PlanOptions } from './plan.ts';

/** What the headline of a post with no title is until an editor writes one: WordPress's own label for it. */
export const NO_TITLE = '(no title)';

/** A post that comes in, before the names, permalinks and addresses the whole export settles (place-stories.ts). */
export type Candidate<P extends SourcePost = SourcePost> = {
  post: P;
  facts: PostFacts;
  date: ImportedDate;
  headline: string;
  ids: string[];
  dateline?: string;
  state: PlannedStory['state'];
  was: PlannedStory['was'];
  unfinished: string[];
  notes: string[];
};

/** The post as a candidate story, or undefined when it is skipped or held back (tallied and listed here). */
export function candidateOf<P extends SourcePost>(
  post: P,
  source: ImportSource<P, any>,
  context: { site: SiteRecord; authors: AuthorPlan; options: PlanOptions; report: ImportReport },
): Candidate<P> | undefined {
  const { report, options } = context;
  const what = source.describe(post);
  const fate = source.fate(post);
  if ('skip' in fate) {
    tally(report, fate.skip.kind, 'skipped');
    if (fate.skip.why) report.notCarried.push(`${what}: ${fate.skip.why}`);
    return undefined;
  }
  const date = source.published(post, options.timeZone);
  if ('undated' in date) {
    tally(report, 'posts', 'heldBack');
    report.notCarried.push(`${what}: held back: ${date.undated}`);
    return undefined;
  }
  const facts = source.facts(post, context.site);
  const unfinished: string[] = [];
  let headline = htmlToText(post.title);
  if (!headline) {
    headline = NO_TITLE;
    unfinished.push(`it has no title: "${NO_TITLE}" stands in for its headline until one is written`);
  }
  const { ids, unknown } = context.authors.byline(facts.byline);
  const notes: string[] = [];
  if (ids.length === 0)
    unfinished.push(
      `its byline ("${unknown.join('", "')}") names no author in the export, and a byline is not invented`,
    );
  else
    for (const name of unknown) notes.push(`the byline name "${name}" matches no author in the export and is left off`);
  const dateline = facts.dateline || options.dateline?.trim() || undefined;
  if (date.disagreement) notes.push(date.disagreement);
  const inSource = fate.story.draft
    ? 'draft'
    : date.instant.getTime() > options.now.getTime()
      ? 'scheduled'
      : 'published';
  // A post that comes in as a draft is published by no build; its report line says so instead.
  if (fate.story.was === 'scheduled' && inSource === 'published' && unfinished.length === 0)
    notes.push(`scheduled in ${source.name} for a date now past: it is published`);
  if (fate.story.was === 'published' && inSource === 'scheduled' && unfinished.length === 0)
    notes.push(`published in ${source.name} but dated in the future: Gazette publishes it on that date`);
  notes.push(...fate.story.notes);
  const state = unfinished.length > 0 ? 'draft' : inSource;
  return { post, facts, date, headline, ids, dateline, state, was: fate.story.was, unfinished, notes };
}
