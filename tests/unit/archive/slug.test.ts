import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  editionSegment,
  foldSlug,
  isSlug,
  MAX_SLUG_BYTES,
  RESERVED_SEGMENTS,
  reservedReason,
  SLUG_PATTERN,
} from '../../../src/lib/archive/slug.ts';
import { checkTaxonomy } from '../../../src/lib/archive/taxonomy-check.ts';

/** The fold as it was before slugs could be in any script: Latin-only names must still fold exactly like this. */
function oldFoldSlug(name: string): string {
  const special: Record<string, string> = {
    ß: 'ss',
    æ: 'ae',
    œ: 'oe',
    ø: 'o',
    đ: 'd',
    ð: 'd',
    ł: 'l',
    þ: 'th',
    ı: 'i',
    '&': ' and ',
  };
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøđðłþı&]/g, (c) => special[c])
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A small seeded generator, so a failing fuzz case is the same on every run. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}
const strings = (alphabet: string[], count: number, seed: number) => {
  const next = random(seed);
  return Array.from({ length: count }, (_, i) => {
    let s = '';
    for (let j = 0, n = 1 + (i % 14); j < n; j++) s += alphabet[Math.floor(next() * alphabet.length)];
    return s;
  });
};

const bytes = (s: string) => new TextEncoder().encode(s).length;

describe('foldSlug: Latin names fold as they always have', () => {
  test.each([
    ['Misséni', 'misseni'],
    ['Ansar Dine', 'ansar-dine'],
    ['AQIM', 'aqim'],
    ['Côte d’Ivoire', 'cote-d-ivoire'],
    ['São Paulo', 'sao-paulo'],
    ['Straße', 'strasse'],
    ['Łódź', 'lodz'],
    ['Q&A', 'q-and-a'],
    ['  World  ', 'world'],
    ['COVID-19', 'covid-19'],
    ['Ｍａｌｉ', 'mali'],
  ])('%s -> %s', (name, slug) => {
    expect(foldSlug(name, 'en')).toBe(slug);
    expect(foldSlug(name, 'fa')).toBe(slug);
    expect(slug).toMatch(SLUG_PATTERN);
  });

  test('5,000 random Latin, Common and symbol strings fold exactly as the old function did', () => {
    const alphabet = [
      ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -_&\'.,:;!?/()"%#',
      ...'éèêëçñßæœøđðłþıİÀÅĀǅﬁ½²Ⅻ№ŋəɛ’“”–—…·•€£©®™°µ\u00A0\u2009\u0301\u0308\u200B\u00AD',
    ];
    const differ = strings(alphabet, 5000, 32).filter((s) => foldSlug(s, 'en') !== oldFoldSlug(s));
    expect(differ).toEqual([]);
  });
});

