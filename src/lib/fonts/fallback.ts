/**
 * Which font draws each character of a text, along the fallback chain (registry.ts), and which characters none can:
 * the one answer the share cards (share-card/shape.ts) and the content check (`undrawableCharacters`) share, so the
 * check warns about exactly what a card leaves out. Plain Node.
 */
import { type FontFace, type FontStore, sharedFontStore } from './font-store.ts';
import { codePoints, isIgnorable } from './unicode.ts';

export type AssignedText = {
  /** The text as it will be drawn: NFC, with what no font can draw left out and the spaces around it made one. */
  text: string;
  /** The font of each UTF-16 unit of `text`. */
  faces: FontFace[];
  /** What was left out, once each in order of appearance: whole graphemes (an emoji), or marks no font has with their base. */
  missing: string[];
};

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
/** Spaces, punctuation, digits, lone marks: characters of no script of their own, drawn in their neighbours' font. */
const NEUTRAL = /^[\s\p{Script=Common}\p{Script=Inherited}]/u;
const SPACE = /^\s+$/u;
/** Line ends, tabs and spaces: one space on a card, as in HTML. The no-break spaces are not among them. */
const WHITE_SPACE = /[\t\n\v\f\r \u0085\u2028\u2029]+/gu;

/** A grapheme's code points but the ignorables; most graphemes are one UTF-16 unit, and take the short way. */
const visible = (s: string) =>
  s.length === 1
    ? isIgnorable(s.charCodeAt(0))
      ? []
      : [s.charCodeAt(0)]
    : codePoints(s).filter((c) => !isIgnorable(c));

/**
 * A font for every grapheme of `input` at `weight`: the first file along the chain that maps all of it. A neutral
 * grapheme (a space, punctuation, digits) is drawn in the family of the text before it when that family has it, else
 * in the next strong grapheme's, else the chain's, so that the guillemets of «تهران» are Naskh's, not the house
 * serif's. A grapheme no font has is left out; a mark that no font has together with its base is left out and the
 * base kept.
 */
export function assignFonts(input: string, weight: number, store: FontStore): AssignedText {
  const kept: { text: string; face?: FontFace }[] = [];
  const missing = new Set<string>();
  let pending: number[] = []; // neutrals (indices into kept) waiting for the next strong grapheme's font
  let previous: FontFace | undefined;
  /** `near` itself, or another file of its family, if either has the code points. */
  const beside = (near: FontFace | undefined, cps: number[]) =>
    near && (store.covers(near, cps) ? near : store.inFamilyOf(near, cps, weight));

  const settle = (near: FontFace | undefined) => {
    for (const i of pending) {
      const cps = visible(kept[i].text);
      const face = cps.length === 0 ? near : (beside(near, cps) ?? store.forCluster(cps, weight));
      if (face || cps.length === 0) kept[i].face = face;
      else {
        missing.add(kept[i].text);
        kept[i].text = '';
      }
    }
    pending = [];
  };

  const normalised = input.replace(WHITE_SPACE, ' ').normalize('NFC');
  for (const { segment } of graphemes.segment(normalised)) {
    const cps = visible(segment);
    if (cps.length === 0 || NEUTRAL.test(segment)) {
      const face = cps.length > 0 ? beside(previous, cps) : undefined;
      kept.push({ text: segment, face });
      if (!face) pending.push(kept.length - 1);
      continue;
    }
    let text = segment;
    let face = store.forCluster(cps, weight);
    if (!face) {
      face = store.forCluster([cps[0]], weight);
      if (!face) {
        missing.add(segment);
        continue;
      }
      const base = face;
      for (const c of cps) if (!base.cmap.has(c)) missing.add(String.fromCodePoint(c));
      text = String.fromCodePoint(...codePoints(segment).filter((c) => base.cmap.has(c) || isIgnorable(c)));
    }
    kept.push({ text, face });
    settle(face);
    previous = face;
  }
  settle(previous);

  // A text of only ignorables (a lone joiner) still needs a font to hand HarfBuzz.
  const fallback = kept.find((k) => k.face)?.face ?? store.forCluster([0x20], weight)!;
  let text = '';
  const faces: FontFace[] = [];
  for (const k of kept) {
    // What was left out between two spaces leaves one space, not two; a leading space goes.
    if (SPACE.test(k.text) && (text === '' || /\s$/u.test(text))) continue;
    text += k.text;
    for (let unit = 0; unit < k.text.length; unit++) faces.push(k.face ?? fallback);
  }
  return { text, faces, missing: [...missing] };
}

let latinFast: Set<number> | undefined;
/**
 * The house serif's Latin file, which draws almost every character of an English story: text made only of these is
 * answered without segmenting it. Its cmap is the same at every weight; 400 is the weight opened for it.
 */
function houseLatin(): Set<number> {
  latinFast ??= sharedFontStore().forCluster([0x41], 400)?.cmap ?? new Set();
  return latinFast;
}

/**
 * The characters of `text` that no bundled font can draw (an emoji, a script the cards have no font for), once each:
 * what a share card would leave out. Text in the house font's Latin set costs one pass over its characters and opens
 * one font per process; other scripts open their fonts once per process, then cost a lookup per character.
 */
export function undrawableCharacters(text: string, weight = 700): string[] {
  const latin = houseLatin();
  let fast = true;
  for (const char of text.replace(WHITE_SPACE, ' ')) {
    const c = char.codePointAt(0)!;
    if (!(latin.has(c) || isIgnorable(c))) {
      fast = false;
      break;
    }
  }
  return fast ? [] : assignFonts(text, weight, sharedFontStore()).missing;
}
