/**
 * The words of a card's byline, in the story's language, made before drawing so the worker (which has no catalogues)
 * only chooses between them. Pure; build time.
 */
import type { Translator } from '../i18n/translator.ts';
import type { CardByline } from './fit.ts';

/** The card's byline in the story's words, or none when the story has no author. */
export function cardByline(i18n: Translator, names: readonly string[]): CardByline | undefined {
  if (names.length === 0) return undefined;
  const full = i18n.t('article.cardByline', { authors: i18n.list(names) });
  return { full, short: names.length > 1 ? i18n.t('article.cardBylineShort', { author: names[0] }) : full };
}
