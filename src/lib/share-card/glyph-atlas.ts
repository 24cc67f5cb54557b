/**
 * Glyph masks for drawing text into a pixel buffer: each glyph is rasterised
 * once per font, size and quarter-pixel offset, then stamped wherever it
 * recurs. A build of thousands of share images draws a few hundred distinct
 * masks, instead of rasterising every headline's outlines afresh (docs/performance.md,
 * "Figures behind the code's comments", has the before and after).
 */
import type { Glyph } from 'opentype.js';
import sharp from 'sharp';
import type { PlacedGlyph } from '../fonts/outline.ts';
import { pathData } from '../fonts/outline.ts';

/** Coverage, 0–255, for a `width`×`height` box whose top-left sits at (left, top) on the page. */
export type GlyphMask = { alpha: Uint8Array; width: number; height: number; left: number; top: number };

/**
 * Horizontal positions are kept to a quarter pixel: kerned advances are
 * fractional, and whole-pixel snapping makes letter spacing visibly uneven at
 * headline sizes. Baselines are whole pixels in every layout we draw.
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

/** Rasterises one glyph, its origin offset by `shift` px, to an alpha mask with a pixel of margin all round. */
async function rasterise(glyph: Glyph, size: number, shift: number): Promise<Shape | undefined> {
  const box = glyph.getPath(shift, 0, size).getBoundingBox();
  if (!(box.x2 > box.x1 && box.y2 > box.y1)) return undefined; // a space: nothing to draw
  const dx = Math.floor(box.x1) - 1;
  const dy = Math.floor(box.y1) - 1;
  const width = Math.ceil(box.x2) - dx + 1;
  const height = Math.ceil(box.y2) - dy + 1;
  const d = pathData(glyph.getPath(shift - dx, -dy, size).commands, 3);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><path d="${d}"/></svg>`;
  const alpha = await sharp(Buffer.from(svg)).extractChannel('alpha').raw().toBuffer();
  return { alpha: new Uint8Array(alpha.buffer, alpha.byteOffset, alpha.length), width, height, dx, dy };
}

export type GlyphAtlas = { masks(font: string, glyphs: PlacedGlyph[], size: number): Promise<GlyphMask[]> };

/** An atlas that keeps every mask it draws; `font` names the typeface, as glyph indices are only unique within one. */
export function glyphAtlas(): GlyphAtlas {
  const shapes = new Map<string, Promise<Shape | undefined>>();
  return {
    async masks(font, glyphs, size) {
      const placed = await Promise.all(
        glyphs.map(async ({ glyph, x, y }) => {
          const { pixel, step } = snap(x);
          const key = `${font}\u0000${glyph.index}\u0000${size}\u0000${step}`;
          let shape = shapes.get(key);
          if (!shape) {
            shape = rasterise(glyph, size, step / SUBPIXEL_STEPS);
            shapes.set(key, shape);
          }
          const s = await shape;
          return (
            s && { alpha: s.alpha, width: s.width, height: s.height, left: pixel + s.dx, top: Math.round(y) + s.dy }
          );
        }),
      );
      return placed.filter((m): m is GlyphMask => m !== undefined);
    },
  };
}
