/**
 * The built pages' own CSP (<meta>): Pagefind's WebAssembly may run on the
 * search page and nowhere else, and only the search page loads Pagefind.
 */
import { expect, test } from 'vitest';
import { distFiles } from '../support/dist-files.ts';

const { texts, files } = distFiles();
const pages = [...texts].filter(([file]) => file.endsWith('.html'));
const metaCsp = (html: string) => html.match(/<meta http-equiv="content-security-policy" content="([^"]*)"/)?.[1] ?? '';

test('every page has a meta CSP', () => {
  expect(pages.length).toBeGreaterThan(3);
  for (const [file, html] of pages) expect(metaCsp(html), file).toMatch(/script-src /);
});

test("'wasm-unsafe-eval' is in the search page's script-src and in no other page's", () => {
  const withWasm = pages.filter(([, html]) => metaCsp(html).includes("'wasm-unsafe-eval'")).map(([file]) => file);
  expect(withWasm).toEqual(['search/index.html']);
  expect(metaCsp(texts.get('search/index.html')!)).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
});

test('the index is in the build, and only the search page points at it', () => {
  expect(files.has('pagefind/pagefind.js')).toBe(true);
  expect(files.has('pagefind/pagefind-entry.json')).toBe(true);
  expect(pages.filter(([, html]) => html.includes('pagefind/')).map(([file]) => file)).toEqual(['search/index.html']);
});
