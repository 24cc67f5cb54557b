import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readArticleHeads, scanArticles } from '../../src/lib/content/reader.ts';
import { scratchDir } from '../support/scratch.ts';

let dir: string;
const story = (slug: string, published: string, sourceUrl: string, extra = '') =>
  `---\nslug: ${slug}\nheadline: ${slug}\npublished: "${published}"\ntimeZone: UTC\nsource:\n  publisher: P\n  url: ${sourceUrl}\n${extra}---\n\nBody.\n`;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gazette-index-'));
  fs.writeFileSync(path.join(dir, 'old.md'), story('old', '2015-01-06T10:00:00Z', 'https://example.org/old'));
  fs.writeFileSync(
    path.join(dir, 'corrected.md'),
    story(
      'corrected',
      '2016-01-06T10:00:00Z',
      'https://example.org/c',
      'updated: "2016-01-07T10:00:00Z"\ncorrections:\n  - { date: "2016-02-01T09:00:00Z", text: Fixed. }\n',
    ),
  );
  fs.writeFileSync(
    path.join(dir, 'draft.md'),
    story('draft', '2016-01-01T10:00:00Z', 'https://example.org/draft', 'draft: true\n'),
  );
  fs.writeFileSync(
    path.join(dir, '_ignored.md'),
    story('ignored', '2016-01-01T10:00:00Z', 'https://example.org/ignored'),
  );
  fs.writeFileSync(path.join(dir, 'broken.md'), '---\nslug: [\n---\n');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test('reads every head once, drafts marked for the publication rule; not files the glob loader skips, not unparseable ones', () => {
  const heads = readArticleHeads(dir, '/news/');
  expect(heads.map((h) => h.href).sort()).toEqual([
    '/news/2015/01/06/old/',
    '/news/2016/01/01/draft/',
    '/news/2016/01/06/corrected/',
  ]);
  expect(heads.filter((h) => h.draft).map((h) => h.slug)).toEqual(['draft']);
  expect(heads.find((h) => h.href.endsWith('/old/'))).toMatchObject({
    headline: 'old',
    sourceUrl: 'https://example.org/old',
    republished: true,
  });
});

test("a head's last change is the later of its update and its latest correction", () => {
  const corrected = readArticleHeads(dir, '/').find((h) => h.href.endsWith('/corrected/'));
  expect(corrected?.lastModified.toISOString()).toBe('2016-02-01T09:00:00.000Z');
  const old = readArticleHeads(dir, '/').find((h) => h.href.endsWith('/old/'));
  expect(old?.lastModified.toISOString()).toBe('2015-01-06T10:00:00.000Z');
});

describe('scanArticles with a cache: each file read and parsed once, until it changes', () => {
  const write = (dir: string, name: string, text: string) => fs.writeFileSync(path.join(dir, name), text);

  test('a changed, added or deleted file is seen; the cache is shared through its file', () => {
    const dir = scratchDir('scan');
    const cacheFile = path.join(dir, 'cache', 'scan.v8');
    const articles = path.join(dir, 'articles');
    fs.mkdirSync(articles);
    write(articles, 'a.md', story('a', '2015-01-06T10:00:00Z', 'https://example.org/a'));
    write(articles, 'b.md', story('b', '2015-01-07T10:00:00Z', 'https://example.org/b'));
    const first = scanArticles(articles, { cacheFile });
    expect(first.map((s) => [s.id, s.data?.slug])).toEqual([
      ['a', 'a'],
      ['b', 'b'],
    ]);
    expect(fs.existsSync(cacheFile)).toBe(true);

    write(articles, 'a.md', story('a-renamed', '2015-01-06T10:00:00Z', 'https://example.org/a'));
    fs.rmSync(path.join(articles, 'b.md'));
    write(articles, 'c.md', '---\nslug: [\n---\n');
    const second = scanArticles(articles, { cacheFile });
    expect(second.map((s) => [s.id, s.data?.slug])).toEqual([
      ['a', 'a-renamed'],
      ['c', undefined],
    ]);
    expect(second[0].digest).not.toBe(first[0].digest);
  });

  test('a file whose size, modification time and inode are unchanged is not read again', () => {
    const dir = scratchDir('scan');
    const cacheFile = path.join(dir, 'scan.v8');
    const articles = path.join(dir, 'articles');
    fs.mkdirSync(articles);
    const file = path.join(articles, 'a.md');
    write(articles, 'a.md', story('aaaa', '2015-01-06T10:00:00Z', 'https://example.org/a'));
    const mtime = 1_700_000_000;
    fs.utimesSync(file, mtime, mtime);
    const [before] = scanArticles(articles, { cacheFile });
    // Same length, same inode, and the modification time put back: the stamp says unchanged, so the cache answers.
    write(articles, 'a.md', story('bbbb', '2015-01-06T10:00:00Z', 'https://example.org/a'));
    fs.utimesSync(file, mtime, mtime);
    expect(scanArticles(articles, { cacheFile })[0]).toEqual(before);
    // Without the cache the file is read.
    expect(scanArticles(articles)[0].data?.slug).toBe('bbbb');
  });

  test('the photos a body shows come with the scan, from the file and then from the cache', () => {
    const dir = scratchDir('scan');
    const cacheFile = path.join(dir, 'scan.v8');
    const articles = path.join(dir, 'articles');
    fs.mkdirSync(articles);
    const body = '\n![Cranes](./cranes.jpg) and ![A map](https://example.org/map.png) and ![Again](./cranes.jpg)\n';
    write(articles, 'a.md', story('a', '2015-01-06T10:00:00Z', 'https://example.org/a') + body);
    write(articles, 'b.md', story('b', '2015-01-06T10:00:00Z', 'https://example.org/b'));
    const read = scanArticles(articles, { cacheFile });
    expect(read.map((s) => s.bodyImages)).toEqual([['./cranes.jpg'], []]);
    // The image loader takes them from here rather than reading every story's body each build. A new time on the
    // cache file makes the scan read it from disk rather than trust the copy it holds.
    const later = new Date(Date.now() + 60_000);
    fs.utimesSync(cacheFile, later, later);
    expect(scanArticles(articles, { cacheFile })).toEqual(read);
  });

  test('a cache it cannot read is rebuilt, not trusted', () => {
    const dir = scratchDir('scan');
    const cacheFile = path.join(dir, 'scan.v8');
    const articles = path.join(dir, 'articles');
    fs.mkdirSync(articles);
    write(articles, 'a.md', story('a', '2015-01-06T10:00:00Z', 'https://example.org/a'));
    fs.writeFileSync(cacheFile, 'not a cache');
    expect(scanArticles(articles, { cacheFile })[0].data?.slug).toBe('a');
  });
});
