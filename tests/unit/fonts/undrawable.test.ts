/**
 * What the content check asks before a build: which characters of a text no bundled font can draw. The answer is the
 * share cards' own (the same chain and cmaps), so the check warns about exactly what a card leaves out.
 */
import { expect, test } from 'vitest';
import { undrawableCharacters } from '../../../src/lib/fonts/fallback.ts';
import { sharedFontStore } from '../../../src/lib/fonts/font-store.ts';
import { codePointNames } from '../../../src/lib/fonts/unicode.ts';

test('an emoji is reported, once, as the reader sees it', () => {
  expect(undrawableCharacters('Rain 🌧️ returns, and rain 🌧️ again')).toEqual(['🌧️']);
  expect(codePointNames('🌧️')).toBe('U+1F327 U+FE0F');
});

test.each([
  ['Persian', '«تهران» در انتظار باران'],
  ['Persian with English and Persian digits', 'گزارش VICE News از حمله، ۲۱ خرداد ۱۳۹۴'],
  ['Arabic', 'هجوم مسلح على مركز للشرطة في جنوب مالي'],
  ['Hindi', 'दक्षिणी माली में पुलिस थाने पर हमला'],
  ['Chinese', '马里南部警察局遭武装分子袭击，至少十二名警察丧生'],
  ['Russian', 'Дождь в Тегеране'],
  ['Greek, polytonic too', 'Επίθεση σε αστυνομικό τμήμα · Ἀθῆναι'],
  ['a name in combining marks', 'Zoe\u0308 Ndiaye-N\u0303u\u0301n\u0303ez, Adébáyọ̀'],
  ['Vietnamese', 'Nguyễn Thị Minh Khai'],
])('%s: nothing is missing', (_script, text) => {
  expect(undrawableCharacters(text)).toEqual([]);
});

test('line ends and tabs are spaces, and a control character no font has is reported, as a card leaves it out', () => {
  expect(undrawableCharacters('Two\nlines,\ta tab')).toEqual([]);
  expect(undrawableCharacters('A bell\u0007')).toEqual(['\u0007']);
});

test('a script the cards have no font for is reported letter by letter', () => {
  expect(undrawableCharacters('שלום')).toEqual(['ש', 'ל', 'ו', 'ם']);
});

test('text in the house serif’s Latin set is answered without opening another font', () => {
  undrawableCharacters('Warm-up: the house font is opened once.');
  const before = sharedFontStore().stats.loads;
  expect(undrawableCharacters('Armed Gunmen Attack Police Base — “Mali”, 11 June 2015, café')).toEqual([]);
  expect(sharedFontStore().stats.loads).toBe(before);
});
