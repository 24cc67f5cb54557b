import { expect, test } from 'vitest';
import { fontStore } from '../../../src/lib/fonts/font-store.ts';
import { glyphAtlas, type GlyphRequest, snap } from '../../../src/lib/share-card/glyph-atlas.ts';

const serif = fontStore().forCluster([0x48], 700)!;
/** The glyphs of `text` in the house serif, one after another from (x, y), unkerned: enough to place masks. */
const place = (text: string, x: number, y: number, size: number): GlyphRequest[] => {
  let cursor = x;
  return Array.from(text, (char) => {
    const gid = serif.font.glyph(char.codePointAt(0)!)!;
    const at = { face: serif, gid, x: cursor, y, size };
    cursor += (serif.font.glyphHAdvance(gid) / serif.upem) * size;
    return at;
  });
};

test('positions snap to the whole pixel and the nearest quarter', () => {
  expect(snap(10)).toEqual({ pixel: 10, step: 0 });
  expect(snap(10.26)).toEqual({ pixel: 10, step: 1 });
  expect(snap(10.5)).toEqual({ pixel: 10, step: 2 });
  expect(snap(10.9)).toEqual({ pixel: 11, step: 0 });
  expect(snap(-0.25)).toEqual({ pixel: -1, step: 3 });
});

test('a glyph is drawn once per size and quarter pixel, then reused', async () => {
  const atlas = glyphAtlas();
  const [first, second] = await atlas.masks(place('HH', 0, 100, 80));
  const [again] = await atlas.masks(place('H', 300, 50, 80));
  // 'H' at x = 0 and x = 300 share a quarter-pixel step, so one raster serves both.
  expect(again!.alpha).toBe(first!.alpha);
  expect(again!.left - first!.left).toBe(300);
  expect(again!.top - first!.top).toBe(-50);
  expect(second!.left).toBeGreaterThan(first!.left + first!.width / 2);
  const [bigger] = await atlas.masks(place('H', 0, 100, 120));
  expect(bigger!.width).toBeGreaterThan(first!.width);
  expect(atlas.stats.drawn).toBe(3); // H at 80 on two quarter-pixel steps, and H at 120
});

test('the mask covers the glyph: solid ink in its stem, nothing at its margin, the baseline at y', async () => {
  const [h] = await glyphAtlas().masks(place('H', 20, 100, 80));
  const at = (x: number, y: number) => h!.alpha[(y - h!.top) * h!.width + (x - h!.left)];
  expect(h!.top + h!.height).toBeGreaterThanOrEqual(100);
  expect(h!.top + h!.height).toBeLessThanOrEqual(103);
  expect(Math.max(...h!.alpha)).toBe(255);
  expect(at(h!.left, h!.top)).toBe(0);
  // the left stem, an eighth of the way across the mask, halfway up
  expect(at(h!.left + Math.round(h!.width / 8), h!.top + Math.round(h!.height / 2))).toBe(255);
});

test('spaces have nothing to draw', async () => {
  expect((await glyphAtlas().masks(place('a b', 0, 100, 40))).filter(Boolean)).toHaveLength(2);
});

test('a glyph drawn with a card’s others is the glyph drawn alone, byte for byte, whatever the others', async () => {
  // Three hundred glyphs of three scripts at six sizes, the masks of one card, against each drawn by itself. Drawn
  // together in one SVG, a few in a hundred came out a level or two apart, and cards depended on the cards before them.
  const store = fontStore();
  const faces = [0x41, 0x62a, 0x5317].map((c) => store.forCluster([c], 700)!);
  let seed = 7;
  const random = () => (seed = (seed * 16_807) % 2_147_483_647) / 2_147_483_647;
  const glyphs: GlyphRequest[] = Array.from({ length: 300 }, (_, i) => {
    const face = faces[i % 3];
    const codes = [...face.cmap].filter((c) => c > 0x20);
    const gid = face.font.glyph(codes[Math.floor(random() * codes.length)])!;
    return { face, gid, x: 10 + (i % 4) / 4, y: 100, size: [37, 53, 61, 79, 94, 108][i % 6] };
  });
  const together = await glyphAtlas().masks(glyphs);
  const alone = await Promise.all(glyphs.map(async (g) => (await glyphAtlas().masks([g]))[0]));
  const differ = glyphs.filter(
    (_, i) => Buffer.compare(Buffer.from(together[i]?.alpha ?? []), Buffer.from(alone[i]?.alpha ?? [])) !== 0,
  );
  expect(differ).toHaveLength(0);
});

test('the masks held are bounded by bytes, the least recently used going first', async () => {
  const atlas = glyphAtlas({ maxBytes: 20_000 });
  const alphabet = place('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 0, 100, 80);
  await atlas.masks(alphabet);
  await new Promise((resolve) => setImmediate(resolve));
  expect(atlas.stats.bytes).toBeLessThanOrEqual(20_000);
  expect(atlas.stats.evicted).toBeGreaterThan(0);
  const drawn = atlas.stats.drawn;
  await atlas.masks([alphabet.at(-1)!]); // the last drawn is still held
  expect(atlas.stats.drawn).toBe(drawn);
  await atlas.masks([alphabet[0]]); // the first was evicted: drawn again
  expect(atlas.stats.drawn).toBe(drawn + 1);
});
