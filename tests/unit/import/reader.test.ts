/**
 * The WXR reader on its own: records in file order, CDATA and character references as text, non-ASCII intact, a
 * byte-order mark, and a large export read as a stream (records arrive long before the end of the file).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import type { WxrRecord } from '../../../src/lib/import/wordpress/wxr-records.ts';
import { readWxr } from '../../../src/lib/import/wordpress/wxr-reader.ts';
import { wxr } from '../../support/wordpress-export.ts';

let dir: string | undefined;
afterEach(() => dir && fs.rmSync(dir, { recursive: true, force: true }));

function file(xml: string): string {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gazette-wxr-'));
  fs.writeFileSync(path.join(dir, 'export.xml'), xml);
  return path.join(dir, 'export.xml');
}

async function all(exportFile: string): Promise<WxrRecord[]> {
  const records: WxrRecord[] = [];
  for await (const r of readWxr(exportFile)) records.push(r);
  return records;
}

describe('readWxr', () => {
  test('the site, then authors, then items as posts and attachments, with their terms and meta', async () => {
    const records = await all(
      file(
        wxr({
          items: [
            {
              id: 1,
              title: 'Misséni: ‏עברית 🇲🇱 &amp; more',
              terms: [
                ['category', 'world', 'World'],
                ['post_tag', 'mali', 'Mali'],
              ],
              meta: { dateline: 'Paris, FR' },
            },
            {
              id: 2,
              type: 'attachment',
              attachmentUrl: 'https://old.example.org/wp-content/uploads/a.jpg',
              excerpt: 'A caption',
            },
          ],
        }),
      ),
    );
    expect(records.map((r) => r.kind)).toEqual(['site', 'author', 'post', 'attachment']);
    expect(records[0]).toEqual({
      kind: 'site',
      language: 'en-US',
      title: 'The Old Example',
      link: 'https://old.example.org',
    });
    expect(records[1]).toMatchObject({ kind: 'author', login: 'ada', displayName: 'Ada Ndiaye' });
    expect(records[2]).toMatchObject({
      kind: 'post',
      id: '1',
      postType: 'post',
      status: 'publish',
      // CDATA is text as written: the title keeps its "&amp;", which the importer reads as HTML.
      title: 'Misséni: ‏עברית 🇲🇱 &amp; more',
      terms: [
        { taxonomy: 'category', slug: 'world', name: 'World' },
        { taxonomy: 'post_tag', slug: 'mali', name: 'Mali' },
      ],
      meta: { dateline: 'Paris, FR' },
    });
    expect(records[3]).toMatchObject({
      kind: 'attachment',
      id: '2',
      url: 'https://old.example.org/wp-content/uploads/a.jpg',
      caption: 'A caption',
    });
  });

  test('a byte-order mark before the XML declaration is no error', async () => {
    expect((await all(file(`\uFEFF${wxr({ items: [{ id: 1 }] })}`))).length).toBe(3);
  });

  test('a large export is read as a stream: its first post arrives before a tenth of the file is read', async () => {
    const items = Array.from({ length: 3000 }, (_, i) => ({
      id: i + 1,
      content: `<p>${'Filler words for a long body. '.repeat(40)}</p>`,
    }));
    const exportFile = file(wxr({ items }));
    let readWhenFirstPost = -1;
    let total = 0;
    let posts = 0;
    for await (const r of readWxr(exportFile, {
      onProgress: (p) => {
        total = p.totalBytes;
        if (readWhenFirstPost === -1 && posts > 0) readWhenFirstPost = p.bytesRead;
      },
    })) {
      if (r.kind === 'post') posts++;
    }
    expect(posts).toBe(3000);
    expect(total).toBeGreaterThan(3_000_000);
    expect(readWhenFirstPost).toBeGreaterThan(0);
    expect(readWhenFirstPost).toBeLessThan(total / 10);
  });
});
