import { expect, test } from 'vitest';
import { COVERAGE_LEVELS, IndexedCanvas, parseHex, pasteRgb } from '../../../src/lib/share-card/indexed-canvas.ts';

const rgbAt = (canvas: IndexedCanvas, x: number, y: number) => {
  const i = canvas.at(x, y) * 3;
  return Array.from(canvas.palette().subarray(i, i + 3));
};
const solid = (width: number, height: number, left = 0, top = 0, alpha = 255) => ({
  left,
  top,
  width,
  height,
  alpha: new Uint8Array(width * height).fill(alpha),
});

test('colours are read from #rrggbb and nothing else', () => {
  expect(parseHex('#a3141d')).toEqual([163, 20, 29]);
  expect(() => parseHex('red')).toThrow(/expected a colour like #a3141d, got "red"/);
});

test('a new canvas is its background; fill paints a rectangle, cut at the edges', () => {
  const canvas = new IndexedCanvas(4, 3, '#ffffff');
  canvas.fill({ left: 2, top: -1, width: 5, height: 2 }, '#ff0000');
  expect(rgbAt(canvas, 0, 0)).toEqual([255, 255, 255]);
  expect(rgbAt(canvas, 2, 0)).toEqual([255, 0, 0]);
  expect(rgbAt(canvas, 3, 0)).toEqual([255, 0, 0]);
  expect(rgbAt(canvas, 3, 1)).toEqual([255, 255, 255]);
  expect(canvas.palette().length).toBe(6);
});

test('full coverage is the ink itself; none leaves the pixel alone; partial blends towards the ink', () => {
  const canvas = new IndexedCanvas(3, 1, '#ffffff');
  canvas.paint({ left: 0, top: 0, width: 3, height: 1, alpha: Uint8Array.from([255, 0, 128]) }, '#000000');
  expect(rgbAt(canvas, 0, 0)).toEqual([0, 0, 0]);
  expect(rgbAt(canvas, 1, 0)).toEqual([255, 255, 255]);
  // 128/255 coverage is level 16 of 31: 255 − 255 × 16/31 = 123.4
  expect(rgbAt(canvas, 2, 0)).toEqual([123, 123, 123]);
});

test('ink over ink edges composites like paint: a second half-cover darkens further', () => {
  const canvas = new IndexedCanvas(1, 1, '#ffffff');
  canvas.paint(solid(1, 1, 0, 0, 128), '#000000');
  const once = rgbAt(canvas, 0, 0)[0];
  canvas.paint(solid(1, 1, 0, 0, 128), '#000000');
  expect(rgbAt(canvas, 0, 0)[0]).toBeLessThan(once);
});

test('a mask hanging off the canvas paints only the part that is on it', () => {
  const canvas = new IndexedCanvas(2, 2, '#ffffff');
  canvas.paint(solid(3, 3, -2, -2), '#000000');
  expect(rgbAt(canvas, 0, 0)).toEqual([0, 0, 0]);
  expect(rgbAt(canvas, 1, 0)).toEqual([255, 255, 255]);
  expect(rgbAt(canvas, 0, 1)).toEqual([255, 255, 255]);
});

test('a partly covered edge hanging off the left side touches neither the row before nor its filter byte', () => {
  const canvas = new IndexedCanvas(3, 2, '#ffffff');
  // Column -1 of row 1 would be, in the buffer, the filter byte of row 1; a pixel further left, the end of row 0.
  canvas.paint({ left: -2, top: 1, width: 3, height: 1, alpha: Uint8Array.from([128, 128, 128]) }, '#000000');
  expect(Array.from(canvas.scanlines.subarray(0, 5))).toEqual([0, 0, 0, 0, 0]);
  expect(rgbAt(canvas, 0, 1)).toEqual([123, 123, 123]);
  expect(rgbAt(canvas, 1, 1)).toEqual([255, 255, 255]);
});

test('a canvas released twice is an error, not a buffer pooled twice', () => {
  const canvas = new IndexedCanvas(4, 4, '#ffffff');
  canvas.release();
  expect(() => canvas.release()).toThrow('this canvas was already released');
});

test('past 256 colours, the nearest existing colour stands in instead of overflowing the palette', () => {
  const canvas = new IndexedCanvas(300, 1, '#000000');
  for (let x = 0; x < 300; x++)
    canvas.fill({ left: x, top: 0, width: 1, height: 1 }, `#${x.toString(16).padStart(4, '0')}00`);
  expect(canvas.palette().length).toBe(256 * 3);
  expect(Math.max(...Array.from({ length: 300 }, (_, x) => canvas.at(x, 0)))).toBe(255);
  // #012b00 (x = 299) found no room; the nearest colour in the palette, #002b00 (x = 43), is used.
  expect(rgbAt(canvas, 299, 0)).toEqual([0, 43, 0]);
});

test('coverage is kept to 32 levels', () => {
  const canvas = new IndexedCanvas(256, 1, '#ffffff');
  canvas.paint(
    { left: 0, top: 0, width: 256, height: 1, alpha: Uint8Array.from({ length: 256 }, (_, a) => a) },
    '#000000',
  );
  expect(new Set(Array.from({ length: 256 }, (_, x) => canvas.at(x, 0))).size).toBe(COVERAGE_LEVELS);
});

test('each row starts with a zero byte, so the buffer is PNG image data as it stands', () => {
  const canvas = new IndexedCanvas(3, 2, '#102030');
  canvas.fill({ left: 0, top: 0, width: 3, height: 2 }, '#ffffff');
  expect(Array.from(canvas.scanlines)).toEqual([0, 1, 1, 1, 0, 1, 1, 1]);
});

test('a released canvas buffer is reused, painted afresh', () => {
  const first = new IndexedCanvas(5, 5, '#000000');
  first.fill({ left: 0, top: 0, width: 5, height: 5 }, '#ffffff');
  first.release();
  const second = new IndexedCanvas(5, 5, '#102030');
  expect(second.scanlines).toBe(first.scanlines);
  expect(rgbAt(second, 4, 4)).toEqual([16, 32, 48]);
  expect(second.palette().length).toBe(3);
});

test('toRgb spells the indices out; pasteRgb puts a picture in its box and refuses one that does not fit', () => {
  const canvas = new IndexedCanvas(3, 2, '#102030');
  const rgb = canvas.toRgb();
  expect(Array.from(rgb.subarray(0, 6))).toEqual([16, 32, 48, 16, 32, 48]);
  pasteRgb(rgb, 3, Uint8Array.from([1, 2, 3, 4, 5, 6]), { left: 1, top: 1, width: 2, height: 1 });
  expect(Array.from(rgb.subarray(9, 18))).toEqual([16, 32, 48, 1, 2, 3, 4, 5, 6]);
  expect(() => pasteRgb(rgb, 3, new Uint8Array(12), { left: 2, top: 0, width: 2, height: 2 })).toThrow(
    /overhangs the 3×2 image/,
  );
  expect(() => pasteRgb(rgb, 3, new Uint8Array(5), { left: 0, top: 0, width: 2, height: 1 })).toThrow(
    /5 bytes is not 2×1 RGB/,
  );
});
