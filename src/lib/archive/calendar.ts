/**
 * What a date archive's calendar shows, as plain data: a year lists its months with how many stories each has ("June
 * 2015 · 28 stories"), a month its days, and a month or a day links back up. A month's later pages are reached from
 * the month's own page numbers. Pure; `href` joins date parts into a URL with the base path. Build time.
 */
import { periodName, storyCount } from './pages.ts';

type Period = { items: { length: number } };
type MonthOf = Period & { month: string; days: { day: string }[] };

export type Calendar = {
  /** The navigation's accessible name: "Months of 2015", "Around June 2015". */
  label: string;
  /** Up to the year, and on a day's page to the month. */
  up: { href: string; text: string }[];
  /** On a year's page: "June 2015", and its count in words, "28 stories". */
  months?: { href: string; name: string; count: string }[];
  /** On a month's page. */
  days?: { href: string; day: number; label: string }[];
};

export function calendar(
  href: (...parts: string[]) => string,
  year: { year: string; months: MonthOf[] },
  month?: MonthOf,
  day?: string,
): Calendar {
  const y = year.year;
  if (!month) {
    return {
      label: `Months of ${y}`,
      up: [],
      months: year.months.map((m) => ({
        href: href(y, m.month),
        name: periodName(y, m.month),
        count: storyCount(m.items.length),
      })),
    };
  }
  return {
    label: `Around ${periodName(y, month.month, day)}`,
    up: [
      { href: href(y), text: `All of ${y}` },
      ...(day ? [{ href: href(y, month.month), text: `All of ${periodName(y, month.month)}` }] : []),
    ],
    days: day
      ? undefined
      : month.days.map((d) => ({
          href: href(y, month.month, d.day),
          day: Number(d.day),
          label: periodName(y, month.month, d.day),
        })),
  };
}
