/**
 * Messages the browser needs (the search page's counts, the share button's words, the age banner's refresh), handed
 * over as plain templates so no message-format library is shipped: "{words}" for a value and, for a message that
 * depends on a count, one template per plural category of the language ("one": "# story found"), with "#" where the
 * count goes. The browser picks the category with Intl.PluralRules and writes the count with Intl.NumberFormat
 * (say.ts). Build time.
 */
import type { Translator } from './translator.ts';

/** A message as the browser gets it: one template, or one per plural category of `count`. */
export type ClientMessage = string | Partial<Record<Intl.LDMLPluralRule, string>>;
export type ClientMessages = { lang: string; messages: Record<string, ClientMessage> };

/** Private-use marks around a value's name while a template is made: they cannot occur in a catalogue. */
const mark = (name: string) => `\uE002${name}\uE003`;

/**
 * A number in each plural category of `tag`, found by asking Intl.PluralRules: 0 to 200 covers every CLDR rule for
 * whole numbers, and a fraction the categories only fractions take (Russian's "other").
 */
function samples(tag: string): Map<Intl.LDMLPluralRule, number> {
  const rules = new Intl.PluralRules(tag);
  const found = new Map<Intl.LDMLPluralRule, number>();
  const candidates = [...Array.from({ length: 201 }, (_, n) => n), 0.5, 1.5, 2.5];
  for (const n of candidates) {
    const category = rules.select(n);
    if (!found.has(category)) found.set(category, n);
  }
  return found;
}

/**
 * `keys` as templates in `i18n`'s language. `values` names each message's values; a message with a `count` gets a
 * template per plural category, the others one.
 */
export function clientMessages(i18n: Translator, keys: Record<string, readonly string[]>): ClientMessages {
  const template = (key: string, names: readonly string[], count?: number) => {
    let text = i18n.t(key, {
      ...Object.fromEntries(names.filter((n) => n !== 'count').map((n) => [n, mark(n)])),
      ...(count !== undefined && { count }),
    });
    if (count !== undefined) text = text.replace(i18n.number(count), '#');
    return text.replace(/\uE002([^\uE003]*)\uE003/g, '{$1}');
  };
  const messages = Object.fromEntries(
    Object.entries(keys).map(([key, names]) => [
      key,
      names.includes('count')
        ? Object.fromEntries([...samples(i18n.tag)].map(([category, n]) => [category, template(key, names, n)]))
        : template(key, names),
    ]),
  );
  return { lang: i18n.tag, messages };
}
