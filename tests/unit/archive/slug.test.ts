import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { foldSlug, RESERVED_SEGMENTS, reservedReason } from '../../../src/lib/archive/slug.ts';
import { checkTaxonomy } from '../../../src/lib/archive/taxonomy-check.ts';
import { SLUG_PATTERN } from '../../../src/lib/article/permalink.ts';

describe('foldSlug: a stable URL slug from a section or tag name', () => {
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
    expect(foldSlug(name)).toBe(slug);
    expect(slug).toMatch(SLUG_PATTERN);
  });
  test('a name with no Latin letters or digits has no slug', () => {
    expect(foldSlug('مالي')).toBe('');
  });
});

describe('reserved top-level segments', () => {
  test('numbers belong to the date archives; route names to their routes', () => {
    expect(reservedReason('2015')).toMatch(/date archives/);
    expect(reservedReason('authors')).toMatch(/authors/);
    expect(reservedReason('world')).toBeUndefined();
    expect(reservedReason('constructor')).toBeUndefined();
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
  test('two tags folding to one slug name both, with their files', () => {
    expect(
      checkTaxonomy([
        { file: 'a.md', section: 'World', tags: ['Misséni', 'Mali'] },
        { file: 'b.md', section: 'World', tags: ['Sahel', 'Misseni'] },
      ]),
    ).toEqual([
      'b.md: tags[1] "Misseni" and a.md: tags[0] "Misséni" are two tags with one URL, /tags/misseni/; spell them the same',
    ]);
  });
  test('the same spelling in many files is one tag', () => {
    expect(
      checkTaxonomy([
        { file: 'a.md', section: 'World', tags: ['Mali'] },
        { file: 'b.md', section: 'World', tags: ['Mali'] },
      ]),
    ).toEqual([]);
  });
  test('two sections folding to one slug', () => {
    expect(
      checkTaxonomy([
        { file: 'a.md', section: 'World', tags: [] },
        { file: 'b.md', section: 'world', tags: [] },
      ]),
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
  ])('a section "%s" would take %s', (section, url, owner) => {
    const [problem] = checkTaxonomy([{ file: 'c/a.md', section, tags: [] }]);
    expect(problem).toMatch(
      new RegExp(`^c/a\\.md: section "${section}" would be published at ${url}, which is ${owner}`),
    );
  });
  test('a tag or section with nothing to make a URL from', () => {
    expect(checkTaxonomy([{ file: 'a.md', section: 'World', tags: ['Mali', '!!!'] }])).toEqual([
      'a.md: tags[1] "!!!" has no Latin letters or digits to make its URL from; add some',
    ]);
  });
});
