/**
 * Page numbers and their URLs for every paginated listing. Page 1 is the listing's
 * own URL; later pages add /page/<n>/ (never /page/1/), so a listing's first page
 * keeps one address however many pages follow it.
 */

/** Stories per listing page: 20 teasers keep the heaviest page well under 30 KB gzip. */
export const PAGE_SIZE = 20;

/** The rest parameter a route's getStaticPaths gives page n: undefined (the bare URL) for page 1. */
export function pageParam(n: number): string | undefined {
  return n <= 1 ? undefined : `page/${n}`;
}

/** Page n of the listing at `first` (a site-relative URL ending in "/"). */
export function pageHref(first: string, n: number): string {
  return n <= 1 ? first : `${first}page/${n}/`;
}

/**
 * The page numbers a pagination bar shows: the first, the last, and two either side
 * of the current one, with null where numbers are left out ("1 … 4 5 6 7 8 … 40").
 */
export function pageWindow(current: number, last: number, spread = 2): (number | null)[] {
  const shown: (number | null)[] = [];
  for (let n = 1; n <= last; n++) {
    if (n === 1 || n === last || Math.abs(n - current) <= spread) shown.push(n);
    else if (shown.at(-1) !== null) shown.push(null);
  }
  return shown;
}

/** What the archive's words need of the page's language (src/lib/i18n/translator.ts). */
export type ArchiveWords = {
  t(key: string, values?: Record<string, unknown>): string;
  period(year: string, month?: string, day?: string): string;
  number(n: number): string;
};

/** "World" on page 1, "World, page 3" after it. */
export function pageTitle(words: ArchiveWords, name: string, n: number): string {
  return n <= 1 ? name : words.t('listing.pageTitle', { name, page: n });
}

/** A count of stories as a reader says it: "1 story", "28 stories", "1,204 stories", "۲۸ مطلب". */
export function storyCount(words: ArchiveWords, n: number): string {
  return words.t('listing.storyCount', { count: n });
}
