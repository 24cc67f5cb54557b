/**
 * What a date archive's calendar shows, as plain data: a year lists its months with how many stories each has ("June
 * 2015 · 28 stories") and, for a month of more than one page, links to its later pages ("continued on page 2 ·
 * page 3"), so every story is three clicks from the front page (front page, year, the month's page, story) however
 * long its month. A month lists its days, and a month or a day links back up. Pure; `href` joins date parts into a
 * URL with the base path. Build time.
 */
import { type ArchiveWords, PAGE_SIZE, pageHref, storyCount } from './pages.ts';

type Period = { items: { length: number } };
type MonthOf = Period & { month: string; days: { day: string }[] };

export type Calendar = {
  /** The navigation's accessible name: "Months of 2015", "Around June 2015". */
  label: string;
  /** Up to the year, and on a day's page to the month. */
  up: { href: string; text: string }[];
  /**
   * On a year's page: "June 2015", its count in words, "28 stories", and its pages after the first, each named in
   * full for a screen reader ("June 2015, page 2") since "page 2" alone does not say of what.
   */
  months?: { href: string; name: string; count: string; later: { href: string; text: string; label: string }[] }[];
  /** On a month's page: each day as a number in the language's numerals, named in full for a screen reader. */
  days?: { href: string; day: string; label: string }[];
};

export function calendar(
  words: ArchiveWords,
  href: (...parts: string[]) => string,
  year: { year: string; months: MonthOf[] },
  month?: MonthOf,
  day?: string,
): Calendar {
  const y = year.year;
  if (!month) {
    return {
      label: words.t('archive.monthsOf', { year: words.period(y) }),
      up: [],
      months: year.months.map((m) => {
        const first = href(y, m.month);
        const name = words.period(y, m.month);
        const pages = Math.ceil(m.items.length / PAGE_SIZE);
        return {
          href: first,
          name,
          count: storyCount(words, m.items.length),
          later: Array.from({ length: Math.max(0, pages - 1) }, (_, i) => ({
            href: pageHref(first, i + 2),
            text: words.t('archive.laterPage', { page: i + 2 }),
            label: words.t('archive.laterPageLabel', { period: name, page: i + 2 }),
          })),
        };
      }),
    };
  }
  return {
    label: words.t('archive.around', { period: words.period(y, month.month, day) }),
    up: [
      { href: href(y), text: words.t('archive.allOf', { period: words.period(y) }) },
      ...(day
        ? [{ href: href(y, month.month), text: words.t('archive.allOf', { period: words.period(y, month.month) }) }]
        : []),
    ],
    days: day
      ? undefined
      : month.days.map((d) => ({
          href: href(y, month.month, d.day),
          day: words.number(Number(d.day)),
          label: words.period(y, month.month, d.day),
        })),
  };
}
