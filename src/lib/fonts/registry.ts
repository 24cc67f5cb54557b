/**
 * Which fonts the share cards draw with: @fontsource packages in fallback order, each split by Google into subsets
 * by unicode-range (Chinese into about a hundred numbered slices). The ranges come from each package's
 * `unicode.json`, the same ranges its CSS files give as unicode-range, so no CSS is parsed. A range only says which
 * file to open: the file's own cmap decides what it can draw (font-store.ts), since every slice also carries the
 * space and its cmap is often wider than its range.
 *
 * No fonts are opened here, so the main thread can name the packages in the cards' content address without loading
 * HarfBuzz. Plain Node: the card workers and the content check load it directly.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * The fallback chain, first match wins, per character. The house serif first (its subsets cover Latin, Cyrillic,
 * Greek and Vietnamese), then Noto Serif for what it lacks (polytonic Greek, more Cyrillic), then one serif family per
 * script, so that every script keeps the card's serif voice: Naskh for Arabic and Persian, Devanagari for Hindi,
 * Simplified Chinese (Noto Serif SC, not the 12 MB smaller Noto Sans SC: the Song style matches the serif headline).
 */
export const CARD_FONT_CHAIN = [
  'source-serif-4',
  'noto-serif',
  'noto-naskh-arabic',
  'noto-serif-devanagari',
  'noto-serif-sc',
] as const;

/** The libraries besides the fonts whose version decides a card's pixels: the shaper and the bidi algorithm. */
export const TEXT_LIBRARIES = ['harfbuzzjs', 'bidi-js'] as const;

export type Range = [number, number];
export type Subset = { name: string; ranges: Range[] };
export type Family = { id: string; dir: string; version: string; weights: number[]; subsets: Subset[] };

/**
 * Resolved from the project, not this module: the site build runs a bundled copy of the card's caller from its
 * output directory, and the workers and the content check run from the project root, as every build does.
 */
const projectRequire = () => createRequire(path.join(process.cwd(), 'package.json'));

/** "U+0000-00FF,U+0131" → [[0, 255], [305, 305]] */
export function parseRanges(css: string): Range[] {
  return css.split(',').map((range) => {
    const [from, to] = range.trim().replace(/^U\+/i, '').split('-');
    return [Number.parseInt(from, 16), Number.parseInt(to ?? from, 16)];
  });
}

/**
 * The installed version of an npm package, as its package.json says. Found from its entry point upwards, since a
 * package's `exports` may not let its package.json be resolved (harfbuzzjs's does not).
 */
export function packageVersion(name: string): string {
  for (let dir = path.dirname(projectRequire().resolve(name)); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (!fs.existsSync(file)) continue;
    const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: string; version: string };
    if (manifest.name === name) return manifest.version;
  }
  throw new Error(`no package.json found for ${name}`);
}

const families = new Map<string, Family>();

/** A family's weights and subsets, read once per process from its package's metadata.json and unicode.json. */
export function family(id: string): Family {
  let found = families.get(id);
  if (!found) {
    const manifest = projectRequire().resolve(`@fontsource/${id}/package.json`);
    const dir = path.dirname(manifest);
    const read = <T>(file: string) => JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as T;
    const unicode = read<Record<string, string>>('unicode.json');
    const subsets = Object.entries(unicode).map(([name, css]) => ({
      // Chinese slices are keyed "[119]"; their files are named "…-119-700-normal.woff".
      name: name.replace(/[[\]]/g, ''),
      ranges: parseRanges(css),
    }));
    // Latin first, then Latin Extended: the files most text needs, so a shared character (a combining accent is in
    // both the Latin and Vietnamese ranges) opens a file already open.
    const rank = (s: Subset) => ['latin', 'latin-ext'].indexOf(s.name) >>> 0;
    subsets.sort((a, b) => rank(a) - rank(b));
    found = {
      id,
      dir,
      version: read<{ version: string }>('package.json').version,
      weights: read<{ weights: number[] }>('metadata.json').weights,
      subsets,
    };
    families.set(id, found);
  }
  return found;
}

/** The weight a family has closest to `weight` (Naskh stops at 700, so a label in 800 gets 700). */
export function nearestWeight(weights: number[], weight: number): number {
  return weights.reduce((best, w) => (Math.abs(w - weight) < Math.abs(best - weight) ? w : best));
}

/** The subsets of `fam` whose unicode-range holds `codePoint`, in the family's order. */
export function subsetsFor(fam: Family, codePoint: number): Subset[] {
  return fam.subsets.filter((s) => s.ranges.some(([from, to]) => codePoint >= from && codePoint <= to));
}

/** The WOFF file of one subset at one weight (upright). */
export function fontFile(fam: Family, subset: string, weight: number): string {
  return path.join(fam.dir, 'files', `${fam.id}-${subset}-${nearestWeight(fam.weights, weight)}-normal.woff`);
}

/**
 * `name@version` of every package a card's text depends on: the font families and the text libraries. A card's
 * content address hashes these rather than the font files, which are some 5,000 (render.ts).
 */
export function cardTextPackages(): string[] {
  return [...CARD_FONT_CHAIN.map((id) => `@fontsource/${id}`), ...TEXT_LIBRARIES].map(
    (name) => `${name}@${packageVersion(name)}`,
  );
}
