/**
 * Glyph masks for drawing text into a pixel buffer: each glyph is rasterised once per font file, glyph id, size and
 * quarter-pixel offset, then stamped wherever it recurs. HarfBuzz draws the outline by glyph id, and sharp's librsvg
 * rasterises it. The masks are held in an LRU bounded by bytes: a Chinese archive draws thousands of distinct glyphs
 * (docs/performance.md, "Share cards in every script"). Plain Node (the card worker).
 */
import sharp from 'sharp';
import type { FontFace } from '../fonts/font-store.ts';
import { spansOf } from './mask-spans.ts';

/** Coverage, 0–255, for a `width`×`height` box whose top-left sits at (left, top) on the page. */
export type GlyphMask = { alpha: Uint8Array; width: number; height: number; left: number; top: number };
/** A glyph to draw: its origin on the baseline at (x, y) px, `size` px to the em. */
export type GlyphRequest = { face: FontFace; gid: number; x: number; y: number; size: number };

/**
 * Horizontal positions are kept to a quarter pixel: advances are fractional, and whole-pixel snapping makes letter
 * spacing visibly uneven at headline sizes. Baselines are whole pixels in every layout we draw.
 */
export const SUBPIXEL_STEPS = 4;

/** Splits a position into the whole pixel and the sub-pixel step the mask is drawn at. */
export function snap(x: number, steps = SUBPIXEL_STEPS): { pixel: number; step: number } {
  let pixel = Math.floor(x);
  let step = Math.round((x - pixel) * steps);
  if (step === steps) {
    pixel += 1;
    step = 0;
  }
  return { pixel, step };
}

type Shape = { alpha: Uint8Array; width: number; height: number; dx: number; dy: number };
/** A glyph's pixel box with a pixel of margin all round, its origin `shift` px right of a pixel edge. */
type Cell = {
  face: FontFace;
  gid: number;
  size: number;
  shift: number;
  width: number;
  height: number;
  dx: number;
  dy: number;
};

const n = (v: number) => String(Math.round(v * 1000) / 1000);

/** The cell of a glyph; undefined for one with no ink (a space, a hidden joiner). */
function cellOf(face: FontFace, gid: number, size: number, shift: number): Cell | undefined {
  const e = face.font.glyphExtents(gid);
  if (!e || e.width === 0 || e.height === 0) return undefined;
  const k = size / face.upem;
  const left = shift + e.xBearing * k;
  const top = -e.yBearing * k; // y down from the baseline
  const dx = Math.floor(left) - 1;
  const dy = Math.floor(top) - 1;
  const width = Math.ceil(left + e.width * k) - dx + 1;
  const height = Math.ceil(top - e.height * k) - dy + 1; // HarfBuzz's height is negative: y grows upwards
  return { face, gid, size, shift, width, height, dx, dy };
}

/** The outline as SVG path data in the cell's own pixels. */
function outline({ face, gid, size, shift, dx, dy }: Cell): string {
  const k = size / face.upem;
  return face.font
    .glyphToJson(gid)
    .map(({ type, values }) => {
      const points: string[] = [];
      for (let i = 0; i < values.length; i += 2)
        points.push(`${n(shift - dx + values[i] * k)} ${n(-dy - values[i + 1] * k)}`);
      return type + points.join(' ');
    })
    .join('');
}

/**
 * Rasterises one glyph alone, in an SVG the size of its cell. Alone, not beside the card's other new glyphs in one
 * larger SVG: that was 2–3 times cheaper a glyph, but a few glyphs in a hundred came out a level or two different
 * from the same glyph drawn alone, so a card's bytes depended on the cards drawn before it.
 */
async function rasterise(c: Cell): Promise<Shape> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${c.width}" height="${c.height}"><path d="${outline(c)}"/></svg>`;
  const alpha = await sharp(Buffer.from(svg)).extractChannel('alpha').raw().toBuffer();
  return {
    alpha: new Uint8Array(alpha.buffer, alpha.byteOffset, alpha.length),
    width: c.width,
    height: c.height,
    dx: c.dx,
    dy: c.dy,
  };
}

export type AtlasStats = { drawn: number; evicted: number; bytes: number };
export type GlyphAtlas = {
  /** Masks for glyphs at their places, in order; undefined where a glyph has no ink. */
  masks(glyphs: GlyphRequest[]): Promise<(GlyphMask | undefined)[]>;
  stats: AtlasStats;
};

/**
 * An atlas holding at most about `maxBytes` of masks and their compiled spans (mask-spans.ts): 32 MB is some 8,000
 * glyphs at headline sizes, more than a Latin or Cyrillic archive ever draws.
 */
export function glyphAtlas({ maxBytes = 32 << 20 } = {}): GlyphAtlas {
  const held = new Map<string, { shape: Promise<Shape | undefined>; bytes: number }>(); // oldest first
  const stats: AtlasStats = { drawn: 0, evicted: 0, bytes: 0 };
  const keep = (key: string, shape: Shape | undefined) => {
    const entry = held.get(key);
    if (!entry) return;
    const spans = shape && spansOf({ ...shape, left: 0, top: 0 });
    entry.bytes = 64 + (shape ? shape.alpha.byteLength + spans!.solid.byteLength + spans!.edges.byteLength : 0);
    stats.bytes += entry.bytes;
    for (const [old, { bytes }] of held) {
      if (stats.bytes <= maxBytes) break;
      if (bytes === 0) continue; // still being drawn
      held.delete(old);
      stats.bytes -= bytes;
      stats.evicted += 1;
    }
  };
  return {
    stats,
    async masks(glyphs) {
      const todo = new Map<string, Cell>();
      const blank: string[] = [];
      const keys = glyphs.map(({ face, gid, size, x }) => {
        const key = `${face.key}\u0000${gid}\u0000${size}\u0000${snap(x).step}`;
        const entry = held.get(key);
        held.delete(key); // most recently used last
        if (entry) held.set(key, entry);
        else {
          const cell = cellOf(face, gid, size, snap(x).step / SUBPIXEL_STEPS);
          held.set(key, { shape: Promise.resolve(undefined), bytes: 0 });
          if (cell) todo.set(key, cell);
          else blank.push(key);
        }
        return key;
      });
      // The glyphs not held yet are drawn side by side: sharp renders them on libvips's threads.
      for (const [key, cell] of todo) {
        const shape = rasterise(cell);
        held.get(key)!.shape = shape;
        void shape.then((s) => keep(key, s));
      }
      stats.drawn += todo.size;
      // Every shape is taken before anything is evicted, so an eviction cannot lose one this card needs.
      const shapes = keys.map((key) => held.get(key)!.shape);
      for (const key of blank) keep(key, undefined);
      const found = await Promise.all(shapes);
      return found.map((s, i) => {
        if (!s) return undefined;
        const { pixel } = snap(glyphs[i].x);
        return {
          alpha: s.alpha,
          width: s.width,
          height: s.height,
          left: pixel + s.dx,
          top: Math.round(glyphs[i].y) + s.dy,
        };
      });
    },
  };
}
