/**
 * What a story's schema checks across its fields, once each field has its shape (story.ts): the offset written in
 * each date is the one the story's zone had then (the coverage's start and end included, for live coverage), no update
 * or correction comes before publication, live coverage does not end before it starts, and a story to
 * be published has what a draft may lack. Pure, like the schema: the file alone decides each.
 */
import type { z } from 'astro/zod';
import { isTimeZone, zoneOffset } from '../../article/dates.ts';
import { timeIssues } from '../../trust/rules.ts';

/**
 * What a story needs before it can be published but a draft may lack: an imported post with no text, or a story an
 * editor has just begun. The messages are the ones these fields gave when they were required in every story.
 */
export const REQUIRED_TO_PUBLISH = {
  standfirst: 'standfirst is required and must be text',
  author:
    'author is required: the file name (without extension) of an entry in authors/, or a list of them in byline order',
} as const;

/** A story to be published has what REQUIRED_TO_PUBLISH names; a draft may lack it. */
export function requiredToPublish(
  article: { draft?: unknown; standfirst?: unknown; author?: unknown },
  ctx: z.RefinementCtx,
) {
  if (article.draft === true) return;
  for (const [field, message] of Object.entries(REQUIRED_TO_PUBLISH)) {
    if (article[field as keyof typeof REQUIRED_TO_PUBLISH] === undefined)
      ctx.addIssue({ code: 'custom', path: [field], message });
  }
}

type OffsetDate = { date: Date; offset: string };
type DatedStory = {
  timeZone: string;
  published: OffsetDate;
  updated?: OffsetDate;
  corrections: readonly { date: OffsetDate }[];
  live?: { start: OffsetDate; end?: OffsetDate };
};

/** Every date in the story's zone with the offset the zone had then, and none out of order. */
export function datesInZone(article: DatedStory, ctx: z.RefinementCtx): void {
  // The offset written in the date must be the one the zone had then, or the
  // page would print a different wall-clock time from the one the editor wrote.
  // An unknown zone is already reported on its own field.
  if (!isTimeZone(article.timeZone)) return;
  const dated: [(string | number)[], OffsetDate | undefined][] = [
    [['published'], article.published],
    [['updated'], article.updated],
    [['live', 'start'], article.live?.start],
    [['live', 'end'], article.live?.end],
    ...article.corrections.map((c, i): [(string | number)[], OffsetDate] => [['corrections', i, 'date'], c.date]),
  ];
  for (const [path, value] of dated) {
    if (!value) continue;
    const expected = zoneOffset(value.date, article.timeZone);
    if (value.offset !== expected) {
      ctx.addIssue({
        code: 'custom',
        path,
        message: `has offset ${value.offset}, but ${article.timeZone} was at ${expected} on that date`,
      });
    }
  }
  // Only what the file alone decides: a correction dated after the build's clock is the content check's to
  // refuse (src/lib/trust/rules.ts), so that a story's record depends on its bytes and nothing else.
  for (const issue of timeIssues(article)) ctx.addIssue({ code: 'custom', ...issue });
  if (article.live?.end && article.live.end.date < article.live.start.date)
    ctx.addIssue({ code: 'custom', path: ['live', 'end'], message: 'live.end must not be earlier than live.start' });
}
