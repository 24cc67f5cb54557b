/**
 * Characters as code points, for the font fallback and for messages that must name a character the reader may not
 * see. No fonts: the main thread may load it without HarfBuzz. Plain Node.
 */

/** "Zoë" → [90, 111, 235] */
export const codePoints = (s: string): number[] => Array.from(s, (c) => c.codePointAt(0)!);

/** "🌧️" → "U+1F327 U+FE0F" */
export const codePointNames = (s: string): string =>
  codePoints(s)
    .map((c) => `U+${c.toString(16).toUpperCase().padStart(4, '0')}`)
    .join(' ');

const IGNORABLE = /^\p{Default_Ignorable_Code_Point}$/u;
/**
 * Default-ignorable code points (zero-width joiners, variation selectors, bidi controls, the soft hyphen): no font
 * needs to map them, and HarfBuzz hides them itself.
 */
export const isIgnorable = (codePoint: number): boolean => IGNORABLE.test(String.fromCodePoint(codePoint));
