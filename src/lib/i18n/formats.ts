/**
 * Dates, times, numbers and lists in a language, through Intl: the tag's own calendar and numerals (a Persian page
 * dates the seed "۲۱ خرداد ۱۳۹۴"; "en-u-ca-persian" would print the Persian calendar in English). English keeps the
 * house style the site was designed with ("June 11, 2015, 8:31pm", "By A, B and C"), still from Intl's parts. Each
 * formatter is made once per tag, zone and use, reused: making one costs far more than formatting with it, and a large
 * build formats dates hundreds of thousands of times. Pure; build time and plain Node.
 */

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>();

function made<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>(key: string, make: () => T): T {
  let f = cache.get(key) as T | undefined;
  if (!f) {
    f = make();
    cache.set(key, f);
  }
  return f;
}

/** English, written as the house style writes it; other languages as their own CLDR style. */
const houseStyle = (tag: string) => new Intl.Locale(tag).language === 'en' && !/-u-/.test(tag);

function englishParts(date: Date, timeZone: string) {
  const f = made(
    `en-house ${timeZone}`,
    () =>
      new Intl.DateTimeFormat('en-US', {
        timeZone,
        year: 'numeric',
        month: 'long',
        day: 'numeric',
        hour: 'numeric',
        minute: '2-digit',
        hour12: true,
      }),
  );
  const parts = f.formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return {
    date: `${get('month')} ${get('day')}, ${get('year')}`,
    time: `${get('hour')}:${get('minute')}${get('dayPeriod').toLowerCase()}`,
  };
}

/** A date and its time of day, as a date line prints it: "June 11, 2015, 8:31pm", "۲۱ خرداد ۱۳۹۴ ساعت ۲۰:۳۱". */
export function formatDateTime(tag: string, date: Date, timeZone: string): string {
  if (houseStyle(tag)) {
    const p = englishParts(date, timeZone);
    return `${p.date}, ${p.time}`;
  }
  return made(
    `dt ${tag} ${timeZone}`,
    () => new Intl.DateTimeFormat(tag, { timeZone, dateStyle: 'long', timeStyle: 'short' }),
  ).format(date);
}

/** A date alone, for lists: "June 11, 2015", "۲۱ خرداد ۱۳۹۴". */
export function formatDate(tag: string, date: Date, timeZone: string): string {
  if (houseStyle(tag)) return englishParts(date, timeZone).date;
  return made(`d ${tag} ${timeZone}`, () => new Intl.DateTimeFormat(tag, { timeZone, dateStyle: 'long' })).format(date);
}

/**
 * A date archive's name: a Gregorian year, month or day ("2015", "June 2015", "June 11, 2015"), since the archive's
 * addresses are Gregorian (/2015/06/), in the language's words and numerals ("ژوئن ۲۰۱۵"), never its own calendar,
 * which would put a Persian month's name on a Gregorian month's stories.
 */
export function formatPeriod(tag: string, year: string, month?: string, day?: string): string {
  const when = new Date(Date.UTC(Number(year), month ? Number(month) - 1 : 0, day ? Number(day) : 1, 12));
  const fields: Intl.DateTimeFormatOptions = {
    year: 'numeric',
    ...(month && { month: 'long' }),
    ...(day && { day: 'numeric' }),
  };
  if (houseStyle(tag) && day) return englishParts(when, 'UTC').date;
  return made(
    `p ${tag} ${month ? 'm' : ''}${day ? 'd' : ''}`,
    () => new Intl.DateTimeFormat(tag, { ...fields, timeZone: 'UTC', calendar: 'gregory' }),
  ).format(when);
}

/** A count in the language's numerals and grouping: "1,204", "۱٬۲۰۴". */
export function formatNumber(tag: string, n: number): string {
  return made(`n ${tag}`, () => new Intl.NumberFormat(tag)).format(n);
}

/** Names joined as the language joins them: "A, B and C" (the house style: no serial comma), "A، B و C". */
export function formatList(tag: string, items: readonly string[]): string {
  return listFormat(tag).format(items);
}

/** The items with the language's words between them, for items that are markup (a byline's links). */
export function listParts<T>(tag: string, items: readonly T[]): (T | string)[] {
  const names = items.map((_, i) => `\uE004${i}\uE005`);
  return listFormat(tag)
    .formatToParts(names)
    .map((part) => (part.type === 'element' ? items[Number(part.value.slice(1, -1))] : part.value));
}

// British English's list pattern is the house style's: "A, B and C".
const listFormat = (tag: string) => {
  const locale = houseStyle(tag) ? 'en-GB' : tag;
  return made(`l ${locale}`, () => new Intl.ListFormat(locale, { type: 'conjunction' }));
};
