import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readStories } from '../../../src/lib/content/reader.ts';
import { scratchDir } from '../../support/scratch.ts';

let dir: string;
const story = (slug: string, published: string, sourceUrl: string, extra = '') =>
  `---\nslug: ${slug}\nheadline: ${slug}\nstandfirst: S.\nauthor: ann\nsection: World\npublished: "${published}"\ntimeZone: UTC\nsource:\n  publisher: P\n  url: ${sourceUrl}\n${extra}---\n\nBody.\n`;

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

test('every story file as its record, drafts marked for the publication rule; not files the glob loader skips', () => {
  const records = readStories(dir);
  expect(records.map((r) => r.id)).toEqual(['broken', 'corrected', 'draft', 'old']);
  expect(records.flatMap((r) => (r.story ? [r.story.permalink] : []))).toEqual([
    '2016/01/06/corrected',
    '2016/01/01/draft',
    '2015/01/06/old',
  ]);
  expect(records.filter((r) => r.story?.draft).map((r) => r.id)).toEqual(['draft']);
  expect(records.find((r) => r.id === 'old')?.story).toMatchObject({
    headline: 'old',
    source: { url: 'https://example.org/old' },
    author: ['ann'],
  });
});

test('a file the schema cannot read keeps why in its record, for the content check to say', () => {
  const broken = readStories(dir).find((r) => r.id === 'broken')!;
  expect(broken.story).toBeUndefined();
  expect(broken.problem).toMatch(/^the frontmatter is not valid YAML at line \d+, column \d+: /);
});

test("a story's record is enriched once: its last change is the later of its update and its latest correction", () => {
  const stories = readStories(dir);
  const corrected = stories.find((r) => r.id === 'corrected')?.story;
  expect(corrected?.modified.toISOString()).toBe('2016-02-01T09:00:00.000Z');
  const old = stories.find((r) => r.id === 'old')?.story;
  expect(old?.modified.toISOString()).toBe('2015-01-06T10:00:00.000Z');
});

describe('readStories with a cache: each file read and its record made once, until it changes', () => {
  const write = (dir: string, name: string, text: string) => fs.writeFileSync(path.join(dir, name), text);

  test('a changed, added or deleted file is seen; the cache is shared through its file', () => {
    const dir = scratchDir('scan');
    const cacheFile = path.join(dir, 'cache', 'scan.v8');
    const articles = path.join(dir, 'articles');
    fs.mkdirSync(articles);
    write(articles, 'a.md', story('a', '2015-01-06T10:00:00Z', 'https://example.org/a'));
    write(articles, 'b.md', story('b', '2015-01-07T10:00:00Z', 'https://example.org/b'));
    const first = readStories(articles, { cacheFile });
    expect(first.map((s) => [s.id, s.story?.slug])).toEqual([
      ['a', 'a'],
      ['b', 'b'],
    ]);
    expect(fs.existsSync(cacheFile)).toBe(true);

    write(articles, 'a.md', story('a-renamed', '2015-01-06T10:00:00Z', 'https://example.org/a'));
    fs.rmSync(path.join(articles, 'b.md'));
    write(articles, 'c.md', '---\nslug: [\n---\n');
    const second = readStories(articles, { cacheFile });
    expect(second.map((s) => [s.id, s.story?.slug])).toEqual([
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
    const [before] = readStories(articles, { cacheFile });
    // Same length, same inode, and the modification time put back: the stamp says unchanged, so the cache answers.
    write(articles, 'a.md', story('bbbb', '2015-01-06T10:00:00Z', 'https://example.org/a'));
    fs.utimesSync(file, mtime, mtime);
    expect(readStories(articles, { cacheFile })[0]).toEqual(before);
    // Without the cache the file is read.
    expect(readStories(articles)[0].story?.slug).toBe('bbbb');
  });

  test('the photos a body shows come with the scan, from the file and then from the cache', () => {
    const dir = scratchDir('scan');
    const cacheFile = path.join(dir, 'scan.v8');
    const articles = path.join(dir, 'articles');
    fs.mkdirSync(articles);
    const body = '\n![Cranes](./cranes.jpg) and ![A map](https://example.org/map.png) and ![Again](./cranes.jpg)\n';
    write(articles, 'a.md', story('a', '2015-01-06T10:00:00Z', 'https://example.org/a') + body);
    write(articles, 'b.md', story('b', '2015-01-06T10:00:00Z', 'https://example.org/b'));
    const read = readStories(articles, { cacheFile });
    expect(read.map((s) => s.bodyImages)).toEqual([['./cranes.jpg'], []]);
    // The image loader takes them from here rather than reading every story's body each build. A new time on the
    // cache file makes the scan read it from disk rather than trust the copy it holds.
    const later = new Date(Date.now() + 60_000);
    fs.utimesSync(cacheFile, later, later);
    expect(readStories(articles, { cacheFile })).toEqual(read);
  });

  test('a cache it cannot read is rebuilt, not trusted', () => {
    const dir = scratchDir('scan');
    const cacheFile = path.join(dir, 'scan.v8');
    const articles = path.join(dir, 'articles');
    fs.mkdirSync(articles);
    write(articles, 'a.md', story('a', '2015-01-06T10:00:00Z', 'https://example.org/a'));
    fs.writeFileSync(cacheFile, 'not a cache');
    expect(readStories(articles, { cacheFile })[0].story?.slug).toBe('a');
  });
});
