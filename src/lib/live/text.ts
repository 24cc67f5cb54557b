/**
 * What an update says in words, for readers and machines that need it short: its plain text (the body as a reader
 * sees it, as the search records read a story's) and its first sentence, which stands in for a headline it does not
 * have (structured data, the key events list, the updates feed). Sentences are found by Intl.Segmenter in the story's
 * language, so "Dr. Ndiaye said…" or a Persian full stop are cut where a reader would. Pure; build time and plain Node.
 */
import { bodyText } from '../search/records.ts';

/** The text of an update's body HTML, paragraphs on lines of their own. */
export const updateText = (html: string): string => bodyText(html);

/** Longest a first sentence may run before it is cut at a word and given an ellipsis. */
export const TITLE_LENGTH = 110;

/** The first sentence of `text` in the language `lang`, trimmed, at most TITLE_LENGTH characters (then cut at a word). */
export function firstSentence(text: string, lang: string): string {
  const line = text.split('\n').find((l) => l.trim() !== '') ?? '';
  const segments = new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(line);
  const first = (segments[Symbol.iterator]().next().value?.segment ?? '').trim();
  if (first.length <= TITLE_LENGTH) return first;
  const words = [...new Intl.Segmenter(lang, { granularity: 'word' }).segment(first)];
  let cut = '';
  for (const { segment } of words) {
    if ((cut + segment).trimEnd().length > TITLE_LENGTH - 1) break;
    cut += segment;
  }
  return `${cut.trimEnd()}…`;
}
