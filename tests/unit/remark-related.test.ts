import { describe, expect, test } from 'vitest';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import remarkRelated, { type RemarkRelatedOptions } from '../../src/lib/remark-related.ts';

async function render(markdown: string, options?: RemarkRelatedOptions): Promise<string> {
  const file = await unified().use(remarkParse).use(remarkRelated, options).use(remarkRehype).use(rehypeStringify).process(markdown);
  return String(file);
}

describe('remark-related', () => {
  test('turns a Related line into an aside, keeping its words', async () => {
    expect(await render('Before.\n\nRelated: [Al Qaeda Militants Claim Attack](https://www.vice.com/en/article/7xjyya/x)\n\nAfter.')).toBe(
      '<p>Before.</p>\n' +
        '<aside class="related-aside" aria-label="Related story: Al Qaeda Militants Claim Attack"><span class="related-label">Related: </span>' +
        '<a href="https://www.vice.com/en/article/7xjyya/x" data-related="external">Al Qaeda Militants Claim Attack</a></aside>\n' +
        '<p>After.</p>',
    );
  });

  test('links internally when the story is in the collection', async () => {
    const html = await render('Related: [Ours](https://www.vice.com/en/article/7xjyya/x)', {
      internal: { 'https://www.vice.com/en/article/7xjyya/x': '/news/2015/01/06/ours/' },
    });
    expect(html).toContain('<a href="/news/2015/01/06/ours/" data-related="internal">Ours</a>');
  });

  test.each([
    ['a sentence that mentions a link', 'Related: see [this](https://example.org) and more.'],
    ['a label without a link', 'Related: nothing linked'],
    ['the word elsewhere in a paragraph', 'Unrelated: [x](https://example.org)'],
    ['two links', 'Related: [a](https://example.org/a)[b](https://example.org/b)'],
  ])('leaves %s as a paragraph', async (_name, markdown) => {
    const html = await render(markdown);
    expect(html.startsWith('<p>')).toBe(true);
    expect(html).not.toContain('aside');
  });
});
