/**
 * A share card as palette indices, one byte a pixel. A card is a handful of flat
 * colours and the anti-aliased edges between them, so an indexed PNG holds it
 * exactly, in less than half the bytes of truecolour (docs/performance.md,
 * "Figures behind the code's comments"). Coverage is kept to 32 levels, finer than
 * the eye sees on a glyph's edge, which in practice keeps a card within PNG's
 * 256-entry palette; where glyph edges overlap, blends of blends can add more,
 * and the nearest-colour fallback below takes over.
 */

import { type Area, COVERAGE_LEVELS, FULL, type Mask, spansOf } from './mask-spans.ts';

export { type Area, COVERAGE_LEVELS, type Mask } from './mask-spans.ts';
export type Rgb = [number, number, number];

/** "#a3141d" → [163, 20, 29] */
export function parseHex(hex: string): Rgb {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`expected a colour like #a3141d, got "${hex}"`);
  return [parseInt(m[1], 16), parseInt(m[2], 16), parseInt(m[3], 16)];
}

const MAX_COLOURS = 256;

/**
 * Canvases are big (a 1200×1200 card is 1.4 MB) and a build draws thousands, so
 * their pixel buffers are kept for reuse when released rather than left to the
 * garbage collector: fresh allocations cost more than the painting.
 */
const pool = new Map<string, Uint8Array[]>();
const POOL_LIMIT = 8;

export class IndexedCanvas {
  /**
   * One palette index per pixel, each row preceded by a zero byte: PNG's
   * "no filter" marker, so the buffer is already the image data an indexed
   * PNG deflates.
   */
  readonly scanlines: Uint8Array;
  private readonly stride: number;
  private readonly colours: Rgb[] = [];
  private readonly byRgb = new Map<number, number>();
  /** Per ink: the index that ink at each level over each index gives, or -1 until first needed. */
  private readonly blends = new Map<number, Int16Array>();
  private released = false;

  readonly width: number;
  readonly height: number;

  // Fields are declared, not constructor parameter properties: the card worker runs this file with Node's type
  // stripping, which accepts only erasable TypeScript.
  constructor(width: number, height: number, background: string) {
    this.width = width;
    this.height = height;
    this.stride = width + 1;
    this.scanlines = pool.get(`${width}x${height}`)?.pop() ?? new Uint8Array(this.stride * height);
    this.fill({ left: 0, top: 0, width, height }, background);
  }

  /** Hands the pixel buffer back for another card; the canvas must not be used after. */
  release(): void {
    // Twice would pool one buffer twice, and two later cards would paint into the same pixels.
    if (this.released) throw new Error('this canvas was already released');
    this.released = true;
    const key = `${this.width}x${this.height}`;
    const free = pool.get(key) ?? [];
    if (free.length < POOL_LIMIT) free.push(this.scanlines);
    pool.set(key, free);
  }

  /** The palette index at (x, y). */
  at(x: number, y: number): number {
    return this.scanlines[y * this.stride + 1 + x];
  }

  /** The palette as PNG's PLTE chunk wants it: r, g, b per entry, in index order. */
  palette(): Uint8Array {
    return Uint8Array.from(this.colours.flat());
  }

  /**
   * The palette index of `rgb`, added if new. Should a card ever need more than
   * 256 colours (many overlapping glyph edges), the nearest existing colour
   * stands in: a barely visible change to one edge pixel, not a failed build.
   */
  private index([r, g, b]: Rgb): number {
    const key = (r << 16) | (g << 8) | b;
    const found = this.byRgb.get(key);
    if (found !== undefined) return found;
    if (this.colours.length < MAX_COLOURS) {
      this.colours.push([r, g, b]);
      this.byRgb.set(key, this.colours.length - 1);
      return this.colours.length - 1;
    }
    let best = 0;
    let bestDistance = Infinity;
    this.colours.forEach(([cr, cg, cb], i) => {
      const d = (cr - r) ** 2 + (cg - g) ** 2 + (cb - b) ** 2;
      if (d < bestDistance) [best, bestDistance] = [i, d];
    });
    return best;
  }

