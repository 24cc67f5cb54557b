/**
 * A language's own calendar, numerals, lists and plurals (issue 32), from Intl and CLDR through the translator every
 * page asks: the seed's date, 11 June 2015 at 20:31 in Bamako, as each language writes it. English keeps the house
 * style. Node's full ICU is the data; the expected strings were read from it, not from another project's catalogues.
 */
import { describe, expect, test, vi } from 'vitest';
import { languageProblem } from '../../../src/lib/i18n/language.ts';
import { translator } from '../../../src/lib/i18n/translator.ts';

const SEED = new Date('2015-06-11T20:31:00Z');
const ZONE = 'Africa/Bamako';

describe('dates: the language’s calendar and digits', () => {
  test('English, the house style: no "at", a lower-case pm, no serial comma', () => {
    expect(translator('en').dateTime(SEED, ZONE)).toBe('June 11, 2015, 8:31pm');
    expect(translator('en').date(SEED, ZONE)).toBe('June 11, 2015');
  });
  test('Persian: the Solar Hijri calendar in Persian digits', () => {
    expect(translator('fa').date(SEED, ZONE)).toBe('۲۱ خرداد ۱۳۹۴');
    expect(translator('fa').dateTime(SEED, ZONE)).toContain('۲۰:۳۱');
  });
  test('Arabic: Gregorian months in Arabic; Arabic-Indic digits when the tag asks for them', () => {
    expect(translator('ar').date(SEED, ZONE)).toMatch(/يونيو/);
    expect(translator('ar-u-nu-arab').date(SEED, ZONE)).toContain('٢٠١٥');
  });
  test('a calendar chosen in the tag: English words, Persian calendar', () => {
    expect(translator('en-u-ca-persian').date(SEED, ZONE)).toMatch(/Khordad 21, 1394/);
  });
  test('Russian, Chinese and Hindi, each in its own words', () => {
    expect(translator('ru').date(SEED, ZONE)).toBe('11 июня 2015 г.');
    expect(translator('zh-Hans').date(SEED, ZONE)).toBe('2015年6月11日');
    expect(translator('hi').date(SEED, ZONE)).toBe('11 जून 2015');
  });
  test('the time zone is the story’s, not the machine’s: a minute before midnight stays that day', () => {
    const late = new Date('2015-06-11T23:59:00Z');
    expect(translator('en').date(late, 'Africa/Bamako')).toBe('June 11, 2015');
    expect(translator('en').date(late, 'Asia/Tehran')).toBe('June 12, 2015');
  });
  test('a date archive is named in Gregorian months, since its address is Gregorian, in the language’s digits', () => {
    expect(translator('en').period('2015', '06')).toBe('June 2015');
    expect(translator('fa').period('2015', '06')).toBe('ژوئن ۲۰۱۵');
  });
});

describe('numbers, lists and plurals', () => {
  test('numerals and grouping', () => {
    expect(translator('en').number(1204)).toBe('1,204');
    expect(translator('fa').number(1204)).toBe('۱٬۲۰۴');
  });
  test('lists: the house style in English, the language’s own words elsewhere', () => {
    expect(translator('en').list(['A', 'B', 'C'])).toBe('A, B and C');
    expect(translator('fa').list(['الف', 'ب'])).toBe('الف و ب');
    expect(translator('ru').list(['А', 'Б'])).toBe('А и Б');
  });
  test('plural forms the language has: Russian one, few, many; the count in the language’s digits', () => {
    const ru = translator('ru');
    expect(ru.t('article.ageYears', { count: 1 })).toContain('1 года');
    expect(ru.t('article.ageYears', { count: 3 })).toContain('3 лет');
    expect(ru.t('article.ageYears', { count: 11 })).toContain('11 лет');
    expect(translator('fa').t('article.ageYears', { count: 11 })).toContain('۱۱');
  });
  test('page numbers in the language’s digits, never grouped', () => {
    expect(translator('fa').t('listing.page', { page: 12 })).toContain('۱۲');
    expect(translator('en').t('listing.page', { page: 12345 })).toBe('Page 12345');
  });
});

describe('languages', () => {
  test('direction and the names machines want', () => {
    expect(translator('fa')).toMatchObject({ dir: 'rtl', ogLocale: 'fa_IR', newsLanguage: 'fa', ownName: 'فارسی' });
    expect(translator('ar')).toMatchObject({ dir: 'rtl', ogLocale: 'ar_AR' });
    expect(translator('zh-Hans')).toMatchObject({ dir: 'ltr', newsLanguage: 'zh-cn', base: 'zh-Hans' });
    expect(translator('en-u-ca-persian')).toMatchObject({ base: 'en', dir: 'ltr' });
  });
  test('a tag that is not a language, or one without locale data, is refused with what to write', () => {
    expect(languageProblem('english')).toMatch(/not a BCP 47 language tag, like "en"/);
    expect(languageProblem('')).toMatch(/must be a BCP 47 language tag/);
    expect(languageProblem('fa')).toBeUndefined();
  });
  test('a message missing from a catalogue falls back to English, and the build says which', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    // Basque ships no catalogue: every message is English, each reported once.
    expect(translator('eu').t('front.topStories')).toBe(translator('en').t('front.topStories'));
    translator('eu').t('front.topStories');
    expect(warn.mock.calls.filter(([m]) => String(m).includes('eu: no message "front.topStories"'))).toHaveLength(1);
    warn.mockRestore();
  });
});