describe('foldSlug: names in any script keep their letters', () => {
  test.each([
    ['Россия', 'en', 'россия'],
    ['ایران', 'fa', 'ایران'],
    ['ایران', 'en', 'ايران'],
    ['中国', 'en', '中国'],
    ['भारत', 'en', 'भारत'],
    ['Ελλάδα', 'en', 'ελλαδα'],
    ['ΕΛΛΑΔΑ', 'el', 'ελλαδα'],
    ['COVID-19 در ایران', 'fa', 'covid-19-در-ایران'],
    ['BBC Русская служба', 'ru', 'bbc-русская-служба'],
    ['Q&A о войне', 'ru', 'q-and-a-о-войне'],
    ['北京 2008', 'zh-Hans', '北京-2008'],
    ['हिन्दी', 'hi', 'हिन्दी'],
    ['दिल्ली १२', 'hi', 'दिल्ली-12'],
    ['Київ', 'uk', 'київ'],
    ['Ἀθῆναι', 'el', 'αθηναι'],
    ['ﻻ', 'ar', 'لا'],
    ['コーヒー', 'ja', 'コーヒー'],
    ['ایران & عراق', 'fa', 'ایران-عراق'],
  ])('%s (%s) -> %s', (name, language, slug) => {
    expect(foldSlug(name, language)).toBe(slug);
    expect(isSlug(slug)).toBe(true);
  });

  test('the issue’s five names each get a URL of their own', () => {
    const slugs = ['Россия', 'ایران', '中国', 'भारत', 'Ελλάδα'].map((name) => foldSlug(name, 'en'));
    expect(slugs.every((s) => s !== '' && isSlug(s))).toBe(true);
    expect(new Set(slugs).size).toBe(5);
  });

  test('Arabic and Persian yeh and kaf are one letter, written as the edition’s language writes it', () => {
    const spellings = ['ميسني', 'میسنی', 'ميسنى', 'میسني'];
    expect(new Set(spellings.map((n) => foldSlug(n, 'fa')))).toEqual(new Set(['میسنی']));
    expect(new Set(spellings.map((n) => foldSlug(n, 'ar')))).toEqual(new Set(['ميسني']));
    // A site in another language folds them all the same way too (to the Arabic letters).
    expect(new Set(spellings.map((n) => foldSlug(n, 'en')))).toEqual(new Set(['ميسني']));
    expect(foldSlug('كتاب', 'fa')).toBe(foldSlug('کتاب', 'fa'));
    expect(foldSlug('كتاب', 'fa')).toBe('کتاب');
    expect(foldSlug('کتاب', 'ar')).toBe('كتاب');
    // Heh with yeh above is heh and hamza, as Persian keyboards write it.
    expect(foldSlug('خانۀ ما', 'fa')).toBe(foldSlug('خانهٔ ما', 'fa'));
    // Where they are different letters (Pashto), they stay apart.
    expect(foldSlug('ي', 'ps')).not.toBe(foldSlug('ی', 'ps'));
  });

  test('ZWNJ and a space are one word break; tatweel and other invisible characters are dropped', () => {
    expect(foldSlug('کتاب‌ها', 'fa')).toBe('کتاب-ها');
    expect(foldSlug('کتاب ها', 'fa')).toBe('کتاب-ها');
    expect(foldSlug('مـــيـسـيـنـي', 'fa')).toBe(foldSlug('میسینی', 'fa'));
    expect(foldSlug('\u202Bعربي\u200F\u202C', 'ar')).toBe('عربي');
    expect(foldSlug('ایـ\u200Dران\uFEFF\u00AD', 'fa')).toBe('ایران');
  });

  test('Arabic-Indic, Persian and Devanagari digits are ASCII digits', () => {
    const eleven = ['۱۱ سپتامبر', '١١ سپتامبر', '11 سپتامبر'].map((n) => foldSlug(n, 'fa'));
    expect(new Set(eleven)).toEqual(new Set(['11-سپتامبر']));
    // The Persian and Arabic fours, fives and sixes are drawn differently; they are one digit.
    expect(foldSlug('۴۵۶', 'fa')).toBe('456');
    expect(foldSlug('٤٥٦', 'fa')).toBe('456');
    expect(foldSlug('२०२४ चुनाव', 'hi')).toBe('2024-चुनाव');
  });

  test('an NFD spelling gives the NFC slug', () => {
    const nfd = 'Київ хүн ελλάδα ئێران'.normalize('NFD');
    expect(nfd).not.toBe(nfd.normalize('NFC'));
    const slug = foldSlug(nfd, 'ckb');
    expect(slug).toBe(slug.normalize('NFC'));
    expect(slug).toBe(foldSlug(nfd.normalize('NFC'), 'ckb'));
    expect(slug).toBe('київ-хүн-ελλαδα-ئێران');
  });

  test('what a reader can see is kept: hamza, Cyrillic й, Devanagari’s marks, simplified and traditional Chinese', () => {
    expect(foldSlug('أحمد', 'ar')).not.toBe(foldSlug('احمد', 'ar'));
    expect(foldSlug('Йошкар', 'ru')).toBe('йошкар');
    expect(foldSlug('हिन्दी', 'hi')).not.toBe(foldSlug('हिनदी', 'hi'));
    expect(foldSlug('长江', 'zh')).not.toBe(foldSlug('長江', 'zh'));
  });

  test('a name with no letter or digit in any script has no slug', () => {
    expect(foldSlug('!!!', 'en')).toBe('');
    expect(foldSlug('❤️🔥', 'fa')).toBe('');
    expect(foldSlug('؟!', 'fa')).toBe('');
  });

  test(`a slug is at most ${MAX_SLUG_BYTES} bytes of UTF-8, cut between words, else between letters`, () => {
    const words = foldSlug(Array.from({ length: 40 }, () => 'جمهوری').join(' '), 'fa');
    expect(bytes(words)).toBeLessThanOrEqual(MAX_SLUG_BYTES);
    expect(words.split('-').every((w) => w === 'جمهوری')).toBe(true);
    const chinese = foldSlug('长'.repeat(100), 'zh');
    expect(chinese).toBe('长'.repeat(66));
    const devanagari = foldSlug('कि'.repeat(50), 'hi');
    expect(bytes(devanagari)).toBeLessThanOrEqual(MAX_SLUG_BYTES);
    expect(devanagari).toBe('कि'.repeat(33));
    expect(foldSlug('a'.repeat(250), 'en')).toBe('a'.repeat(200));
  });

  test('folding a slug again changes nothing, and every slug is a valid one (20,000 random names)', () => {
    const alphabet = [
      ...'aeiouxyzAEXÉéß&- 0159.,!?%#/',
      ...'ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیيىكۀئأإآءةـ\u200C\u200D\u200F\u064B\u0654۰۴۵۶٤٥٦',
      ...'абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВЙЁЇї',
      ...'αβγδεζηθάέήίόύώϊΐΑΒΓΆΈΣς',
      ...'中国长江大桥北京〇々ー',
      ...'कखगघचजटडतदनपबमयरलवसहािीुूेैोौंः़्०१२',
      ...'\u00A0\u3000\uFEFF\u00AD\uFE0F❤🔥',
    ];
    for (const language of ['fa', 'ar', 'en', 'ps']) {
      const bad = strings(alphabet, 5000, language.length * 7919).filter((name) => {
        const slug = foldSlug(name, language);
        return slug !== '' && (foldSlug(slug, language) !== slug || !isSlug(slug) || bytes(slug) > MAX_SLUG_BYTES);
      });
      expect(bad, language).toEqual([]);
    }
  });
});

