import fs from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { fontMetrics } from '../../../bench/lib/hugo-share.ts';
import { sfntChecksum, woffToSfnt } from '../../../src/lib/fonts/woff.ts';

const woff = fs.readFileSync(
  createRequire(import.meta.url).resolve('@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff'),
);

describe('WOFF 1 to sfnt, for HarfBuzz and Hugo’s share cards', () => {
  const ttf = woffToSfnt(woff);

  test('every table is back whole: its checksum is the one the WOFF kept from the original font', () => {
    expect(ttf.readUInt32BE(0)).toBe(0x00010000); // TrueType outlines, the WOFF's flavour
    const numTables = ttf.readUInt16BE(4);
    expect(numTables).toBe(woff.readUInt16BE(12));
    for (let i = 0; i < numTables; i++) {
      const rec = 12 + i * 16;
      const [tag, checksum, offset, length] = [
        ttf.toString('latin1', rec, rec + 4),
        ttf.readUInt32BE(rec + 4),
        ttf.readUInt32BE(rec + 8),
        ttf.readUInt32BE(rec + 12),
      ];
      expect(offset % 4).toBe(0);
      const table = Buffer.from(ttf.subarray(offset, offset + length));
      if (tag === 'head') table.writeUInt32BE(0, 8); // head's checksum is taken with checkSumAdjustment zeroed
      expect(sfntChecksum(table), tag).toBe(checksum);
    }
  });

  test('the whole font sums to the magic number, so head.checkSumAdjustment is right', () => {
    expect(sfntChecksum(ttf)).toBe(0xb1b0afba);
  });

  test('reads as the same font', () => {
    expect(fontMetrics(ttf)).toEqual(fontMetrics(woff));
  });

  test('refuses what is not WOFF 1', () => {
    expect(() => woffToSfnt(ttf)).toThrow(/not a WOFF 1/);
  });

  test('gives the templates the ascent and every character’s advance, in ems', () => {
    const { ascent, advance } = fontMetrics(ttf);
    expect(ascent).toBeCloseTo(1.036);
    expect(advance[' ']).toBeGreaterThan(0);
    expect(advance.W).toBeGreaterThan(advance.i);
    expect(advance['…']).toBeGreaterThan(0);
  });
});
