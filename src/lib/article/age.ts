/**
 * How old a story is, in the words the age banner uses.
 *
 * Whole calendar months and years are counted, the way a reader counts
 * anniversaries: a story from 11 June 2015 is "over 5 years old" from
 * 12 June 2020, and exactly five years old (not yet "over") on 11 June 2020.
 * Nothing is shown for stories younger than a month.
 */
export type StoryAge = { unit: 'year' | 'month'; count: number };

/** `date` moved `months` calendar months on in UTC, on the same day or, past a shorter month's end, its last. */
export function addMonthsClamped(date: Date, months: number): Date {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(
    Date.UTC(
      year,
      month,
      Math.min(date.getUTCDate(), lastDay),
      date.getUTCHours(),
      date.getUTCMinutes(),
      date.getUTCSeconds(),
      date.getUTCMilliseconds(),
    ),
  );
}

/**
 * The age of a story published at `published` as seen at `now`, or null when it
 * is not yet over a month old (or is dated in the future).
 * "Over N" is strict: at the exact anniversary instant a story is N, not over N.
 * Months are calendar months in UTC; a story from the 31st completes a month on
 * the last day of a shorter month, and one from 29 February completes a year on
 * 28 February of a common year.
 */
export function storyAge(published: Date, now: Date): StoryAge | null {
  let months = (now.getUTCFullYear() - published.getUTCFullYear()) * 12 + (now.getUTCMonth() - published.getUTCMonth());
  while (months > 0 && addMonthsClamped(published, months).getTime() >= now.getTime()) months -= 1;
  if (months < 1) return null;
  if (months < 12) return { unit: 'month', count: months };
  return { unit: 'year', count: Math.floor(months / 12) };
}

/** The catalogue's message for each unit (src/i18n/en.json): "This story is over # years old", and in months. */
export const AGE_MESSAGES = { year: 'article.ageYears', month: 'article.ageMonths' } as const;

/** "This story is over 5 years old", in the language `t` speaks. */
export function ageLabel(age: StoryAge, t: (key: string, values: { count: number }) => string): string {
  return t(AGE_MESSAGES[age.unit], { count: age.count });
}