describe('isSlug: what a story’s slug may be', () => {
  test.each(['armed-gunmen-attack', 'حمله-به-میسنی', 'حمله-به-ميسني', 'россия', '中国-2008', 'भारत', 'ελλαδα'])(
    '%s is a slug',
    (slug) => expect(isSlug(slug)).toBe(true),
  );
  test.each([
    ['Armed', 'a capital'],
    ['a b', 'a space'],
    ['a--b', 'a double hyphen'],
    ['-a', 'a leading hyphen'],
    ['café', 'an accent on a Latin letter'],
    ['ελλάδα', 'a Greek accent'],
    ['۱۱-سپتامبر', 'Persian digits'],
    ['کتاب‌ها', 'a ZWNJ'],
    ['ميـسني', 'a tatweel'],
    ['ab%20', 'a percent sign'],
    ['a?b', 'a question mark'],
    ['a/b', 'a slash'],
    ['ki\u0301', 'an NFD spelling'],
    ['长'.repeat(67), 'more than 200 bytes'],
  ])('%s is not (%s)', (slug) => expect(isSlug(slug)).toBe(false));
});

describe('reserved top-level segments', () => {
  test('numbers belong to the date archives; route names to their routes', () => {
    expect(reservedReason('2015')).toMatch(/date archives/);
    expect(reservedReason('authors')).toMatch(/authors/);
    expect(reservedReason('world')).toBeUndefined();
    expect(reservedReason('constructor')).toBeUndefined();
  });

  test('a further edition’s front page is its base tag in lower case', () => {
    expect(['fa', 'zh-Hans', 'ar-u-nu-arab', 'en-GB'].map(editionSegment)).toEqual(['fa', 'zh-hans', 'ar', 'en-gb']);
    expect(reservedReason('zh-hans', ['fa', 'zh-Hans'])).toMatch(/"zh-Hans" edition/);
    expect(reservedReason('fa', ['fa'])).toMatch(/"fa" edition/);
    expect(reservedReason('fa')).toBeUndefined();
  });

  // A new route under src/pages/ or a new folder in public/ must be reserved, or a section could take its URL.
  test('every top-level route and public folder a slug could spell is reserved', () => {
    const root = path.resolve(import.meta.dirname, '../../..');
    const names = [...fs.readdirSync(path.join(root, 'src/pages')), ...fs.readdirSync(path.join(root, 'public'))]
      .map((f) => f.replace(/\.(astro|ts|md)$/, ''))
      .filter((f) => !f.startsWith('[') && f !== 'index');
    const slugLike = names.filter((f) => SLUG_PATTERN.test(f));
    expect(slugLike.length).toBeGreaterThan(2);
    for (const name of slugLike) expect(reservedReason(name), name).toBeDefined();
    expect(Object.keys(RESERVED_SEGMENTS)).toEqual(
      expect.arrayContaining(['authors', 'page', 'tags', 'share', 'search']),
    );
  });
});

