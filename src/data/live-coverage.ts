/**
 * Live coverage as the pages see it: each live story's updates shown at the build's clock, newest first, each made
 * into what its page shows (src/lib/live/update-html.ts's UpdateView), with the pages they fall on, the key events, the
 * pinned update, and the structured data. The rules (order, pages, addresses, the end) are src/lib/live/coverage.ts's;
 * this module only gathers what they need from the collections. Build time.
 */
import { getEntry } from 'astro:content';
import { isoInZone } from '../lib/article/dates.ts';
import { markdownToHtml } from '../lib/article/markdown.ts';
import { readArticleBody } from '../lib/content/reader.ts';
import type { Translator } from '../lib/i18n/translator.ts';
import {
  coverageEnded,
  livePageHref,
  pageCount,
  pageOfIndex,
  UPDATES_PER_PAGE,
  updateHref,
  updatesFeedHref,
  updatesJsonHref,
  updateStubHref,
} from '../lib/live/coverage.ts';
import type { UpdateView } from '../lib/live/update-html.ts';
import { firstSentence, updateText } from '../lib/live/text.ts';
import { type Article, authorHref } from './articles.ts';
import { getLiveUpdates, type UpdateEntry } from './live-updates.ts';

const bodies = new Map<string, Promise<string>>();

/** An update's body as HTML, rendered from its file with the stories' Markdown options, once per version of it. */
function updateBody(entry: UpdateEntry): Promise<string> {
  if (!entry.filePath) throw new Error(`${entry.id}: the live update has no file to render its body from.`);
  const key = String(entry.digest ?? entry.filePath);
  let html = bodies.get(key);
  if (!html) {
    html = markdownToHtml(readArticleBody(entry.filePath).body);
    bodies.set(key, html);
  }
  return html;
}

/** An update as its page shows it, with what machines are given: its plain text and a title. */
export type ShownUpdate = UpdateView & {
  /** Its headline, or its first sentence when it has none. */
  title: string;
  /** The body as plain text, for structured data. */
  text: string;
  /** The page it is on now (1 = the story's own). */
  page: number;
  /** The address it keeps however far it moves. */
  stub: string;
};

/** A live story's coverage at the build's clock, everything its pages, feeds and fixed addresses show. */
export type LiveCoverage = {
  storyHref: string;
  timeZone: string;
  start: Date;
  /** When it ends or ended, if set; `ended` once that time has come. */
  end?: Date;
  ended: boolean;
  /** Newest first. */
  updates: ShownUpdate[];
  pages: number;
  pinned?: ShownUpdate;
  keyEvents: ShownUpdate[];
  json: string;
  rss: string;
};

/** A live story's coverage, or undefined for a story that is not live. `storyHref` is its page, base path included. */
export async function liveCoverage(
  article: Article,
  storyHref: string,
  i18n: Translator,
  now: Date,
): Promise<LiveCoverage | undefined> {
  const live = article.data.live;
  if (!live) return undefined;
  const { timeZone } = article.data;
  const entries = (await getLiveUpdates()).get(article.id) ?? [];
  const updates = await Promise.all(
    entries.map(async (entry, index): Promise<ShownUpdate> => {
      const { data } = entry;
      const html = await updateBody(entry);
      const text = updateText(html);
      const page = pageOfIndex(index);
      const byline = await Promise.all(
        data.author.map(async (id) => {
          const author = await getEntry('authors', id);
          if (!author)
            throw new Error(`${entry.filePath ?? entry.id}: author "${id}" is not in the authors collection.`);
          return { name: author.data.name, href: authorHref(id) };
        }),
      );
      return {
        id: data.update,
        published: data.published.date,
        timeZone,
        ...(data.headline && { headline: data.headline }),
        key: data.key,
        pinned: data.pinned,
        byline,
        html,
        corrections: data.corrections.map((c) => ({ date: c.date.date, text: c.text })),
        href: updateHref(storyHref, page, data.update),
        title: data.headline ?? firstSentence(text, i18n.tag),
        text,
        page,
        stub: updateStubHref(storyHref, data.update),
      };
    }),
  );
  return {
    storyHref,
    timeZone,
    start: live.start.date,
    ...(live.end && { end: live.end.date }),
    ended: coverageEnded(live, now),
    updates,
    pages: pageCount(updates.length),
    pinned: updates.find((u) => u.pinned),
    keyEvents: updates.filter((u) => u.key),
    json: updatesJsonHref(storyHref),
    rss: updatesFeedHref(storyHref),
  };
}

/** The updates on page `n` of the coverage (1 = the story's own), newest first. */
export const updatesOnPage = (coverage: LiveCoverage, n: number): ShownUpdate[] =>
  coverage.updates.slice((n - 1) * UPDATES_PER_PAGE, n * UPDATES_PER_PAGE);

/** Page `n` of the coverage, base path included. */
export const coveragePageHref = (coverage: LiveCoverage, n: number): string => livePageHref(coverage.storyHref, n);

/** An update as structured data: a schema.org BlogPosting (src/lib/seo/structured-data.ts). */
export function blogPostingInput(update: ShownUpdate, abs: (href: string) => string) {
  return {
    headline: update.title,
    articleBody: update.text,
    datePublished: isoInZone(update.published, update.timeZone),
    ...(update.corrections.length > 0 && {
      dateModified: isoInZone(
        update.corrections.reduce((max, c) => (c.date > max ? c.date : max), update.published),
        update.timeZone,
      ),
    }),
    authors: update.byline.map((a) => ({ name: a.name, url: abs(a.href) })),
    url: abs(update.href),
  };
}

/** What a page of live coverage shows beyond the story's own furniture: part of the article page's model. */
export type LivePart = {
  /** This page (1 = the story's own) and how many there are. */
  page: number;
  pages: number;
  storyHref: string;
  timeZone: string;
  /** When the coverage ended, once it has at the build's clock: the label says so, and the page asks for nothing. */
  ended?: Date;
  /** When it will end, when that is set but not yet come: the reader's page stops asking then. */
  endsAt?: Date;
  /** The pinned update, repeated above the newest on the first page only. */
  pinned?: UpdateView;
  /** This page's updates, newest first. */
  updates: UpdateView[];
  /** Every key event, newest first, linking to wherever it is now. */
  keyEvents: { href: string; title: string; published: Date }[];
  /** The updates feed the reader's page asks, and the story's own RSS feed of updates. */
  json: string;
  rss: string;
};

const view = ({ title: _title, text: _text, page: _page, stub: _stub, ...update }: ShownUpdate): UpdateView => update;

/** Page `n`'s live part (1 = the story's own page). */
export function livePart(coverage: LiveCoverage, n: number): LivePart {
  return {
    page: n,
    pages: coverage.pages,
    storyHref: coverage.storyHref,
    timeZone: coverage.timeZone,
    ...(coverage.ended ? { ended: coverage.end } : coverage.end && { endsAt: coverage.end }),
    ...(n === 1 && coverage.pinned && { pinned: view(coverage.pinned) }),
    updates: updatesOnPage(coverage, n).map(view),
    keyEvents: coverage.keyEvents.map((u) => ({ href: u.href, title: u.title, published: u.published })),
    json: coverage.json,
    rss: coverage.rss,
  };
}
