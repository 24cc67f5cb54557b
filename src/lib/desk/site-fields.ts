/**
 * What the desk shows for each field of content/site.yaml (src/lib/content/schema/site.ts), as desk-fields.ts does for
 * stories: the label and hint the schema cannot say. The desk edits the file as one entry of a "Site" collection.
 */
import type { DeskField } from './desk-fields.ts';

export const SITE_FIELDS: Record<string, DeskField> = {
  name: { label: 'Site name', hint: 'As the masthead, page titles, feeds and share cards print it.' },
  tagline: { label: 'Tagline', hint: 'One line, in the footer and as the front page’s description.' },
  timeZone: {
    label: 'Newsroom time zone',
    hint: 'The time zone a new story starts in. Each story keeps its own.',
    editor: 'timeZone',
  },
  language: {
    label: 'Language',
    hint: 'A language tag, like "fa", "ar-EG" or "zh-Hans": the front page and every story without a language of its own are in it. Changing it changes every page.',
  },
  languages: {
    label: 'Further editions',
    hint: 'Language tags, each an edition with its own front page at /<tag>/ (/en/), sections, feeds and search.',
  },
  sections: {
    label: 'Masthead sections',
    hint: 'First to last, spelled as stories spell them. A section not listed follows, in alphabetical order.',
  },
};
