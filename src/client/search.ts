/**
 * The search page's behaviour: results as the reader types, filters by section
 * and year, the state kept in the URL (shareable; the back button returns to it),
 * and a polite announcement of each result count. Pagefind's own pagefind.js
 * (and its WebAssembly) is fetched from the build's bundle, on this page only.
 */
import {
  browseLinks,
  hasWords,
  pagefindFilters,
  readSearchState,
  resultSummary,
  type SearchState,
  searchQueryString,
  wordsWanted,
} from '../lib/search/query-url.ts';
import { messagesOf, say } from '../lib/i18n/say.ts';
import { foldForSearch } from '../lib/search/fold.ts';
import { type ResultData, resultItem } from './search-results.ts';

type Pagefind = {
  options(o: Record<string, unknown>): Promise<void>;
  mergeIndex(path: string, o: Record<string, unknown>): Promise<void>;
  debouncedSearch(
    q: string | null,
    o: object,
    ms?: number,
  ): Promise<{ results: { id: string; data(): Promise<ResultData> }[] } | null>;
};

/**
 * Results drawn per page; "Show more" adds the next page. Each one fetches its own fragment (docs/performance.md,
 * "Search: what a reader's first query downloads"), and ten
 * is what a results page shows on the big news sites.
 */
const PAGE = 10;

/** Stands in for the reader's words in a message, to be replaced by an element: a private-use character no one types. */
const QUERY = '\uE000';

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) start(root);

/**
 * The bundles that hold the stories of this page's search language, from the index's table of contents (revalidated,
 * since each publish may rewrite it); the first bundle alone if there is none.
 */
async function bundlesOf(bundle: string): Promise<string[]> {
  const response = await fetch(`${bundle}bundles.json`, { cache: 'no-cache' });
  if (!response.ok) return [''];
  const manifest = (await response.json()) as { languages?: Record<string, string[]> };
  return manifest.languages?.[root!.dataset.searchLanguage ?? ''] ?? [''];
}

