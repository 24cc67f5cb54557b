/**
 * The words that open an inline Related line, "Related: [Title](url)", in every language Gazette ships a catalogue
 * for (src/i18n/*.json, "article.relatedInline": "Related:", "مرتبط:", "Связанное:"): a story is written in its own
 * language, so its Related lines are too. The Markdown step that makes the aside and the content check's body policy
 * both read this list. Build time and plain Node.
 */
import { readCatalogue, shippedCatalogues } from '../i18n/catalogue.ts';

/**
 * A label as an editor may type it without meaning anything different: composed (NFC), its case, the space before
 * the colon (French writes a no-break space there, a keyboard gives a plain one or none), a full-width colon, and
 * Arabic's short-vowel marks ("أيضًا" is "أيضا" with a tanween). Only for matching: the words stay as written.
 */
const labelKey = (text: string) =>
  text
    .normalize('NFC')
    .replace(/[\u064B-\u065F\u0670]/g, '')
    .replace(/\uFF1A/g, ':')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/ ?:$/, ':')
    .toLowerCase();

export const RELATED_LABELS: readonly string[] = [
  ...new Set(shippedCatalogues().map((tag) => readCatalogue(tag)?.['article.relatedInline'] ?? 'Related:')),
];
const KEYS = new Set(RELATED_LABELS.map(labelKey));

/** "Related:" or its translation in any shipped language, however its colon is spaced or its vowels marked. */
export const isRelatedLabel = (text: string) => KEYS.has(labelKey(text));
