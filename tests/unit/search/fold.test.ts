/**
 * The search fold (src/lib/search/fold.ts): what a reader types and what a story says, made comparable as the index
 * holds them, for the languages whose readers type letters the story does not print.
 */
import { expect, test } from 'vitest';
import { foldForSearch } from '../../../src/lib/search/fold.ts';

const same = (a: string, b: string, lang: string) => expect(foldForSearch(a, lang)).toBe(foldForSearch(b, lang));

test('Persian: an Arabic keyboard’s yeh and kaf find the Persian word', () => {
  same('ميسني', 'میسنی', 'fa');
  same('كشور', 'کشور', 'fa');
  expect(foldForSearch('ميسني', 'fa')).toBe('میسنی');
});

test('Arabic: a query without the hamza or the vowels finds the word that has them, and alef maksura finds yeh', () => {
  same('اسلامي', 'إسلاميّ', 'ar');
  same('أمن', 'امن', 'ar');
  same('على', 'علي', 'ar');
  same('مُسَلَّح', 'مسلح', 'ar');
});

test('digits in any of the three scripts are the same number; tatweel is nothing', () => {
  expect(foldForSearch('۲۸', 'fa')).toBe('28');
  expect(foldForSearch('٢٨', 'ar')).toBe('28');
  expect(foldForSearch('२८', 'hi')).toBe('28');
  same('مـالی', 'مالی', 'fa');
});

test('other languages keep their letters: the fold is only what the language does not tell apart', () => {
  expect(foldForSearch('Misséni', 'en')).toBe('Misséni');
  expect(foldForSearch('Дождь', 'ru')).toBe('Дождь');
  // Urdu's yeh and kaf are not folded by the Persian or Arabic rules.
  expect(foldForSearch('ی', 'ur')).toBe('ی');
  // Composed and decomposed are one word.
  expect(foldForSearch('Misse\u0301ni', 'fr')).toBe('Misséni');
});
