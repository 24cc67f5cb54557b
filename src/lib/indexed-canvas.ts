/**
 * A share card as palette indices, one byte a pixel. A card is a handful of flat
 * colours and the anti-aliased edges between them, so an indexed PNG holds it
 * exactly, in half the bytes of truecolour and a third of the encoding time
 * (bench/README.md). Coverage is kept to 32 levels, finer than the eye sees on
 * a glyph's edge, which keeps every card within PNG's 256-entry palette.
 */

export type Rgb = [number, number, number];
export type Area = { left: number; top: number; width: number; height: number };
export type Mask = Area & { alpha: Uint8Array };

/** "#a3141d" → [163, 20, 29] */
export function parseHex(hex: string): Rgb {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`expected a colour like #a3141d, got "${hex}"`);
  return [parseInt(m[1], 16), parseInt(m[2], 16), parseInt(m[3], 16)];
}

export const COVERAGE_LEVELS = 32;
const TOP = COVERAGE_LEVELS - 1;
/** Mask alpha (0–255) → coverage level (0–31). */
const LEVEL = Uint8Array.from({ length: 256 }, (_, a) => Math.round((a * TOP) / 255));
const MAX_COLOURS = 256;

export class IndexedCanvas {
  /** One palette index per pixel, row after row. */
  readonly pixels: Uint8Array;
  private readonly colours: Rgb[] = [];
  private readonly byRgb = new Map<number, number>();
  /** Per ink: the index that ink at each level over each index gives, or -1 until first needed. */
  private readonly blends = new Map<number, Int16Array>();

  constructor(readonly width: number, readonly height: number, background: string) {
    this.pixels = new Uint8Array(width * height).fill(this.index(parseHex(background)));
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
      const start = y * this.width + box.left;
      this.pixels.fill(index, start, start + box.width);
    }
  }

  /** Paints `colour` over what is there, in proportion to the mask's coverage. */
  paint(mask: Mask, colour: string): void {
    const box = this.clip(mask);
    if (!box) return;
    const inkRgb = parseHex(colour);
    const ink = this.index(inkRgb);
    let table = this.blends.get(ink);
    if (!table) this.blends.set(ink, (table = new Int16Array(MAX_COLOURS * COVERAGE_LEVELS).fill(-1)));
    const { pixels, width } = this;
    for (let y = box.top; y < box.top + box.height; y++) {
      let m = (y - mask.top) * mask.width + (box.left - mask.left);
      let p = y * width + box.left;
      for (let x = 0; x < box.width; x++, m++, p++) {
        const level = LEVEL[mask.alpha[m]];
        if (level === 0) continue;
        if (level === TOP) {
          pixels[p] = ink;
          continue;
        }
        const k = pixels[p] * COVERAGE_LEVELS + level;
        let blended = table[k];
        if (blended < 0) {
          const under = this.colours[pixels[p]];
          blended = table[k] = this.index(under.map((u, c) => Math.round(u + ((inkRgb[c] - u) * level) / TOP)) as Rgb);
        }
        pixels[p] = blended;
      }
    }
  }

  /** The canvas as packed RGB, for cards that must also carry a photograph. */
  toRgb(): Uint8Array {
    const rgb = new Uint8Array(this.pixels.length * 3);
    const flat = this.palette();
    for (let i = 0, o = 0; i < this.pixels.length; i++, o += 3) {
      const c = this.pixels[i] * 3;
      rgb[o] = flat[c];
      rgb[o + 1] = flat[c + 1];
      rgb[o + 2] = flat[c + 2];
    }
    return rgb;
  }
}

/** Copies packed RGB pixels (`area.width`×`area.height`) into a packed RGB image `imageWidth` wide. */
export function pasteRgb(image: Uint8Array, imageWidth: number, picture: Uint8Array, area: Area): void {
  if (picture.length !== area.width * area.height * 3) throw new Error(`paste: ${picture.length} bytes is not ${area.width}×${area.height} RGB`);
  const imageHeight = image.length / 3 / imageWidth;
  if (area.left < 0 || area.top < 0 || area.left + area.width > imageWidth || area.top + area.height > imageHeight) {
    throw new Error(`paste: ${area.width}×${area.height} at (${area.left}, ${area.top}) overhangs the ${imageWidth}×${imageHeight} image`);
  }
  for (let y = 0; y < area.height; y++) {
    const from = y * area.width * 3;
    image.set(picture.subarray(from, from + area.width * 3), ((area.top + y) * imageWidth + area.left) * 3);
  }
}
