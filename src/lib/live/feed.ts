/**
 * What a reader's open page reads to stay current, `updates.json` beside the story's page, and the small page at each
 * update's fixed address. Pure; build time.
 *
 * `updates.json` is kept small because every open page asks for it every 15–30 s: the newest updates as their page
 * shows them (rendered once, by update-html.ts, and inserted as they are), every update's id newest first with the page
 * size, from which the script works out where any update is now (a shared link whose update has moved on), and, once
 * the coverage is over, the words that say so, which also tell the script to stop asking.
 */
import { escapeMarkup } from '../markup/escape.ts';
import { UPDATES_PER_PAGE } from './coverage.ts';

export type UpdatesFeed = {
  /** Every update shown, newest first: with `per`, the page any one of them is on. */
  ids: string[];
  /** Updates per page. */
  per: number;
  /** The newest updates (the first page's), newest first, each as its page shows it. */
  latest: { id: string; html: string }[];
  /** Once the coverage has ended: "Live coverage ended at …", in the story's language. The script stops asking. */
  ended?: string;
};

export function updatesFeed(ids: readonly string[], latest: UpdatesFeed['latest'], ended?: string): UpdatesFeed {
  return { ids: [...ids], per: UPDATES_PER_PAGE, latest: latest.slice(0, UPDATES_PER_PAGE), ...(ended && { ended }) };
}

/** The body of `updates.json`: compact, since it is fetched again and again. */
export const updatesFeedJson = (feed: UpdatesFeed): string => JSON.stringify(feed);

export type StubPage = {
  /** The story's language: the page's `lang` and `dir`. */
  lang: string;
  dir: 'ltr' | 'rtl';
  /** "An update to <headline>", in the story's language. */
  title: string;
  /** "Go to this update of <headline>.", the link for a browser that does not follow the refresh. */
  text: string;
  /** Where the update is now, absolute, with its anchor: what the refresh goes to. */
  target: string;
  /** The page it is on, absolute: the canonical address. */
  canonical: string;
};

/**
 * The page at an update's fixed address, `…/<slug>/update/<id>/`: it sends the reader at once to wherever the update
 * is now, on every host (GitHub Pages included, which redirects nothing), without JavaScript. It is built again
 * whenever the update moves to another page. Not indexed; its canonical is the page the update is on.
 */
export function stubPageHtml(page: StubPage): string {
  const h = escapeMarkup;
  return [
    '<!DOCTYPE html>',
    `<html lang="${h(page.lang)}" dir="${page.dir}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="content-security-policy" content="default-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'">`,
    `<title>${h(page.title)}</title>`,
    '<meta name="robots" content="noindex">',
    `<link rel="canonical" href="${h(page.canonical)}">`,
    `<meta http-equiv="refresh" content="0; url=${h(page.target)}">`,
    '</head>',
    '<body>',
    `<main><p><a href="${h(page.target)}">${h(page.text)}</a></p></main>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
