/**
 * Turns text into SVG outlines with a font shipped in node_modules, for the locator maps' labels (place names in the
 * Latin script; the share cards shape text of any script with HarfBuzz: share-card/shape.ts).
 * A rasteriser (sharp) sets SVG <text> in whatever fonts the machine has, possibly none; outlines look the same
 * everywhere.
 *
 * Glyphs are laid out one by one with the font's kerning rather than through opentype.js's shaper: the shaper stops on
 * OpenType lookups it does not support (Source Sans 3 has some), and place names need no shaping beyond precomposed
 * accented letters. The path data is written here, not by opentype.js: its toPathData emits "NaN" for some
 * coordinates (a tiny fraction printed in exponent notation), and librsvg then drops the rest of the path.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import opentype, { type Font, type Glyph, type PathCommand } from 'opentype.js';

export type LoadedFont = { font: Font; bytes: Uint8Array };

const fonts = new Map<string, LoadedFont>();

/**
 * A font file from an npm package, e.g. '@fontsource/source-sans-3/files/source-sans-3-latin-600-normal.woff'.
 * Resolved from the project, not this module: the site build runs a bundled copy of it from the output directory.
 */
export function loadFont(packageFile: string): LoadedFont {
  let loaded = fonts.get(packageFile);
  if (!loaded) {
    const require = createRequire(path.join(process.cwd(), 'package.json'));
    const bytes = fs.readFileSync(require.resolve(packageFile));
    const font = opentype.parse(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
    loaded = { font, bytes };
    fonts.set(packageFile, loaded);
  }
  return loaded;
}

/** A coordinate rounded to `places` decimals, as SVG reads it; a non-finite one is a bug upstream, never output. */
export function svgNumber(value: number, places: number): string {
  if (!Number.isFinite(value)) throw new Error(`non-finite coordinate (${value})`);
  const factor = 10 ** places;
  return String(Math.round(value * factor) / factor);
}

/**
 * SVG path data from glyph outline commands, coordinates rounded to `places` decimals. Fonts' outlines repeat a point
 * as a line of no length after many curves; those lines draw nothing and are left out.
 */
function pathData(commands: PathCommand[], places: number): string {
  const n = (v: number) => svgNumber(v, places);
  return commands
    .map((c, i) => {
      const previous = commands[i - 1];
      if (c.type === 'L' && previous && previous.type !== 'Z' && previous.x === c.x && previous.y === c.y) return '';
      if (c.type === 'Z') return 'Z';
      if (c.type === 'Q') return `Q${n(c.x1)} ${n(c.y1)} ${n(c.x)} ${n(c.y)}`;
      if (c.type === 'C') return `C${n(c.x1)} ${n(c.y1)} ${n(c.x2)} ${n(c.y2)} ${n(c.x)} ${n(c.y)}`;
      return `${c.type}${n(c.x)} ${n(c.y)}`;
    })
    .join('');
}

export type TextOutliner = {
  /** Advance width and the ascent/descent of the font's em box, in drawing units, at `size`. */
  measure(text: string, size: number): { width: number; ascent: number; descent: number };
  /** SVG path data for `text` with its baseline's left end at (x, y). Throws on a character the font cannot draw. */
  outline(text: string, x: number, y: number, size: number): string;
};

type PlacedGlyph = { glyph: Glyph; x: number; y: number };

/** An outliner for `font`, writing coordinates to `places` decimals; `name` says which font an error is about. */
export function outliner(font: Font, { name, places }: { name: string; places: number }): TextOutliner {
  const glyphs = (text: string): Glyph[] => Array.from(text, (char) => font.charToGlyph(char));
  const advances = (text: string, size: number): number[] => {
    const scale = size / font.unitsPerEm;
    const list = glyphs(text);
    return list.map((glyph, i) => {
      const kern = i + 1 < list.length ? font.getKerningValue(glyph, list[i + 1]) : 0;
      return ((glyph.advanceWidth ?? 0) + kern) * scale;
    });
  };
  const assertDrawable = (text: string) => {
    for (const char of text) {
      if (/\s/.test(char) || font.charToGlyphIndex(char) !== 0) continue;
      const code = char.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0');
      throw new Error(`the ${name} font has no glyph for "${char}" (U+${code}) in "${text}"`);
    }
  };
  const place = (text: string, x: number, y: number, size: number): PlacedGlyph[] => {
    assertDrawable(text);
    const widths = advances(text, size);
    let cursor = x;
    return glyphs(text).map((glyph, i) => {
      const placed = { glyph, x: cursor, y };
      cursor += widths[i];
      return placed;
    });
  };
  return {
    measure(text, size) {
      const scale = size / font.unitsPerEm;
      return {
        width: advances(text, size).reduce((sum, a) => sum + a, 0),
        ascent: font.ascender * scale,
        descent: -font.descender * scale,
      };
    },
    outline(text, x, y, size) {
      return place(text, x, y, size)
        .map((p) => pathData(p.glyph.getPath(p.x, p.y, size).commands, places))
        .join('');
    },
  };
}
