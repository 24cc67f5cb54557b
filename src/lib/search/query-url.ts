/**
 * The search page's state lives in its URL (/search/?q=…&section=…&year=…), so
 * a search can be shared and the back button returns to it. Pure functions,
 * shared by the browser code (src/client/search.ts) and the tests.
 */

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

/** True when there is something to search for: words, or at least one filter to list by. */
export function hasSearch(state: SearchState): boolean {
  return state.q.trim() !== '' || URL_FILTERS.some((key) => state[key] !== '');
}

/** What the live region says once results are in. */
export function resultSummary(count: number, state: SearchState): string {
  const stories = count === 1 ? '1 story' : `${count.toLocaleString('en-US')} stories`;
  const words = state.q.trim() ? ` for “${state.q.trim()}”` : '';
  const where = [state.section && `in ${state.section}`, state.year && `from ${state.year}`].filter(Boolean).join(' ');
  if (count === 0) return `No stories found${words}${where ? ` ${where}` : ''}.`;
  return `${stories} found${words}${where ? ` ${where}` : ''}.`;
}