function start(root: HTMLElement) {
  const form = root.querySelector<HTMLFormElement>('form')!;
  const fallback = root.querySelector<HTMLElement>('[data-search-fallback]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const browse = root.querySelector<HTMLElement>('[data-search-browse]')!;
  const field = (name: keyof SearchState) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
  const bundle = root.dataset.bundle!;
  // The page's words, in its language (src/lib/search/query-url.ts SEARCH_MESSAGES).
  const words = messagesOf(root);
  fallback.hidden = true;
  form.hidden = false;

  let pagefind: Promise<Pagefind> | undefined;
  const load = () =>
    (pagefind ??= Promise.all([import(/* @vite-ignore */ `${bundle}pagefind.js`), bundlesOf(bundle)]).then(
      async ([pf, [first = '', ...others]]: [Pagefind, string[]]) => {
        const options = { baseUrl: root.dataset.base, excerptLength: 30 };
        await pf.options({ ...options, bundlePath: `${bundle}${first}` });
        // The index is cut into bundles (src/lib/search/bundles.ts); Pagefind searches them as one.
        await Promise.all(others.map((dir) => pf.mergeIndex(`${bundle}${dir}`, options)));
        return pf;
      },
    ));

  const formState = (): SearchState => ({
    q: field('q').value,
    section: field('section').value,
    year: field('year').value,
  });
  /** A filter from a URL that the page does not offer (a typo, a section since renamed) counts as no filter. */
  const offered = (state: SearchState): SearchState => {
    const known = (name: 'section' | 'year') =>
      [...(field(name) as HTMLSelectElement).options].some((o) => o.value === state[name]);
    return { ...state, section: known('section') ? state.section : '', year: known('year') ? state.year : '' };
  };
  const showState = (state: SearchState) => {
    field('q').value = state.q;
    field('section').value = state.section;
    field('year').value = state.year;
  };

  let pending: { data(): Promise<ResultData> }[] = [];
  /** Draws the next page of results, unless a newer search has started while its fragments loaded. */
  async function showMore(ticket = latest) {
    const next = pending.slice(0, PAGE);
    pending = pending.slice(PAGE);
    const items = await Promise.all(next.map(async (r) => resultItem(await r.data())));
    if (ticket !== latest) return;
    list.append(...items);
    more.hidden = pending.length === 0;
  }

  let latest = 0;
  let shownKey = '';
  async function run(state: SearchState) {
    const ticket = ++latest;
    showBrowse(state);
    if (!hasWords(state)) {
      shownKey = '';
      list.replaceChildren();
      more.hidden = true;
      status.textContent = state.section || state.year ? wordsWanted(words, state) : '';
      return;
    }
    try {
      const pf = await load();
      // The reader's words folded as the stories' were (src/lib/search/fold.ts), in the page's language's index.
      const query = foldForSearch(state.q.trim(), document.documentElement.lang);
      const search = await pf.debouncedSearch(query, { filters: pagefindFilters(state) }, 150);
      if (search === null || ticket !== latest) return;
      // The same words and stories as already shown (a slower search for the same word, a search repeated): the
      // list is left alone, so a reader who has tabbed into it keeps their place. New words redraw it, since the
      // excerpts highlight the words.
      const shown = `${state.q.trim()}\n${search.results.map((r) => r.id).join(' ')}`;
      if (shown !== shownKey || list.childElementCount === 0) {
        shownKey = shown;
        list.replaceChildren();
        pending = search.results;
        await showMore(ticket);
      }
      if (ticket === latest)
        status.replaceChildren(...queryIsolated((s) => resultSummary(words, search.results.length, s), state));
    } catch {
      if (ticket === latest) status.textContent = say(words, 'search.failed');
    }
  }

  /**
   * What `summary` says of `state`, with the reader's own words set apart in a <bdi>: typed in any script, they keep
   * their order inside the page's sentence ("No stories found for “ایران 2024”."). The text is the same.
   */
  function queryIsolated(summary: (state: SearchState) => string, state: SearchState): (Node | string)[] {
    const query = state.q.trim();
    if (!query) return [summary(state)];
    return summary({ ...state, q: QUERY })
      .split(QUERY)
      .flatMap((text, i) => {
        if (i === 0) return [text];
        const bdi = document.createElement('bdi');
        bdi.textContent = query;
        return [bdi, text];
      });
  }

  /** With filters and no words, links to the archive pages that list the same stories newest first. */
  function showBrowse(state: SearchState) {
    // The section's page as the build linked it, on its option in the form.
    const option = [...form.querySelectorAll<HTMLOptionElement>('select[name="section"] option')].find(
      (o) => o.value !== '' && o.value === state.section,
    );
    const links = hasWords(state) ? [] : browseLinks(words, state, root.dataset.base!, option?.dataset.href);
    browse.replaceChildren(
      ...links.flatMap((link, i) => {
        const a = document.createElement('a');
        a.href = link.href;
        a.textContent = link.label;
        return i === 0 ? [a] : [document.createTextNode(' · '), a];
      }),
    );
    browse.hidden = links.length === 0;
  }

  /** Typing replaces the current history entry; a submit or a filter change adds one, so Back steps through searches. */
  function update(push: boolean) {
    const state = formState();
    const url = `${location.pathname}${searchQueryString(state)}`;
    if (url !== `${location.pathname}${location.search}`) history[push ? 'pushState' : 'replaceState'](null, '', url);
    void run(state);
  }

  form.addEventListener('input', (event) => update(event.target instanceof HTMLSelectElement));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update(true);
  });
  more.addEventListener('click', () => void showMore());
  field('q').addEventListener('focus', () => void load(), { once: true });
  window.addEventListener('popstate', () => {
    const state = offered(readSearchState(new URLSearchParams(location.search)));
    showState(state);
    void run(state);
  });

  const initial = offered(readSearchState(new URLSearchParams(location.search)));
  showState(initial);
  void run(initial);
}
