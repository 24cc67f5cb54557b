/**
 * Everything a page needs to speak its language, in one object made once per language tag: the language's facts
 * (language.ts), its messages (catalogue.ts) and its dates, numbers and lists (formats.ts). Layouts put the page's
 * translator in `Astro.locals.i18n`, and every component asks it rather than writing English. Pure; build time.
 */
import { formatMessage, messagesDigest } from './catalogue.ts';
import { formatDate, formatDateTime, formatList, formatNumber, formatPeriod, listParts } from './formats.ts';
import { type Language, language } from './language.ts';

export type Translator = Language & {
  /** The message `key` (src/i18n/en.json lists them) with `values`, in this language. */
  t(key: string, values?: Record<string, unknown>): string;
  /**
   * The message split around the values given as `slots`, for values that are markup (a link, a <time>): "Updated
   * {date}" with slot `date` is ["Updated ", { slot: "date" }], in the order the language puts them.
   */
  parts(key: string, slots: string[], values?: Record<string, unknown>): (string | { slot: string })[];
  dateTime(date: Date, timeZone: string): string;
  date(date: Date, timeZone: string): string;
  period(year: string, month?: string, day?: string): string;
  number(n: number): string;
  list(items: readonly string[]): string;
  /** The items with the language's list words between them: [a, ", ", b, " and ", c]. */
  listParts<T>(items: readonly T[]): (T | string)[];
  /** A digest of this language's messages, for the cache keys of the pages that show them. */
  messages: string;
};

const made = new Map<string, Translator>();

/** Private-use characters around a slot's name: they cannot occur in a message or a value an editor writes. */
const SLOT = (name: string) => `\uE000${name}\uE001`;
const SLOTS = /\uE000([^\uE001]*)\uE001/;

export function translator(tag: string): Translator {
  let i18n = made.get(tag);
  if (!i18n) {
    const facts = language(tag);
    const t = (key: string, values?: Record<string, unknown>) => formatMessage(facts.tag, facts.base, key, values);
    i18n = {
      ...facts,
      t,
      parts(key, slots, values = {}) {
        const text = t(key, { ...values, ...Object.fromEntries(slots.map((s) => [s, SLOT(s)])) });
        return text
          .split(SLOTS)
          .map((piece, i) => (i % 2 === 1 ? { slot: piece } : piece))
          .filter((piece) => piece !== '');
      },
      dateTime: (date, timeZone) => formatDateTime(facts.tag, date, timeZone),
      date: (date, timeZone) => formatDate(facts.tag, date, timeZone),
      period: (year, month, day) => formatPeriod(facts.tag, year, month, day),
      number: (n) => formatNumber(facts.tag, n),
      list: (items) => formatList(facts.tag, items),
      listParts: (items) => listParts(facts.tag, items),
      messages: messagesDigest(facts.base),
    };
    made.set(tag, i18n);
  }
  return i18n;
}
