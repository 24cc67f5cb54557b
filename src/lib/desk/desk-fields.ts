/**
 * What the desk shows for each field that the schema cannot say: its label, a hint, and how it is edited when the
 * field's type alone does not decide it. Keyed by the field's path in the schema ("image.alt" is `alt` inside
 * `image`). The schema (src/content.config.ts) decides which fields exist, their types and rules; a test fails when
 * a schema field has no entry here, or an entry here names a field the schema lacks (tests/unit/desk/config.test.ts).
 */

/** How a field is edited, when its type is not enough to say. */
export type Editor =
  /** A date-time with its UTC offset, written as the quoted string the schema requires. */
  | 'datetime'
  /** One or more entries of the authors collection, by file name. */
  | 'authors'
  /** An image file stored beside the story. */
  | 'image'
  /** Several lines of text. */
  | 'text'
  /** A name from the list of IANA time zones. */
  | 'timeZone'
  /** Text with the values already in use offered as suggestions; a new value is allowed. */
  | 'suggest'
  /** The permalink's slug: made from the headline on the first save and fixed from then on. */
  | 'slug';

export type DeskField = {
  label: string;
  hint?: string;
  editor?: Editor;
  /** A date-time that starts as the moment the entry is created (Sveltia's `{{now}}`). */
  now?: boolean;
  /** A list whose items are only ever added at the end: none can be removed, reordered or copied in the desk. */
  appendOnly?: boolean;
  /**
   * Asked for on every save, although the schema lets a draft lack it: a story needs it to be published, and the
   * desk is where an editor finishes an imported draft.
   */
  requiredInDesk?: boolean;
};

export const ARTICLE_FIELDS: Record<string, DeskField> = {
  headline: { label: 'Headline', hint: 'As printed. The slug is made from it on the first save.' },
  standfirst: {
    label: 'Standfirst',
    hint: 'One or two sentences under the headline that say what the story is.',
    editor: 'text',
    requiredInDesk: true,
  },
  slug: {
    label: 'Slug',
    hint: "The permalink's last part, made from the headline when the story is first saved. It never changes after that, so links never break.",
    editor: 'slug',
  },
  author: { label: 'Byline', hint: 'One or more authors, in byline order.', editor: 'authors', requiredInDesk: true },
  published: {
    label: 'Published',
    hint: "When the story was first published, in your browser's time; it is saved in the story's time zone, with its offset.",
    editor: 'datetime',
  },
  updated: {
    label: 'Updated',
    hint: 'When the story was last substantively updated, if ever. Not before Published.',
    editor: 'datetime',
  },
  corrections: {
    label: 'Corrections',
    hint: 'Add a correction at the end; corrections are never removed or reordered. Each is printed at the end of the story.',
    appendOnly: true,
  },
  'corrections.date': {
    label: 'Date',
    hint: 'When the correction was made: not before Published, not in the future.',
    editor: 'datetime',
  },
  'corrections.text': { label: 'Text', hint: 'What was wrong and what is right, as printed.', editor: 'text' },
  timeZone: {
    label: 'Time zone',
    hint: "The newsroom's zone for this story; dates are shown in it.",
    editor: 'timeZone',
  },
  dateline: {
    label: 'Dateline',
    hint: 'Where the story was reported from, as printed before the date: "Paris, FR". Leave it empty when the story has no dateline; never guess one.',
    editor: 'suggest',
  },
  image: { label: 'Main image', hint: 'Leave empty rather than use a stand-in.' },
  'image.src': { label: 'Image file', hint: 'Stored beside the story.', editor: 'image' },
  'image.alt': { label: 'Alt text', hint: 'What the image shows, for readers who cannot see it.' },
  'image.credit': { label: 'Credit', hint: 'Who made or supplied it, as printed: "Photo: Ada Ndiaye / Gazette".' },
  'image.caption': {
    label: 'Caption',
    hint: 'What the image shows, if the alt text is not enough for sighted readers.',
    editor: 'text',
  },
  places: { label: 'Map places', hint: 'Places for the locator map, drawn by `npm run maps` (not in the browser).' },
  'places.name': { label: 'Name', hint: 'As labelled on the map.' },
  'places.lat': { label: 'Latitude', hint: 'Decimal degrees, north positive.' },
  'places.lon': { label: 'Longitude', hint: 'Decimal degrees, east positive.' },
  'places.role': { label: 'Role', hint: '"event" is where the story happened, drawn largest.' },
  'places.source': { label: 'Source', hint: 'The gazetteer entry the coordinates come from, e.g. "GeoNames 2460596".' },
  section: {
    label: 'Section',
    hint: 'The desk the story belongs to, shown above the headline: "World".',
    editor: 'suggest',
  },
  tags: {
    label: 'Tags',
    hint: 'Topics. Choose existing ones where they fit; a new one makes a new tag page.',
    editor: 'suggest',
  },
  related: { label: 'Related links', hint: 'Further reading, shown as the "Related" list.' },
  'related.title': { label: 'Title', hint: "The related story's headline, as linked." },
  'related.url': { label: 'URL', hint: 'Where it was originally published.' },
  source: { label: 'Republished from', hint: 'Only for stories that first appeared elsewhere.' },
  'source.publisher': { label: 'Publisher', hint: 'The original publisher: "VICE News".' },
  'source.url': { label: 'Original URL' },
  'source.imageNotReproduced': {
    label: 'Original image not reproduced',
    hint: "The original's image credit, when Gazette does not show that image.",
  },
  aliases: {
    label: 'Old addresses',
    hint: 'Addresses the story had in another system ("/2010/08/07/old-name/", "/?p=123"); each redirects here. Usually filled in by an import.',
  },
  lang: {
    label: 'Language',
    hint: 'Only when the story is not in the site\'s language: a language tag such as "fa", "ru" or "zh-Hans".',
  },
  translationKey: {
    label: 'Translation key',
    hint: 'The same short name on every translation of this story (one per language), so each page links the others.',
  },
  live: {
    label: 'Live coverage',
    hint: 'For a developing story: updates are added through the day under "Live: <headline>" in the sidebar, once this is published.',
  },
  'live.start': {
    label: 'Start',
    hint: 'When the coverage began. No update may be dated before it.',
    editor: 'datetime',
  },
  'live.end': {
    label: 'End',
    hint: 'Set when the coverage closes: the page then says "Live coverage ended at …" and stops looking for updates.',
    editor: 'datetime',
  },
  ageBanner: { label: 'Age banner', hint: 'Show "This story is over N years old". Turn off for evergreen pieces.' },
  draft: { label: 'Draft', hint: 'A draft is checked but not published.' },
};

