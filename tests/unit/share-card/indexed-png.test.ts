import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { expect, test } from 'vitest';
import { encodeIndexedPng } from '../../../src/lib/share-card/indexed-png.ts';

test('an indexed PNG that a real decoder reads back pixel for pixel', async () => {
  const palette = Uint8Array.from([255, 253, 249, 163, 20, 29, 26, 26, 26]);
  const pixels = Uint8Array.from({ length: 5 * 3 }, (_, i) => i % 3);
  const scanlines = new Uint8Array(6 * 3);
  for (let y = 0; y < 3; y++) scanlines.set(pixels.subarray(y * 5, y * 5 + 5), y * 6 + 1);
  const png = encodeIndexedPng(5, 3, palette, scanlines);
  const meta = await sharp(png).metadata();
  expect([meta.format, meta.width, meta.height, meta.isPalette, meta.bitsPerSample]).toEqual(['png', 5, 3, true, 8]);
  const { data } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const expected = Array.from(pixels, (i) => Array.from(palette.subarray(i * 3, i * 3 + 3))).flat();
  expect(Array.from(data)).toEqual(expected);
});

test('the same pixels give the same bytes, run after run', () => {
  const palette = Uint8Array.from([0, 0, 0, 255, 255, 255]);
  const rows = Uint8Array.from({ length: 9 * 8 }, (_, i) => (i % 9 === 0 ? 0 : (i >> 3) & 1));
  // Pinned: a new Node whose zlib deflates differently fails here first. The card cache keys on the zlib version
  // (share-image.ts), so old cards are then drawn again; update this hash in the same change.
  const sha = createHash('sha256')
    .update(encodeIndexedPng(8, 8, palette, rows))
    .digest('hex');
  expect(sha, `zlib ${process.versions.zlib}`).toBe('2f5e5a99d407bd4ad24bce5c1ffbe092828525be537f9fc8e5b2870f0ab3173d');
});

test('a palette or a buffer size that cannot make a PNG is refused', () => {
  expect(() => encodeIndexedPng(2, 1, new Uint8Array(0), new Uint8Array(3))).toThrow(/holds 1–256 colours, not 0/);
  expect(() => encodeIndexedPng(2, 1, new Uint8Array(257 * 3), new Uint8Array(3))).toThrow(/not 257/);
  expect(() => encodeIndexedPng(2, 2, new Uint8Array(3), new Uint8Array(4))).toThrow(/4 bytes is not 2 rows of 1 \+ 2/);
});
