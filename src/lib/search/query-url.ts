/**
 * The search page's state lives in its URL (/search/?q=…&section=…&year=…), so
 * a search can be shared and the back button returns to it. Pure functions,
 * shared by the browser code (src/client/search.ts) and the tests.
 */
import { type ClientMessages, say } from '../i18n/say.ts';
import { withBase } from '../site/url.ts';

export type SearchState = { q: string; section: string; year: string };

/** The filters the page offers, as the URL and Pagefind both name them. */
export const URL_FILTERS = ['section', 'year'] as const;

export function readSearchState(params: URLSearchParams): SearchState {
  const get = (key: string) => (params.get(key) ?? '').trim();
  return { q: get('q'), section: get('section'), year: get('year') };
}

/** The query string for a state, empty fields left out: "?q=mali&year=2015", or "" for a blank search. */
export function searchQueryString(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const key of URL_FILTERS) if (state[key]) params.set(key, state[key]);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Pagefind's `filters` option for a state: only the filters that are set. */
export function pagefindFilters(state: SearchState): Record<string, string> {
  return Object.fromEntries(URL_FILTERS.filter((key) => state[key]).map((key) => [key, state[key]]));
}

/** True when there are words to search for. Filters narrow a search; they do not make one on their own. */
export function hasWords(state: SearchState): boolean {
  return state.q.trim() !== '';
}

/**
 * Where to browse what the filters alone select, newest first: the section's page and the year's page. The search
 * index has no date order of its own (it would add to every reader's first query: docs/performance.md,
 * "Search: what a reader's first query downloads"), and the archive already lists them in order. `sectionHref` is
 * the section's page as the build linked it in the form (its slug folded in the edition's language, percent-encoded,
 * in the edition), so the page carries no fold of its own; a section the form does not offer gets no link.
 */
export function browseLinks(
  words: ClientMessages,
  state: SearchState,
  base: string,
  sectionHref: string | undefined,
): { label: string; href: string }[] {
  const links: { label: string; href: string }[] = [];
  if (state.section && sectionHref)
    links.push({
      label: say(words, 'search.allSectionStories', { section: state.section }),
      href: sectionHref,
    });
  if (state.year)
    links.push({
      label: say(words, 'search.allYearStories', { year: yearInWords(words, state.year) }),
      href: withBase(base, state.year),
    });
  return links;
}

/** A year from the URL in the page's numerals, as its year menu shows it: "2015", "۲۰۱۵". */
const yearInWords = ({ lang }: ClientMessages, year: string) =>
  /^\d+$/.test(year) ? new Intl.NumberFormat(lang, { useGrouping: false }).format(Number(year)) : year;

/** The filters as the status line words them: "in World from 2015", or "" with none. */
function filtersInWords(words: ClientMessages, state: SearchState): string {
  return [
    state.section && say(words, 'search.inSection', { section: state.section }),
    state.year && say(words, 'search.fromYear', { year: yearInWords(words, state.year) }),
  ]
    .filter(Boolean)
    .join(' ');
}

/** What the status line says when filters are set but no words: a search needs a word. */
export function wordsWanted(words: ClientMessages, state: SearchState): string {
  const filters = filtersInWords(words, state);
  return filters ? say(words, 'search.typeAWordIn', { filters }) : say(words, 'search.typeAWord');
}

/** What the live region says once results are in. */
export function resultSummary(words: ClientMessages, count: number, state: SearchState): string {
  const filters = filtersInWords(words, state);
  const values = { count, words: state.q.trim(), filters: filters && say(words, 'search.filters', { filters }) };
  if (count === 0 && !values.words && !filters) return say(words, 'search.noneFound');
  if (count === 0) return say(words, 'search.noneFoundFor', values);
  return say(words, values.words ? 'search.foundFor' : 'search.found', values);
}

/** The messages the search page's script says things with (src/i18n/en.json), and the values each takes. */
export const SEARCH_MESSAGES = {
  'search.failed': [],
  'search.allSectionStories': ['section'],
  'search.allYearStories': ['year'],
  'search.typeAWord': [],
  'search.typeAWordIn': ['filters'],
  'search.inSection': ['section'],
  'search.fromYear': ['year'],
  'search.filters': ['filters'],
  'search.noneFound': [],
  'search.noneFoundFor': ['words', 'filters'],
  'search.found': ['count', 'filters'],
  'search.foundFor': ['count', 'words', 'filters'],
} as const;
