/**
 * A paragraph of any script, shaped once: a font per grapheme along the fallback chain (../fonts/fallback.ts, which
 * leaves out and reports what no font can draw), the Unicode bidi levels (bidi-js), and runs of one font and one level
 * shaped by HarfBuzz with the whole paragraph as context, so Arabic letters join, Devanagari forms its conjuncts,
 * marks sit on their bases (GPOS) and brackets mirror in right-to-left runs. Advances are kept in ems, summed at each
 * UTF-16 index, so trying seven headline sizes costs seven sums, not seven shapings. Plain Node (the card worker).
 */
import bidiFactory from 'bidi-js';
import * as hb from 'harfbuzzjs';
import { assignFonts } from '../fonts/fallback.ts';
import type { FontFace, FontStore } from '../fonts/font-store.ts';
import { breakOpportunities, type Direction } from './lines.ts';

const bidi = bidiFactory();

/** One glyph, in ems: multiply by the font size for pixels. `cluster` is the UTF-16 index its text starts at. */
export type Glyph = { face: FontFace; gid: number; cluster: number; advance: number; dx: number; dy: number };
/** Text[start, end) in one font at one bidi level; its glyphs in visual order. */
export type Run = { start: number; end: number; level: number; glyphs: Glyph[] };

export type Paragraph = {
  /** What is drawn: NFC, undrawable characters left out. */
  text: string;
  rtl: boolean;
  runs: Run[];
  /** Where a line may start (lines.ts). */
  breaks: number[];
  /** Characters no font can draw, left out of `text`. */
  missing: string[];
  /** Width in ems of text[start, end), trailing white space left out. */
  width(start: number, end: number): number;
};

/**
 * Shapes `input` as one paragraph in `lang` at `weight`. `direction` is the base direction: the story's language's for
 * the headline and byline, 'auto' (the first strong character's) for labels such as the date.
 */
export function shapeParagraph(
  input: string,
  { lang, direction, weight }: { lang: string; direction: Direction | 'auto'; weight: number },
  store: FontStore,
): Paragraph {
  const { text, faces, missing } = assignFonts(input, weight, store);
  const { levels, paragraphs } = bidi.getEmbeddingLevels(text, direction === 'auto' ? undefined : direction);
  const rtl = (paragraphs[0]?.level ?? (direction === 'rtl' ? 1 : 0)) % 2 === 1;

  const runs: Run[] = [];
  for (let start = 0; start < text.length;) {
    let end = start + 1;
    while (end < text.length && faces[end] === faces[start] && levels[end] === levels[start]) end++;
    runs.push({ start, end, level: levels[start], glyphs: [] });
    start = end;
  }

  const advance = new Float64Array(text.length + 1);
  const buffer = new hb.Buffer();
  for (const run of runs) {
    const face = faces[run.start];
    buffer.reset();
    buffer.addText(text, run.start, run.end - run.start);
    buffer.setDirection(run.level % 2 ? hb.Direction.RTL : hb.Direction.LTR);
    buffer.setLanguage(lang);
    buffer.guessSegmentProperties();
    hb.shape(face.font, buffer);
    const positions = buffer.getGlyphPositions();
    run.glyphs = buffer.getGlyphInfos().map((info, i) => ({
      face,
      gid: info.codepoint,
      cluster: info.cluster,
      advance: positions[i].xAdvance / face.upem,
      dx: positions[i].xOffset / face.upem,
      dy: positions[i].yOffset / face.upem,
    }));
    // A cluster's whole advance sits at its first index.
    for (const g of run.glyphs) advance[g.cluster + 1] += g.advance;
  }
  const prefix = advance;
  for (let i = 1; i <= text.length; i++) prefix[i] += prefix[i - 1];

  return {
    text,
    rtl,
    runs,
    breaks: breakOpportunities(text, lang),
    missing,
    width(start, end) {
      while (end > start && /\s/.test(text[end - 1])) end--;
      return prefix[end] - prefix[start];
    },
  };
}
