/**
 * How a byline joins its names, in house style: "A", "A and B", "A, B and C"
 * (no serial comma). Pages render links between the separators; cards and
 * feeds use the plain text.
 */

/** The text that follows name `index` of `count` names: ", ", " and ", or nothing after the last. */
export function bylineSeparator(index: number, count: number): string {
  if (index >= count - 1) return '';
  return index === count - 2 ? ' and ' : ', ';
}

/** "Ada Ndiaye, Tomas Berg and Lin Ma". */
export function joinNames(names: readonly string[]): string {
  return names.map((name, i) => `${name}${bylineSeparator(i, names.length)}`).join('');
}