describe('checkTaxonomy: each problem names the file and the field', () => {
  const en = { language: 'en' };
  test('two tags folding to one slug name both, with their files', () => {
    expect(
      checkTaxonomy(
        [
          { file: 'a.md', section: 'World', tags: ['Misséni', 'Mali'] },
          { file: 'b.md', section: 'World', tags: ['Sahel', 'Misseni'] },
        ],
        en,
      ),
    ).toEqual([
      'b.md: tags[1] "Misseni" and a.md: tags[0] "Misséni" are two tags with one URL, /tags/misseni/; spell them the same',
    ]);
  });
  test('in any script: two spellings a reader cannot tell apart are one URL, and both files are named', () => {
    expect(
      checkTaxonomy(
        [
          { file: 'a.md', section: 'ایران', tags: ['کتاب‌ها'] },
          { file: 'b.md', section: 'ايران', tags: ['کتاب ها', 'Ελλάδα', 'ΕΛΛΆΔΑ'] },
        ],
        { language: 'fa' },
      ),
    ).toEqual([
      'b.md: section "ايران" and a.md: section "ایران" are two sections with one URL, /ایران/; spell them the same',
      'b.md: tags[0] "کتاب ها" and a.md: tags[0] "کتاب‌ها" are two tags with one URL, /tags/کتاب-ها/; spell them the same',
      'b.md: tags[2] "ΕΛΛΆΔΑ" and b.md: tags[1] "Ελλάδα" are two tags with one URL, /tags/ελλαδα/; spell them the same',
    ]);
  });
  test('the same spelling in many files is one tag', () => {
    expect(
      checkTaxonomy(
        [
          { file: 'a.md', section: 'World', tags: ['Mali', 'Россия'] },
          { file: 'b.md', section: 'World', tags: ['Mali', 'Россия'] },
        ],
        en,
      ),
    ).toEqual([]);
  });
  test('two sections folding to one slug', () => {
    expect(
      checkTaxonomy(
        [
          { file: 'a.md', section: 'World', tags: [] },
          { file: 'b.md', section: 'world', tags: [] },
        ],
        en,
      ),
    ).toEqual([
      'b.md: section "world" and a.md: section "World" are two sections with one URL, /world/; spell them the same',
    ]);
  });
  test.each([
    ['Authors', '/authors/', "the authors' pages"],
    ['Page', '/page/', "the front page's later pages"],
    ['Tags', '/tags/', 'the tags index'],
    ['Search', '/search/', 'the search page'],
    ['Share', '/share/', 'the share images'],
    ['2015', '/2015/', 'the date archives'],
    ['۲۰۱۵', '/2015/', 'the date archives'],
  ])('a section "%s" would take %s', (section, url, owner) => {
    const [problem] = checkTaxonomy([{ file: 'c/a.md', section, tags: [] }], en);
    expect(problem).toMatch(
      new RegExp(`^c/a\\.md: section "${section}" would be published at ${url}, which is ${owner}`),
    );
  });
  test('a section of the main edition cannot take a further edition’s front page', () => {
    const site = { language: 'en', languages: ['fa', 'zh-Hans'] };
    expect(checkTaxonomy([{ file: 'a.md', section: 'FA', tags: ['fa'] }], site)).toEqual([
      'a.md: section "FA" would be published at /fa/, which is the front page of the "fa" edition (content/site.yaml, languages); rename the section',
    ]);
    expect(checkTaxonomy([{ file: 'a.md', section: 'Zh Hans', tags: [] }], site)[0]).toContain(
      'would be published at /zh-hans/, which is the front page of the "zh-Hans" edition',
    );
    expect(checkTaxonomy([{ file: 'a.md', section: 'FA', tags: [] }], en)).toEqual([]);
  });
  test('each edition is its own URL space, its names folded in its language', () => {
    const site = { language: 'en', languages: ['fa'] };
    // A Persian story is in the Persian edition, at /fa/…, with Persian letters; the main edition's is apart.
    expect(
      checkTaxonomy(
        [
          { file: 'a.md', section: 'ايران', tags: ['كتاب'], lang: 'fa' },
          { file: 'b.md', section: 'ایران', tags: ['کتاب'] },
          { file: 'c.md', section: 'ایران', tags: ['FA'], lang: 'fa' },
        ],
        site,
      ),
    ).toEqual([
      'c.md: section "ایران" and a.md: section "ايران" are two sections with one URL, /fa/ایران/; spell them the same',
    ]);
    // Within an edition, its own routes are reserved; its sections never reach the top level.
    expect(checkTaxonomy([{ file: 'a.md', section: 'Tags', tags: [], lang: 'fa' }], site)).toEqual([
      'a.md: section "Tags" would be published at /fa/tags/, which is the tags index and tag pages; rename the section',
    ]);
    expect(checkTaxonomy([{ file: 'a.md', section: 'FA', tags: [], lang: 'fa' }], site)).toEqual([]);
    // A story in a language with no edition of its own is in the main one.
    expect(
      checkTaxonomy(
        [
          { file: 'a.md', section: 'Мир', tags: [], lang: 'ru' },
          { file: 'b.md', section: 'мир', tags: [] },
        ],
        site,
      ),
    ).toEqual([
      'b.md: section "мир" and a.md: section "Мир" are two sections with one URL, /мир/; spell them the same',
    ]);
  });
  test('a tag or section with nothing to make a URL from', () => {
    expect(
      checkTaxonomy([{ file: 'a.md', section: 'World', tags: ['Mali', '!!!', 'Россия', '中国', '🔥'] }], en),
    ).toEqual([
      'a.md: tags[1] "!!!" has no letter or digit in any script to make its URL from; use a word, not only symbols or punctuation',
      'a.md: tags[4] "🔥" has no letter or digit in any script to make its URL from; use a word, not only symbols or punctuation',
    ]);
  });
});