export const AUTHOR_FIELDS: Record<string, DeskField> = {
  name: { label: 'Name', hint: 'As printed in bylines.' },
  twitter: { label: 'Twitter handle', hint: 'Without the "@".' },
};

/** A live update's fields (src/lib/content/schema/update.ts), in each live story's collection of updates. */
export const UPDATE_FIELDS: Record<string, DeskField> = {
  published: {
    label: 'Published',
    hint: "When the update goes out: now, unless you change it; saved in the story's time zone. A time after the next build waits for a later one.",
    editor: 'datetime',
    now: true,
  },
  author: { label: 'Byline', hint: 'Who wrote the update: one or more authors.', editor: 'authors' },
  headline: { label: 'Headline', hint: 'Only when the update needs one; most do not.' },
  key: { label: 'Key event', hint: 'Listed under "Key events" at the top of the coverage.' },
  pinned: {
    label: 'Pinned',
    hint: 'Shown first, above the newest update. One update per story: unpin the other first.',
  },
  corrections: {
    label: 'Corrections',
    hint: 'Add a correction at the end; corrections are never removed or reordered. Each is printed under the update.',
    appendOnly: true,
  },
  'corrections.date': {
    label: 'Date',
    hint: 'When the correction was made: not before Published, not in the future.',
    editor: 'datetime',
  },
  'corrections.text': { label: 'Text', hint: 'What was wrong and what is right, as printed.', editor: 'text' },
};

/** An update's Markdown body. */
export const UPDATE_BODY_FIELD = {
  name: 'body',
  label: 'Update',
  hint: 'What happened, in a few paragraphs. It goes at the top of the live page as it is.',
};

/** Fields the desk edits that are not frontmatter: the story's Markdown body. */
export const BODY_FIELD = {
  name: 'body',
  label: 'Story',
  hint: 'The text of the story. A paragraph that starts "Related:" with a link becomes an aside; list that link under Related links too.',
};

export const DESK_FIELDS: Record<string, Record<string, DeskField>> = {
  articles: ARTICLE_FIELDS,
  authors: AUTHOR_FIELDS,
  updates: UPDATE_FIELDS,
};
