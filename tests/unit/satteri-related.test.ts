import { markdownToHtml } from 'satteri';
import { describe, expect, test } from 'vitest';
import { satteriRelated } from '../../src/lib/article/satteri-related.ts';

/** Sätteri as the site configures it: GFM on, smart punctuation off. */
async function render(markdown: string, internal?: Record<string, string>): Promise<string> {
  const result = await markdownToHtml(markdown, { mdastPlugins: [satteriRelated(internal)], features: { smartPunctuation: false } });
  return result.html.trim();
}

const INTERNAL = { 'https://www.vice.com/en/article/7xjyya/x': '/2015/01/06/ours/' };

describe('satteri-related', () => {
  test('turns a Related line into an aside, keeping its words', async () => {
    expect(await render('Before.\n\nRelated: [Al Qaeda Militants Claim Attack](https://www.vice.com/en/article/y/z)\n\nAfter.')).toBe(
      '<p>Before.</p>\n' +
        '<aside class="related-aside" aria-label="Related story: Al Qaeda Militants Claim Attack"><span class="related-label">Related: </span>' +
        '<a href="https://www.vice.com/en/article/y/z" data-related="external">Al Qaeda Militants Claim Attack</a></aside>\n' +
        '<p>After.</p>',
    );
  });

  test('keeps formatting inside the link', async () => {
    expect(await render('Related: [A *big* story](https://example.org/a)')).toContain(
      '<a href="https://example.org/a" data-related="external">A <em>big</em> story</a></aside>',
    );
  });

  test.each([
    ['a sentence that mentions a link', 'Related: see [this](https://example.org) and more.'],
    ['a label without a link', 'Related: nothing linked'],
    ['the word elsewhere in a paragraph', 'Unrelated: [x](https://example.org)'],
    ['two links', 'Related: [a](https://example.org/a)[b](https://example.org/b)'],
  ])('leaves %s as a paragraph', async (_name, markdown) => {
    const html = await render(markdown, INTERNAL);
    expect(html.startsWith('<p>')).toBe(true);
    expect(html).not.toContain('aside');
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
