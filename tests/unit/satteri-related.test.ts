import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { markdownToHtml } from 'satteri';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import remarkRelated from '../../src/lib/remark-related.ts';
import { satteriRelated } from '../../src/lib/satteri-related.ts';

/** Sätteri as the site configures it: GFM on, smart punctuation off. */
async function render(markdown: string, internal?: Record<string, string>): Promise<string> {
  const result = await markdownToHtml(markdown, { mdastPlugins: [satteriRelated(internal)], features: { smartPunctuation: false } });
  return result.html.trim();
}

async function renderWithRemark(markdown: string, internal?: Record<string, string>): Promise<string> {
  const file = await unified().use(remarkParse).use(remarkRelated, { internal }).use(remarkRehype).use(rehypeStringify).process(markdown);
  return String(file).trim();
}

const INTERNAL = { 'https://www.vice.com/en/article/7xjyya/x': '/2015/01/06/ours/' };

describe('satteri-related', () => {
  // The remark plugin's own tests pin the exact HTML; Sätteri must give the same.
  test.each([
    ['an external Related line', 'Before.\n\nRelated: [Al Qaeda Militants Claim Attack](https://www.vice.com/en/article/y/z)\n\nAfter.'],
    ['an internal Related line', 'Related: [Ours](https://www.vice.com/en/article/7xjyya/x)'],
    ['formatting inside the link', 'Related: [A *big* story](https://example.org/a)'],
    ['a sentence that mentions a link', 'Related: see [this](https://example.org) and more.'],
    ['a label without a link', 'Related: nothing linked'],
    ['the word elsewhere', 'Unrelated: [x](https://example.org)'],
    ['two links', 'Related: [a](https://example.org/a)[b](https://example.org/b)'],
  ])('gives the same HTML as the remark plugin for %s', async (_name, markdown) => {
    expect(await render(markdown, INTERNAL)).toBe(await renderWithRemark(markdown, INTERNAL));
  });

  test('links internally when the story is in the collection', async () => {
    expect(await render('Related: [Ours](https://www.vice.com/en/article/7xjyya/x)', INTERNAL)).toBe(
      '<aside class="related-aside" aria-label="Related story: Ours"><span class="related-label">Related: </span>' +
        '<a href="/2015/01/06/ours/" data-related="internal">Ours</a></aside>',
    );
  });

  test('straight quotes and dashes stay as written', async () => {
    expect(await render(`He said "no" -- it's over.`)).toBe(`<p>He said "no" -- it's over.</p>`);
  });

  test('carries the index as data, so a changed index changes the config Astro hashes', () => {
    const a = JSON.stringify(satteriRelated({ 'https://example.org/a': '/2020/01/01/a/' }));
    expect(a).toContain('/2020/01/01/a/');
    expect(a).not.toBe(JSON.stringify(satteriRelated({})));
  });
});
