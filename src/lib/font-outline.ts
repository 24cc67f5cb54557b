/**
 * Turns label text into SVG outlines with a font shipped in node_modules, so a map reads the same in a browser, in
 * sharp (which renders SVG <text> with whatever fonts the machine has, possibly none) and in a share image.
 *
 * Glyphs are laid out one by one with the font's kerning rather than through opentype.js's shaper: the shaper stops on
 * OpenType lookups it does not support (Source Sans 3 has some), and place names need no shaping beyond precomposed
 * accented letters.
 */
import fs from 'node:fs';
import opentype, { type Font, type Glyph } from 'opentype.js';

export type TextOutliner = {
  /** Advance width and the ascent/descent of the font's em box, in map units, at `size`. */
  measure(text: string, size: number): { width: number; ascent: number; descent: number };
  /** SVG path data for `text` with its baseline's left end at (x, y). */
  outline(text: string, x: number, y: number, size: number): string;
};

export function loadFont(file: string): Font {
  const bytes = fs.readFileSync(file);
  return opentype.parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

export function outliner(font: Font): TextOutliner {
  const glyphs = (text: string): Glyph[] => Array.from(text, (char) => font.charToGlyph(char));
  const advances = (text: string, size: number): number[] => {
    const scale = size / font.unitsPerEm;
    const list = glyphs(text);
    return list.map((glyph, i) => {
      const kern = i + 1 < list.length ? font.getKerningValue(glyph, list[i + 1]) : 0;
      return ((glyph.advanceWidth ?? 0) + kern) * scale;
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
      const widths = advances(text, size);
      let cursor = x;
      return glyphs(text)
        .map((glyph, i) => {
          const data = glyph.getPath(cursor, y, size).toPathData(1);
          cursor += widths[i];
          return data;
        })
        .join('');
    },
  };
}
