/**
 * What a story may leave out (issue 30): a dateline, always, since most stories have none and none is ever made up;
 * a standfirst and a byline, only while it is a draft. Through the real schema and the content check, so each line is
 * the one an editor reads.
 */
import { beforeAll, afterAll, describe, expect, test, vi } from 'vitest';
import { checkContent, checkFile } from '../../src/lib/content/check.ts';

vi.mock('astro:content', () => import('../../scripts/astro-content-stub.ts'));

const FILE = 'c/articles/a.md';
const authors = [{ file: 'c/authors/ann.yaml', text: 'name: Ann\n' }];
let schemas: { articles: any; authors: any };

beforeAll(async () => {
  vi.stubEnv('SOURCE_DATE_EPOCH', '1793491200');
  const { collections } = (await import('../../src/content.config.ts')) as any;
  schemas = { articles: collections.articles.schema, authors: collections.authors.schema };
});
afterAll(() => {
  vi.unstubAllEnvs();
});

const story = (fields: string) => `---
headline: H
slug: s
published: "2020-03-01T09:00:00+01:00"
timeZone: Europe/Paris
section: Test
${fields}
---
Body.
`;

const check = (text: string) =>
  checkContent(
    { articles: [{ file: FILE, text }], authors, authorsDir: 'c/authors' },
    { schemas, exists: () => true, site: 'https://g.example', base: '/' },
  );

describe('the dateline is optional', () => {
  test('a published story without one is valid, and nothing stands in for it', () => {
    expect(check(story('standfirst: S.\nauthor: ann'))).toEqual([]);
    const parsed = schemas.articles.parse({
      ...{ headline: 'H', slug: 's', published: '2020-03-01T09:00:00+01:00', timeZone: 'Europe/Paris' },
      ...{ section: 'Test', standfirst: 'S.', author: 'ann' },
    });
    expect(parsed.dateline).toBeUndefined();
  });
  test('one that is there must still say something', () => {
    expect(check(story('standfirst: S.\nauthor: ann\ndateline: "  "'))).toEqual([
      `${FILE}: dateline must not be empty`,
    ]);
  });
});

describe('a draft may lack its standfirst and byline', () => {
  test('it passes, with a warning for each thing it still lacks', () => {
    const text = story('draft: true');
    expect(check(text)).toEqual([]);
    expect(checkFile({ file: FILE, text }, schemas.articles, true).warnings).toEqual([
      `${FILE}: this draft has no standfirst yet; it is refused once draft is removed`,
      `${FILE}: this draft has no byline yet (author); it is refused once draft is removed`,
    ]);
  });
  test('a finished draft has no warning', () => {
    expect(
      checkFile({ file: FILE, text: story('draft: true\nstandfirst: S.\nauthor: ann') }, schemas.articles, true)
        .warnings,
    ).toBeUndefined();
  });
  test('once draft is removed, both are refused, in the same round as any other mistake', () => {
    expect(check(story('tags: Mali'))).toEqual([
      `${FILE}: tags must be a list, like [Mali, Sahel]`,
      `${FILE}: standfirst is required and must be text`,
      `${FILE}: author is required: the file name (without extension) of an entry in authors/, or a list of them in byline order`,
    ]);
    expect(check(story('draft: false\nauthor: ann'))).toEqual([`${FILE}: standfirst is required and must be text`]);
  });
});
