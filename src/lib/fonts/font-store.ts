/**
 * The share cards' fonts, opened on demand: a file is read when a card needs a character in its unicode-range
 * (registry.ts), inflated from WOFF (woff.ts), handed to HarfBuzz, and held in a bounded LRU. Which characters a file
 * can draw is its own cmap's answer, so a range is only a hint of which file to open. Plain Node (the card workers
 * and the content check load it).
 */
import fs from 'node:fs';
import * as hb from 'harfbuzzjs';
import { CARD_FONT_CHAIN, type Family, family, fontFile, nearestWeight, subsetsFor } from './registry.ts';
import { isIgnorable } from './unicode.ts';
import { woffToSfnt } from './woff.ts';

/** One open font file at one weight. */
export type FontFace = {
  /** "noto-serif-sc/119/700": one per file, so glyph ids (which are per file) can be keyed by it. */
  key: string;
  font: hb.Font;
  /** Font units per em: HarfBuzz's positions and outlines are in these. */
  upem: number;
  /** Every code point the file's cmap maps. */
  cmap: Set<number>;
};

export type FontStoreStats = { loads: number; evictions: number; loadMs: number; open: number };

/** A code point's place along the chain, as names rather than an open font, so the font can still be evicted. */
type Located = { fam: Family; subset: string } | null;

export type FontStore = {
  /** The first file along the chain that maps every code point of a grapheme (ignorables aside), or undefined. */
  forCluster(codePoints: number[], weight: number): FontFace | undefined;
  /** A file of `face`'s own family that maps every code point (ignorables aside), or undefined. */
  inFamilyOf(face: FontFace, codePoints: number[], weight: number): FontFace | undefined;
  /** Whether `face` maps every one of `codePoints` (ignorables aside). */
  covers(face: FontFace, codePoints: number[]): boolean;
  stats: FontStoreStats;
};

/**
 * A bounded set of open fonts. `maxFiles` caps the files held (a card rarely needs more than six, a Chinese one up
 * to twenty); `maxLocated` caps the memo of where each code point is, without which scanning a hundred Chinese
 * slices' ranges for each character cost more than shaping (docs/performance.md, "Share cards in every script").
 */
export function fontStore({ maxFiles = 48, maxLocated = 65_536, chain = [...CARD_FONT_CHAIN] } = {}): FontStore {
  const open = new Map<string, FontFace | null>(); // oldest first; null: no such file
  const located = new Map<number, Located>();
  const stats: FontStoreStats = { loads: 0, evictions: 0, loadMs: 0, open: 0 };

  function load(fam: Family, subset: string, weight: number): FontFace | null {
    const key = `${fam.id}/${subset}/${nearestWeight(fam.weights, weight)}`;
    const held = open.get(key);
    if (held !== undefined) {
      open.delete(key);
      open.set(key, held);
      return held;
    }
    const started = performance.now();
    const file = fontFile(fam, subset, weight);
    let face: FontFace | null = null;
    if (fs.existsSync(file)) {
      const hbFace = new hb.Face(new hb.Blob(woffToSfnt(fs.readFileSync(file))));
      face = { key, font: new hb.Font(hbFace), upem: hbFace.upem, cmap: new Set(hbFace.collectUnicodes()) };
      stats.loads += 1;
    }
    stats.loadMs += performance.now() - started;
    open.set(key, face);
    // harfbuzzjs frees a font's WebAssembly memory once its objects are collected (a FinalizationRegistry).
    for (const oldest of open.keys()) {
      if (open.size <= maxFiles) break;
      open.delete(oldest);
      stats.evictions += 1;
    }
    stats.open = open.size;
    return face;
  }

  const covers = (face: FontFace, codePoints: number[]) => codePoints.every((c) => face.cmap.has(c) || isIgnorable(c));

  function locate(codePoint: number, weight: number): Located {
    const memoKey = weight * 0x110000 + codePoint;
    let found = located.get(memoKey);
    if (found !== undefined) return found;
    found = null;
    search: for (const id of chain) {
      const fam = family(id);
      for (const { name } of subsetsFor(fam, codePoint)) {
        if (load(fam, name, weight)?.cmap.has(codePoint)) {
          found = { fam, subset: name };
          break search;
        }
      }
    }
    if (located.size >= maxLocated) located.clear();
    located.set(memoKey, found);
    return found;
  }

  /** The first file of `fam` that maps every code point, found through the first one's ranges. */
  function inFamily(fam: Family, codePoints: number[], weight: number): FontFace | undefined {
    for (const { name } of subsetsFor(fam, codePoints[0])) {
      const face = load(fam, name, weight);
      if (face && covers(face, codePoints)) return face;
    }
    return undefined;
  }

  function forCluster(codePoints: number[], weight: number): FontFace | undefined {
    if (codePoints.length === 1) {
      const at = locate(codePoints[0], weight);
      return (at && load(at.fam, at.subset, weight)) ?? undefined;
    }
    // A base with its marks: the first file along the chain that has them all.
    for (const id of chain) {
      const face = inFamily(family(id), codePoints, weight);
      if (face) return face;
    }
    return undefined;
  }

  const inFamilyOf = (face: FontFace, codePoints: number[], weight: number) =>
    inFamily(family(face.key.slice(0, face.key.indexOf('/'))), codePoints, weight);

  return { forCluster, inFamilyOf, covers, stats };
}

let shared: FontStore | undefined;
/** The store of this thread: the card worker's drawing and the content check's coverage share its open files. */
export function sharedFontStore(): FontStore {
  shared ??= fontStore();
  return shared;
}
