/**
 * Glyph masks compiled to runs for the indexed canvas: fully covered spans and partly covered pixels at one of 32
 * coverage levels. Glyph masks recur on every card, so each is compiled once and painting touches only inked pixels.
 * Plain Node (loaded by the share-card workers).
 */

export type Area = { left: number; top: number; width: number; height: number };
export type Mask = Area & { alpha: Uint8Array };

export const COVERAGE_LEVELS = 32;
/** The level of a fully covered pixel. */
export const FULL = COVERAGE_LEVELS - 1;
/** Mask alpha (0–255) → coverage level (0–31). */
const LEVEL = Uint8Array.from({ length: 256 }, (_, a) => Math.round((a * FULL) / 255));

/** A mask as runs: fully covered spans (y, x0, x1) and partly covered pixels (y, x, level), in mask coordinates. */
export type Spans = { solid: Int32Array; edges: Int32Array };
const compiled = new WeakMap<Uint8Array, Spans>();

export function spansOf(mask: Mask): Spans {
  let spans = compiled.get(mask.alpha);
  if (!spans) {
    const solid: number[] = [];
    const edges: number[] = [];
    for (let y = 0; y < mask.height; y++) {
      for (let x = 0; x < mask.width; x++) {
        const level = LEVEL[mask.alpha[y * mask.width + x]];
        if (level === FULL) {
          const x0 = x;
          while (x + 1 < mask.width && LEVEL[mask.alpha[y * mask.width + x + 1]] === FULL) x++;
          solid.push(y, x0, x + 1);
        } else if (level > 0) {
          edges.push(y, x, level);
        }
      }
    }
    spans = { solid: Int32Array.from(solid), edges: Int32Array.from(edges) };
    compiled.set(mask.alpha, spans);
  }
  return spans;
}
