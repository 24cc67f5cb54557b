/**
 * A fixed-width stand-in for the share cards' typesetter (src/lib/share-card/fit.ts): every character is `em` ems
 * wide, a line may break after a space, and white space is made one space, as the real one does. Lets the layout's
 * tests count characters instead of shaping.
 */
import type { SetText, Typeset } from '../../src/lib/share-card/fit.ts';

export function monoSet(input: string, em = 1): SetText {
  const text = input.replace(/\s+/g, ' ').trim();
  const breaks = [...text.matchAll(/ (?=\S)/g)].map((m) => m.index + 1);
  return { text, breaks, width: (start, end) => text.slice(start, end).trimEnd().length * em };
}

/** Half an em a character, the stand-in the layout tests use. */
export const mono: Typeset = (text) => monoSet(text, 0.5);