  private clip({ left, top, width, height }: Area): Area | undefined {
    const x0 = Math.max(0, left);
    const y0 = Math.max(0, top);
    const x1 = Math.min(this.width, left + width);
    const y1 = Math.min(this.height, top + height);
    return x1 > x0 && y1 > y0 ? { left: x0, top: y0, width: x1 - x0, height: y1 - y0 } : undefined;
  }

  fill(area: Area, colour: string): void {
    const box = this.clip(area);
    if (!box) return;
    const index = this.index(parseHex(colour));
    for (let y = box.top; y < box.top + box.height; y++) {
      const start = y * this.stride + 1 + box.left;
      this.scanlines.fill(index, start, start + box.width);
    }
  }

  /** Paints `colour` over what is there, in proportion to the mask's coverage. */
  paint(mask: Mask, colour: string): void {
    if (!this.clip(mask)) return;
    const inkRgb = parseHex(colour);
    const ink = this.index(inkRgb);
    let table = this.blends.get(ink);
    if (!table) this.blends.set(ink, (table = new Int16Array(MAX_COLOURS * COVERAGE_LEVELS).fill(-1)));
    const { scanlines, stride, width, height } = this;
    const { solid, edges } = spansOf(mask);
    for (let i = 0; i < solid.length; i += 3) {
      const y = mask.top + solid[i];
      if (y < 0 || y >= height) continue;
      const x0 = Math.max(0, mask.left + solid[i + 1]);
      const x1 = Math.min(width, mask.left + solid[i + 2]);
      if (x1 > x0) scanlines.fill(ink, y * stride + 1 + x0, y * stride + 1 + x1);
    }
    for (let i = 0; i < edges.length; i += 3) {
      const y = mask.top + edges[i];
      const x = mask.left + edges[i + 1];
      if (y < 0 || y >= height || x < 0 || x >= width) continue;
      const p = y * stride + 1 + x;
      const level = edges[i + 2];
      const k = scanlines[p] * COVERAGE_LEVELS + level;
      let blended = table[k];
      if (blended < 0) {
        const under = this.colours[scanlines[p]];
        blended = table[k] = this.index(under.map((u, c) => Math.round(u + ((inkRgb[c] - u) * level) / FULL)) as Rgb);
      }
      scanlines[p] = blended;
    }
  }

  /** The canvas as packed RGB, for cards that must also carry a photograph. */
  toRgb(): Uint8Array {
    const rgb = new Uint8Array(this.width * this.height * 3);
    const flat = this.palette();
    for (let y = 0, o = 0; y < this.height; y++) {
      for (let p = y * this.stride + 1, end = p + this.width; p < end; p++, o += 3) {
        const c = this.scanlines[p] * 3;
        rgb[o] = flat[c];
        rgb[o + 1] = flat[c + 1];
        rgb[o + 2] = flat[c + 2];
      }
    }
    return rgb;
  }
}

/** Copies packed RGB pixels (`area.width`×`area.height`) into a packed RGB image `imageWidth` wide. */
export function pasteRgb(image: Uint8Array, imageWidth: number, picture: Uint8Array, area: Area): void {
  if (picture.length !== area.width * area.height * 3)
    throw new Error(`paste: ${picture.length} bytes is not ${area.width}×${area.height} RGB`);
  const imageHeight = image.length / 3 / imageWidth;
  if (area.left < 0 || area.top < 0 || area.left + area.width > imageWidth || area.top + area.height > imageHeight) {
    throw new Error(
      `paste: ${area.width}×${area.height} at (${area.left}, ${area.top}) overhangs the ${imageWidth}×${imageHeight} image`,
    );
  }
  for (let y = 0; y < area.height; y++) {
    const from = y * area.width * 3;
    image.set(picture.subarray(from, from + area.width * 3), ((area.top + y) * imageWidth + area.left) * 3);
  }
}
