/**
 * The words that open an inline Related line, "Related: [Title](url)", in every language Gazette ships a catalogue
 * for (src/i18n/*.json, "article.relatedInline": "Related:", "مرتبط:", "Связанное:"): a story is written in its own
 * language, so its Related lines are too. The Markdown step that makes the aside and the content check's body policy
 * both read this list. Build time and plain Node.
 */
import { readCatalogue, shippedCatalogues } from '../i18n/catalogue.ts';

export const RELATED_LABELS: readonly string[] = [
  ...new Set(shippedCatalogues().map((tag) => readCatalogue(tag)?.['article.relatedInline'] ?? 'Related:')),
];

/** "Related:" or its translation, when `text` is exactly one of the labels. */
export const isRelatedLabel = (text: string) => RELATED_LABELS.includes(text.trim());

/** A Related line's label at the start of a line of Markdown, for the body policy's pattern. */
export const RELATED_LABEL_PATTERN = RELATED_LABELS.map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
