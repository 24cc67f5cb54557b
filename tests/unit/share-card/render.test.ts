import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { renderShareCard, renderShareImage, shareImageKey } from '../../../src/lib/share-card/render.ts';
import { PALETTE } from '../../../src/lib/share-card/layout.ts';
import { scratchDir } from '../../support/scratch.ts';

const FIXTURE_IMAGE = path.resolve(
  import.meta.dirname,
  '../../fixtures/figure-and-internal-related/articles/test-pattern.jpg',
);
const card = {
  width: 1200,
  height: 630,
  headline: 'Armed Gunmen Attack Police Base',
  siteName: 'Gazette',
  dateText: 'June 11, 2015',
  year: '2015',
};
const hex = (rgb: ArrayLike<number>) =>
  `#${Array.from(rgb)
    .slice(0, 3)
    .map((v) => v.toString(16).padStart(2, '0'))
    .join('')}`;

async function pixel(png: Buffer, x: number, y: number): Promise<string> {
  const { data } = await sharp(png)
    .extract({ left: x, top: y, width: 1, height: 1 })
    .raw()
    .toBuffer({ resolveWithObject: true });
  return hex(data);
}

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gazette-share-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test('a PNG at exactly the requested size', async () => {
  const meta = await sharp(await renderShareImage(card, dir)).metadata();
  expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);
});

test('with an image, the right-hand column shows it; without, it is paper', async () => {
  const plain = await renderShareImage(card, dir);
  const withImage = await renderShareImage({ ...card, imageFile: FIXTURE_IMAGE }, dir);
  expect(await pixel(plain, 1000, 400)).toBe(PALETTE.paper);
  expect(await pixel(withImage, 1000, 400)).not.toBe(PALETTE.paper);
});

test('the year stamp is drawn in yellow, with dark text on it', async () => {
  const png = await renderShareImage(card, dir);
  // The stamp's top-left corner area (padding) is yellow.
  expect(await pixel(png, 64, 76)).toBe(PALETTE.stamp);
  const { data, info } = await sharp(png)
    .extract({ left: 60, top: 72, width: 140, height: 66 })
    .raw()
    .toBuffer({ resolveWithObject: true });
  let dark = 0;
  for (let i = 0; i < data.length; i += info.channels) if (data[i] + data[i + 1] + data[i + 2] < 200) dark++;
  expect(dark).toBeGreaterThan(200);
});

test('the same input is served from the cache; a changed headline is drawn afresh', async () => {
  const own = scratchDir('share');
  const first = await renderShareImage(card, own);
  const [file] = fs.readdirSync(own);
  const mtime = fs.statSync(path.join(own, file)).mtimeMs;
  const again = await renderShareImage(card, own);
  expect(again.equals(first)).toBe(true);
  expect(fs.statSync(path.join(own, file)).mtimeMs).toBe(mtime);
  await renderShareImage({ ...card, headline: 'Something else' }, own);
  expect(fs.readdirSync(own)).toHaveLength(2);
});

test('a character no bundled font can draw is left out and reported, never thrown, and reported again from the cache', async () => {
  const own = scratchDir('share');
  const request = { ...card, headline: 'Rain Returns to Bamako 🌧️ After a Long Dry Season' };
  const drawn = await renderShareCard(request, own);
  expect(drawn.missing).toEqual(['🌧️']);
  expect((await sharp(drawn.png).metadata()).format).toBe('png');
  const again = await renderShareCard(request, own);
  expect(again.png.equals(drawn.png)).toBe(true);
  expect(again.missing).toEqual(['🌧️']);
  // Text in any script the fonts cover is drawn whole.
  expect((await renderShareCard({ ...card, headline: 'Attack in 北京, Дождь в Тегеране' }, own)).missing).toEqual([]);
});

test("the card's content address changes with its language, since the language decides direction and shaping", async () => {
  expect(await shareImageKey({ ...card, lang: 'fa' })).not.toBe(await shareImageKey({ ...card, lang: 'en' }));
  expect(await shareImageKey({ ...card, lang: 'en' })).toBe(await shareImageKey({ ...card, lang: 'en' }));
});

test("a card's bytes do not depend on the cards drawn before it", async () => {
  const fresh = () => scratchDir('share');
  const first = await renderShareImage(card, fresh());
  await renderShareImage(
    { ...card, headline: 'Zebras quickly jump over the lazy fox, 1,234 times', year: '1999' },
    fresh(),
  );
  await renderShareImage({ ...card, height: 1200 }, fresh());
  expect((await renderShareImage(card, fresh())).equals(first)).toBe(true);
});

test('a card is an indexed PNG (flat colours and their edges); a card carrying a photograph is truecolour', async () => {
  const plain = await sharp(await renderShareImage(card, dir)).metadata();
  expect(plain.isPalette).toBe(true);
  const photo = await sharp(await renderShareImage({ ...card, imageFile: FIXTURE_IMAGE }, dir)).metadata();
  expect([photo.isPalette, photo.channels]).toEqual([false, 3]);
});

test('the headline is drawn in the headline ink, where the layout puts it', async () => {
  const png = await renderShareImage(card, dir);
  const { data, info } = await sharp(png)
    .extract({ left: 60, top: 180, width: 1080, height: 120 })
    .raw()
    .toBuffer({ resolveWithObject: true });
  let ink = 0;
  for (let i = 0; i < data.length; i += info.channels) if (hex(data.subarray(i, i + 3)) === PALETTE.ink) ink++;
  expect(ink / (data.length / info.channels)).toBeGreaterThan(0.1);
});
