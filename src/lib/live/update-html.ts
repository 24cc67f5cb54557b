/**
 * One live update as HTML: the one renderer behind the update on its page (the layout puts this string in place) and
 * the update in `updates.json`, which a reader's open page inserts as it is, so the two cannot differ. Every value is
 * escaped here; the body is the build's Markdown rendering of a body the content check has held to the stories' body
 * policy (no script, no event handler, no script URL), so inserting it adds nothing a page load would not.
 * No inline style and no script: the page's CSP allows neither. Pure; build time.
 */
import { isoInZone } from '../article/dates.ts';
import type { Translator } from '../i18n/translator.ts';
import { escapeMarkup } from '../markup/escape.ts';
import { correctionsInOrder } from '../trust/updates.ts';
import { updateAnchor } from './coverage.ts';

/** An update as its page shows it (src/data/live-page.ts makes it, and it is part of the page's model). */
export type UpdateView = {
  id: string;
  published: Date;
  /** The story's zone: the update's time is printed in it. */
  timeZone: string;
  headline?: string;
  key: boolean;
  pinned: boolean;
  byline: { name: string; href: string }[];
  /** The body, rendered from Markdown by the build. */
  html: string;
  corrections: { date: Date; text: string }[];
  /** Where the update is now: its page and its anchor. */
  href: string;
};

const html = escapeMarkup;

/** "By <a>A</a> and <a>B</a>", in the page's language and its way of joining names. */
function byline(authors: UpdateView['byline'], i18n: Translator): string {
  return i18n
    .parts('article.byline', ['authors'])
    .map((piece) =>
      typeof piece === 'string'
        ? html(piece)
        : i18n
            .listParts(authors)
            .map((a) =>
              typeof a === 'string' ? html(a) : `<a href="${html(a.href)}" rel="author" dir="auto">${html(a.name)}</a>`,
            )
            .join(''),
    )
    .join('');
}

const time = (date: Date, timeZone: string, i18n: Translator) =>
  `<time datetime="${isoInZone(date, timeZone)}">${html(i18n.dateTime(date, timeZone))}</time>`;

/**
 * The update's article. `copy` is the pinned update as the first page repeats it above the newest: a copy, so it has
 * no id of its own (the anchor stays with the update in its place) and says it is pinned.
 */
export function updateHtml(update: UpdateView, i18n: Translator, { copy = false }: { copy?: boolean } = {}): string {
  const classes = ['live-update', update.key && 'live-update-key', copy && 'live-update-pinned'].filter(Boolean);
  const flags = [
    copy && `<span class="live-update-flag">${html(i18n.t('live.pinned'))}</span>`,
    update.key && `<span class="live-update-flag">${html(i18n.t('live.keyEvent'))}</span>`,
  ].filter(Boolean);
  const corrections = correctionsInOrder(update.corrections);
  return [
    `<article class="${classes.join(' ')}"${copy ? '' : ` id="${html(updateAnchor(update.id))}"`}>`,
    '<header class="live-update-header">',
    `<p class="live-update-meta"><a class="live-update-time" href="${html(update.href)}">${time(update.published, update.timeZone, i18n)}</a>${flags.join('')}</p>`,
    update.headline ? `<h3 class="live-update-headline">${html(update.headline)}</h3>` : '',
    `<p class="live-update-byline">${byline(update.byline, i18n)}</p>`,
    '</header>',
    `<div class="live-update-body">${update.html}</div>`,
    corrections.length > 0
      ? [
          '<div class="live-update-corrections">',
          `<p class="live-update-corrections-heading">${html(i18n.t('article.correctionsHeading', { count: corrections.length }))}</p>`,
          '<ol>',
          ...corrections.map((c) => `<li>${time(c.date, update.timeZone, i18n)}: ${html(c.text)}</li>`),
          '</ol>',
          '</div>',
        ].join('')
      : '',
    '</article>',
  ].join('');
}
