import { expect, test } from 'vitest';
import { markdownToHtml } from '../../../src/lib/article/markdown.ts';

test('a code block is a keyboard stop, and a table is wrapped in one, so either can scroll in its own box', async () => {
  const html = await markdownToHtml('Text\n\n```\nconst x = 1;\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n');
  expect(html).toContain('<pre tabindex="0"><code>const x = 1;\n</code></pre>');
  expect(html).toMatch(/<div class="table-scroll" tabindex="0"><table>[\s\S]*<\/table><\/div>/);
  expect(html).toContain('<p>Text</p>');
});
