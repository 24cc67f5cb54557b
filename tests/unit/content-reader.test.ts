import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { readArticleHeads } from '../../src/lib/content/reader.ts';

let dir: string;
const story = (slug: string, published: string, sourceUrl: string, extra = '') =>
  `---\nslug: ${slug}\nheadline: ${slug}\npublished: "${published}"\ntimeZone: UTC\nsource:\n  publisher: P\n  url: ${sourceUrl}\n${extra}---\n\nBody.\n`;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gazette-index-'));
  fs.writeFileSync(path.join(dir, 'old.md'), story('old', '2015-01-06T10:00:00Z', 'https://example.org/old'));
  fs.writeFileSync(
    path.join(dir, 'corrected.md'),
    story('corrected', '2016-01-06T10:00:00Z', 'https://example.org/c', 'updated: "2016-01-07T10:00:00Z"\ncorrections:\n  - { date: "2016-02-01T09:00:00Z", text: Fixed. }\n'),
  );
  fs.writeFileSync(path.join(dir, 'draft.md'), story('draft', '2016-01-01T10:00:00Z', 'https://example.org/draft', 'draft: true\n'));
  fs.writeFileSync(path.join(dir, '_ignored.md'), story('ignored', '2016-01-01T10:00:00Z', 'https://example.org/ignored'));
  fs.writeFileSync(path.join(dir, 'broken.md'), '---\nslug: [\n---\n');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test('reads every publishable head once: not drafts, not files the glob loader skips, not unparseable ones', () => {
  const heads = readArticleHeads(dir, '/news/');
  expect(heads.map((h) => h.href).sort()).toEqual(['/news/2015/01/06/old/', '/news/2016/01/06/corrected/']);
  expect(heads.find((h) => h.href.endsWith('/old/'))).toMatchObject({ headline: 'old', sourceUrl: 'https://example.org/old', republished: true });
});

test("a head's last change is the later of its update and its latest correction", () => {
  const corrected = readArticleHeads(dir, '/').find((h) => h.href.endsWith('/corrected/'));
  expect(corrected?.lastModified.toISOString()).toBe('2016-02-01T09:00:00.000Z');
  const old = readArticleHeads(dir, '/').find((h) => h.href.endsWith('/old/'));
  expect(old?.lastModified.toISOString()).toBe('2015-01-06T10:00:00.000Z');
});
