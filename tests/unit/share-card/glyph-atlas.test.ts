import { expect, test } from 'vitest';
import { loadFont, outliner } from '../../../src/lib/fonts/outline.ts';
import { glyphAtlas, snap } from '../../../src/lib/share-card/glyph-atlas.ts';

const { font } = loadFont('@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff');
const serif = outliner(font, { name: 'test', places: 2 });

test('positions snap to the whole pixel and the nearest quarter', () => {
  expect(snap(10)).toEqual({ pixel: 10, step: 0 });
  expect(snap(10.26)).toEqual({ pixel: 10, step: 1 });
  expect(snap(10.5)).toEqual({ pixel: 10, step: 2 });
  expect(snap(10.9)).toEqual({ pixel: 11, step: 0 });
  expect(snap(-0.25)).toEqual({ pixel: -1, step: 3 });
});

test('a glyph is drawn once per size and quarter pixel, then reused', async () => {
  const atlas = glyphAtlas();
  const [first, second] = await atlas.masks('serif', serif.place('HH', 0, 100, 80), 80);
  const [again] = await atlas.masks('serif', serif.place('H', 300, 50, 80), 80);
  // 'H' at x = 0 and x = 300 share a quarter-pixel step, so one raster serves both.
  expect(again.alpha).toBe(first.alpha);
  expect(again.left - first.left).toBe(300);
  expect(again.top - first.top).toBe(-50);
  expect(second.left).toBeGreaterThan(first.left + first.width / 2);
  const [bigger] = await atlas.masks('serif', serif.place('H', 0, 100, 120), 120);
  expect(bigger.width).toBeGreaterThan(first.width);
});

test('the mask covers the glyph: solid ink in its stem, nothing at its margin, the baseline at y', async () => {
  const [h] = await glyphAtlas().masks('serif', serif.place('H', 20, 100, 80), 80);
  const at = (x: number, y: number) => h.alpha[(y - h.top) * h.width + (x - h.left)];
  expect(h.top + h.height).toBeGreaterThanOrEqual(100);
  expect(h.top + h.height).toBeLessThanOrEqual(103);
  expect(Math.max(...h.alpha)).toBe(255);
  expect(at(h.left, h.top)).toBe(0);
  // the left stem, an eighth of the way across the mask, halfway up
  expect(at(h.left + Math.round(h.width / 8), h.top + Math.round(h.height / 2))).toBe(255);
});

test('spaces have nothing to draw', async () => {
  expect(await glyphAtlas().masks('serif', serif.place('a b', 0, 100, 40), 40)).toHaveLength(2);
});
