/**
 * What Pagefind indexes for one story, built from its source rather than parsed back out of the built page, so the
 * index can be written beside Astro's page stage instead of after it (scripts/search-index.ts). Plain Node.
 *
 * The words are the story as the page shows it: headline, standfirst and body, without the inline "Related:" asides
 * (furniture, not the story). The filters and metadata are those the search page offers and shows.
 */
import { parseFragment } from 'parse5';
import { calendarDateInZone } from '../article/dates.ts';
import { formatDate } from '../i18n/formats.ts';
import { foldForSearch } from './fold.ts';

export type SearchFacts = {
  /** Site-relative, without the base path: Pagefind's client adds its `baseUrl`. */
  url: string;
  headline: string;
  section: string;
  tags: readonly string[];
  /** In byline order; each is a filter value of its own. */
  authors: readonly string[];
  published: Date;
  timeZone: string;
  /** The story's language tag: the result's date is written in it. */
  lang: string;
  /**
   * The index it goes in: the search language of the edition that lists it (src/lib/i18n/language.ts), which the
   * search page of that edition reads through its <html lang>.
   */
  index: string;
};

/** Pagefind's `addCustomRecord` argument. */
export type SearchRecord = {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
};

type Node = { nodeName: string; value?: string; childNodes?: Node[]; attrs?: { name: string; value: string }[] };

const BLOCK = new Set([
  'p',
  'li',
  'blockquote',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'pre',
  'td',
  'th',
  'figcaption',
  'dt',
  'dd',
  'br',
  'hr',
]);
const isAside = (node: Node) =>
  node.nodeName === 'aside' &&
  (node.attrs ?? []).some((a) => a.name === 'class' && a.value.split(/\s+/).includes('related-aside'));

/** The text a reader sees in a body's HTML, block by block, with the Related asides left out. */
export function bodyText(html: string): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (isAside(node)) return;
    if (node.nodeName === '#text') parts.push(node.value ?? '');
    for (const child of node.childNodes ?? []) walk(child);
    if (BLOCK.has(node.nodeName)) parts.push('\n');
  };
  walk(parseFragment(html) as unknown as Node);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/** One story's record: its words, the filters a reader narrows by, and what a result shows. */
export function searchRecord(facts: SearchFacts, standfirst: string, text: string): SearchRecord {
  return {
    url: facts.url,
    content: foldForSearch([facts.headline, standfirst, text].join('\n'), facts.index),
    language: facts.index,
    // No sort: a sort puts every page's rank in the metadata each reader's first query downloads (docs/performance.md,
    // "Search: what a reader's first query downloads"). Words rank by relevance; the archive lists by date.
    meta: {
      title: facts.headline,
      section: facts.section,
      published: facts.published.toISOString(),
      date: formatDate(facts.lang, facts.published, facts.timeZone),
    },
    filters: Object.fromEntries(
      Object.entries({
        section: [facts.section],
        // The year of the permalink: the calendar year in the newsroom's zone, not in UTC.
        year: [calendarDateInZone(facts.published, facts.timeZone).year],
        author: [...new Set(facts.authors)],
        tag: [...new Set(facts.tags)],
      }).filter(([, values]) => values.length > 0),
    ),
  };
}
