import { expect, test } from 'vitest';
import {
  browseLinks,
  hasWords,
  pagefindFilters,
  readSearchState,
  resultSummary,
  searchQueryString,
  wordsWanted,
  SEARCH_MESSAGES,
} from '../../../src/lib/search/query-url.ts';
import { clientMessages } from '../../../src/lib/i18n/client-messages.ts';
import { translator } from '../../../src/lib/i18n/translator.ts';

/** The words the search page hands its script, as the build writes them. */
const en = clientMessages(translator('en'), SEARCH_MESSAGES);
const fa = clientMessages(translator('fa'), SEARCH_MESSAGES);
const state = (q = '', section = '', year = '') => ({ q, section, year });

test('the URL holds the words and the filters that are set, and reads back to the same state', () => {
  const s = state('  misseni attack ', 'Côte d’Ivoire', '2015');
  const qs = searchQueryString(s);
  expect(qs).toBe('?q=misseni+attack&section=C%C3%B4te+d%E2%80%99Ivoire&year=2015');
  expect(readSearchState(new URLSearchParams(qs))).toEqual(state('misseni attack', 'Côte d’Ivoire', '2015'));
  expect(searchQueryString(state())).toBe('');
  expect(readSearchState(new URLSearchParams('?q=&utm_source=x'))).toEqual(state());
});

test('only the filters that are set go to Pagefind', () => {
  expect(pagefindFilters(state('x', '', '2015'))).toEqual({ year: '2015' });
  expect(pagefindFilters(state('x'))).toEqual({});
});

test('filters without words are not a search: the reader is asked for a word and offered the archive pages', () => {
  expect(hasWords(state('  '))).toBe(false);
  expect(hasWords(state('mali'))).toBe(true);
  expect(wordsWanted(en, state('', 'World', '2015'))).toBe('Type a word to search in World from 2015.');
  expect(wordsWanted(en, state('', '', '2015'))).toBe('Type a word to search from 2015.');
  // The section's page as the build linked it in the form (folded and percent-encoded there).
  expect(browseLinks(en, state('', 'Côte d’Ivoire', '2015'), '/news/', '/news/cote-d-ivoire/')).toEqual([
    { label: 'All Côte d’Ivoire stories', href: '/news/cote-d-ivoire/' },
    { label: 'All stories from 2015', href: '/news/2015/' },
  ]);
  expect(browseLinks(en, state('', 'ايران'), '/', '/fa/%D8%A7%DB%8C%D8%B1%D8%A7%D9%86/')).toEqual([
    { label: 'All ايران stories', href: '/fa/%D8%A7%DB%8C%D8%B1%D8%A7%D9%86/' },
  ]);
  // A section the form does not offer (a hand-edited URL) gets no link.
  expect(browseLinks(en, state('', 'Nowhere', '2015'), '/', undefined)).toEqual([
    { label: 'All stories from 2015', href: '/2015/' },
  ]);
  expect(browseLinks(en, state(), '/', undefined)).toEqual([]);
});

test('the status line counts stories and repeats the words and filters', () => {
  expect(resultSummary(en, 1, state('mali'))).toBe('1 story found for “mali”.');
  expect(resultSummary(en, 1234, state('mali', 'World', '2015'))).toBe(
    '1,234 stories found for “mali” in World from 2015.',
  );
  expect(resultSummary(en, 0, state('zzz', '', '2015'))).toBe('No stories found for “zzz” from 2015.');
});

test('in the page’s language, its plural forms and its digits: the templates the browser is given', () => {
  expect(resultSummary(fa, 28, state('میسنی'))).toContain('۲۸');
  expect(resultSummary(fa, 28, state('میسنی'))).toContain('میسنی');
});

test('a year from the URL is written in the page’s numerals, as its year menu writes it, and links by its digits', () => {
  expect(resultSummary(fa, 3, state('مالی', '', '2015'))).toContain('۲۰۱۵');
  expect(resultSummary(fa, 3, state('مالی', '', '2015'))).not.toContain('2015');
  expect(browseLinks(fa, state('', '', '2015'), '/', undefined)).toEqual([
    { label: expect.stringContaining('۲۰۱۵'), href: '/2015/' },
  ]);
  expect(resultSummary(en, 3, state('mali', '', '2015'))).toContain('from 2015');
});

test('a "#" in the reader’s words stays theirs, also where the plural form names the number in words', () => {
  const ar = clientMessages(translator('ar'), SEARCH_MESSAGES);
  expect(resultSummary(ar, 1, state('C#'))).toContain('«C#»');
  expect(resultSummary(ar, 2, state('C#'))).toContain('«C#»');
  expect(resultSummary(en, 3, state('C#'))).toBe('3 stories found for “C#”.');
});
