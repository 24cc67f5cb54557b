/**
 * What a reader types and what a story says, made comparable where the language does not do it: Pagefind has no
 * Persian stemmer, so a Persian reader typing Arabic yeh or kaf ("ميسني", what many keyboards give) would not find
 * "میسنی", and "28" would not find "۲۸". The story's words are folded as they are indexed (records.ts) and the
 * reader's words as they are searched (src/client/search.ts), by this one function. Pure; build and browser.
 */

/** Arabic-Indic (U+0660), Persian (U+06F0) and Devanagari (U+0966) digits, as ASCII. */
const DIGITS = /[\u0660-\u0669\u06F0-\u06F9\u0966-\u096F]/g;
const digit = (c: string) => {
  const code = c.charCodeAt(0);
  return String(code - (code >= 0x0966 ? 0x0966 : code >= 0x06f0 ? 0x06f0 : 0x0660));
};

/**
 * The letters a Persian or an Arabic reader cannot tell apart on screen, or leaves out when typing, written as the
 * language writes them. The same folds as Lucene's PersianNormalizer and ArabicNormalizer, which most search engines
 * for these languages use: short vowels, and the hamza over or under an alef, are not typed; Arabic yeh and alef
 * maksura are Persian yeh, Arabic kaf is keheh (Unicode's Arabic-script variants; ICANN's LGR).
 */
const VOWEL_MARKS = /[\u064B-\u065F\u0670]/g;
const LETTERS: Record<string, [RegExp, string][]> = {
  fa: [
    [VOWEL_MARKS, ''],
    [/[\u064A\u0649]/g, '\u06CC'],
    [/\u0643/g, '\u06A9'],
  ],
  ar: [
    [VOWEL_MARKS, ''],
    [/[\u0622\u0623\u0625]/g, '\u0627'],
    [/[\u06CC\u0649]/g, '\u064A'],
    [/\u06A9/g, '\u0643'],
  ],
};

/** `text` as the search index of `language` (a base tag) holds it. */
export function foldForSearch(text: string, language: string): string {
  let folded = text
    .normalize('NFC')
    .replace(/\u0640/g, '')
    .replace(DIGITS, digit);
  for (const [from, to] of LETTERS[language.split('-')[0].toLowerCase()] ?? []) folded = folded.replace(from, to);
  return folded;
}
