/**
 * What the Hugo reference site needs to draw Gazette's share cards that a Hugo
 * template cannot make itself: the fonts as TTF (Go reads no WOFF), each font's
 * advance widths (templates cannot measure text, but can add up a table), and
 * a blank card per format (Hugo 0.111 cannot create an image from nothing).
 * The drawing itself is Hugo's: bench/hugo/layouts/partials/share/.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import opentype from 'opentype.js';
import sharp from 'sharp';
import { FONT_WEIGHTS, type FontRole } from '../../src/lib/share-card/fit.ts';
import { PALETTE, SHARE_FORMATS } from '../../src/lib/share-card/layout.ts';
import { woffToSfnt } from '../../src/lib/fonts/woff.ts';

/** The house serif's Latin file in a role's weight: what Gazette draws the benchmark's English cards with. */
const latinFile = (role: FontRole) =>
  `@fontsource/source-serif-4/files/source-serif-4-latin-${FONT_WEIGHTS[role]}-normal.woff`;
/** Gazette's card fonts, by the role names the templates use (Go templates cannot read "label-bold"). */
const FONTS = { headline: latinFile('headline'), label: latinFile('label'), labelBold: latinFile('label-bold') };

export type FontMetrics = { ascent: number; advance: Record<string, number> };

/**
 * Ascent and every mapped character's advance, in ems. No kerning pairs: the
 * measure Gazette wraps by (opentype.js) finds none in this font, so unkerned
 * widths break lines where Gazette does. Go kerns when it draws (GPOS pairs),
 * so Hugo's lines come out a little tighter than Gazette's.
 */
export function fontMetrics(font: Uint8Array): FontMetrics {
  const parsed = opentype.parse(font.buffer.slice(font.byteOffset, font.byteOffset + font.byteLength) as ArrayBuffer);
  const em = parsed.unitsPerEm;
  const advance: Record<string, number> = {};
  // Every character of the Basic Multilingual Plane the font has a glyph for: more than a headline needs, still small.
  for (let code = 0x20; code <= 0xffff; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue; // surrogates are halves of characters, not characters
    const char = String.fromCharCode(code);
    if (parsed.charToGlyphIndex(char) !== 0)
      advance[char] = Number(((parsed.charToGlyph(char).advanceWidth ?? 0) / em).toFixed(4));
  }
  return { ascent: parsed.ascender / em, advance };
}

export async function writeHugoShareAssets(siteDir: string): Promise<void> {
  const assets = path.join(siteDir, 'assets/share');
  fs.mkdirSync(assets, { recursive: true });
  fs.mkdirSync(path.join(siteDir, 'data'), { recursive: true });
  const require = createRequire(import.meta.url);
  const fonts: Record<string, FontMetrics> = {};
  for (const [role, file] of Object.entries(FONTS)) {
    const ttf = woffToSfnt(fs.readFileSync(require.resolve(file)));
    fs.writeFileSync(path.join(assets, `${role}.ttf`), ttf);
    fonts[role] = fontMetrics(ttf);
  }
  fs.writeFileSync(
    path.join(siteDir, 'data/share.json'),
    JSON.stringify({ formats: SHARE_FORMATS, palette: PALETTE, fonts }),
  );

  // Paper with the accent stripe, 1% of the width as in share-image-layout.ts; the stamp is a swatch Hugo resizes.
  for (const [format, { width, height }] of Object.entries(SHARE_FORMATS)) {
    const stripe = {
      input: { create: { width, height: Math.round(width * 0.01), channels: 3, background: PALETTE.accent } },
      left: 0,
      top: 0,
    } as const;
    await sharp({ create: { width, height, channels: 3, background: PALETTE.paper } })
      .composite([stripe])
      .png()
      .toFile(path.join(assets, `bg-${format}.png`));
  }
  await sharp({ create: { width: 8, height: 8, channels: 3, background: PALETTE.stamp } })
    .png()
    .toFile(path.join(assets, 'stamp.png'));
}
