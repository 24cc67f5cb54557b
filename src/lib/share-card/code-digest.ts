/**
 * The source of every module a share card's drawing depends on, found by following the worker's relative imports on
 * disk. It is part of every card's cache key, so a change to the layout or the renderer retires old cards; because
 * the list is read from the imports rather than kept by hand, a module added to the card code cannot be forgotten.
 * Plain Node, like the worker it describes.
 */
import fs from 'node:fs';
import path from 'node:path';

/** Static and side-effect imports of relative modules: `from './x.ts'`, `import './x.ts'`, `import('./x.ts')`. */
const RELATIVE_IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)(['"])(\.{1,2}\/[^'"]+)\1/g;

/** Absolute path to source text, for `entry` and every module it reaches through relative imports, sorted by path. */
export function moduleSources(entry: string): Map<string, string> {
  const found = new Map<string, string>();
  const visit = (file: string) => {
    if (found.has(file)) return;
    const text = fs.readFileSync(file, 'utf8');
    found.set(file, text);
    for (const match of text.matchAll(RELATIVE_IMPORT)) visit(path.resolve(path.dirname(file), match[2]));
  };
  visit(path.resolve(entry));
  return new Map([...found].sort(([a], [b]) => (a < b ? -1 : 1)));
}
