import { markdownToHtml } from 'satteri';
import { describe, expect, test } from 'vitest';
import { inlineRelatedUrls, resolveInlineRelated } from '../../../src/lib/article/inline-related.ts';
import { satteriRelated } from '../../../src/lib/article/satteri-related.ts';

/** Sätteri as the site configures it: GFM on, smart punctuation off. */
async function markdown(md: string): Promise<string> {
  const result = await markdownToHtml(md, { mdastPlugins: [satteriRelated()], features: { smartPunctuation: false } });
  return result.html.trim();
}
/** The body as a page shows it: Markdown at sync time, then our own copies resolved at render time. */
async function render(md: string, internal: Record<string, string> = {}): Promise<string> {
  return resolveInlineRelated(await markdown(md), internal, (title) => `Related story: ${title}`);
}

const INTERNAL = { 'https://www.vice.com/en/article/7xjyya/x': '/2015/01/06/ours/' };

describe('satteri-related', () => {
  test('turns a Related line into an aside, keeping its words', async () => {
    expect(
      await render(
        'Before.\n\nRelated: [Al Qaeda Militants Claim Attack](https://www.vice.com/en/article/y/z)\n\nAfter.',
      ),
    ).toBe(
      '<p>Before.</p>\n' +
        '<aside class="related-aside" aria-label="Related story: Al Qaeda Militants Claim Attack"><span class="related-label">Related: </span>' +
        '<a href="https://www.vice.com/en/article/y/z" data-related="external">Al Qaeda Militants Claim Attack</a></aside>\n' +
        '<p>After.</p>',
    );
  });

  test.each([
    ['French, with the no-break space it writes before the colon', 'Lire aussi\u00A0: '],
    ['French, typed with a plain space', 'Lire aussi : '],
    ['French, typed with none', 'Lire aussi: '],
    ['Arabic, with a tanween the catalogue leaves out', 'اقرأ أيضًا: '],
    ['Chinese, with its full-width colon', '相关报道：'],
    ['Russian', 'Читайте также: '],
  ])('a Related line in %s is an aside, its label as written', async (_name, label) => {
    const html = await render(`${label}[Un titre](https://example.org/a)`);
    expect(html).toContain(`<span class="related-label">${label}</span>`);
    expect(html.startsWith('<aside')).toBe(true);
    const { inlineRelatedUrls: fromBody } = await import('../../../src/lib/content/body-policy.ts');
    expect(fromBody(`${label}[Un titre](https://example.org/a)`, 1)).toEqual([
      { url: 'https://example.org/a', line: 1 },
    ]);
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

  test('the Markdown stage links to the original, so the config Astro hashes does not depend on the collection', async () => {
    expect(await markdown('Related: [Ours](https://www.vice.com/en/article/7xjyya/x)')).toContain(
      '<a href="https://www.vice.com/en/article/7xjyya/x" data-related="external">Ours</a>',
    );
  });

  test('a link with a title and an escaped URL is resolved, and read back as the URL written', async () => {
    const html = await markdown('Related: [Ours](https://example.org/a?x=1&y=2 "The title")');
    expect(inlineRelatedUrls(html)).toEqual(['https://example.org/a?x=1&y=2']);
    expect(resolveInlineRelated(html, { 'https://example.org/a?x=1&y=2': '/2020/01/01/a/' }, (t) => t)).toContain(
      '<a href="/2020/01/01/a/" title="The title" data-related="internal">Ours</a>',
    );
  });

  test('links in the text that are not Related asides are left alone', async () => {
    const html = await markdown('See [ours](https://www.vice.com/en/article/7xjyya/x).');
    expect(resolveInlineRelated(html, INTERNAL, (t) => t)).toBe(html);
  });
});
