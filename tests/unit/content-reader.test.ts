import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { internalIndex, readArticleHeads } from '../../src/lib/content/reader.ts';

const readInternalIndex = (dir: string, base: string, now: Date) => internalIndex(readArticleHeads(dir, base), now);

let dir: string;
const story = (slug: string, published: string, sourceUrl: string, extra = '') =>
  `---\nslug: ${slug}\npublished: "${published}"\ntimeZone: UTC\nsource:\n  publisher: P\n  url: ${sourceUrl}\n${extra}---\n\nBody.\n`;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gazette-index-'));
  fs.writeFileSync(path.join(dir, 'old.md'), story('old', '2015-01-06T10:00:00Z', 'https://example.org/old'));
  fs.writeFileSync(path.join(dir, 'scheduled.md'), story('scheduled', '2027-01-05T10:00:00Z', 'https://example.org/scheduled'));
  fs.writeFileSync(path.join(dir, 'draft.md'), story('draft', '2016-01-01T10:00:00Z', 'https://example.org/draft', 'draft: true\n'));
  fs.writeFileSync(path.join(dir, 'broken.md'), '---\nslug: [\n---\n');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test('links only stories published by the build clock: not scheduled ones, not drafts', () => {
  expect(readInternalIndex(dir, '/news/', new Date('2026-11-01T00:00:00Z'))).toEqual({
    'https://example.org/old': '/news/2015/01/06/old/',
  });
});

test('a scheduled story is linked once the clock reaches it', () => {
  expect(readInternalIndex(dir, '/', new Date('2027-01-05T10:00:00Z'))).toHaveProperty(
    ['https://example.org/scheduled'],
    '/2027/01/05/scheduled/',
  );
});
