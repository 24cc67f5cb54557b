/**
 * The body policy parses with remark-gfm; the site renders with Sätteri. Two parsers can disagree on where raw HTML
 * begins and ends, and a disagreement is a hole: HTML the policy read as text but Sätteri passes through. For each
 * tricky body, the policy must refuse exactly when Sätteri's output carries the forbidden element as live markup.
 */
import { markdownToHtml } from 'satteri';
import { describe, expect, test } from 'vitest';
import { checkBody } from '../../../src/lib/content/body-policy.ts';

/** Sätteri as astro.config.ts configures it. */
async function rendersLive(body: string, element: string): Promise<boolean> {
  const { html } = markdownToHtml(body, { features: { smartPunctuation: false } });
  return new RegExp(`<${element}\\b`, 'i').test(html);
}

const cases: [name: string, body: string, element: string, refused: boolean][] = [
  [
    'an HTML block inside a list item',
    '- first\n\n  <iframe src="https://example.org/"></iframe>\n- second\n',
    'iframe',
    true,
  ],
  ['an HTML block inside a block quote', '> <script>alert(1)</script>\n', 'script', true],
  ['inline HTML in a table cell', '| a | b |\n|---|---|\n| <object data="x"></object> | 2 |\n', 'object', true],
  ['inline HTML inside emphasis', 'Some *<embed src="x"> text* here.\n', 'embed', true],
  ['an element hidden in an HTML comment', 'Text.\n\n<!-- <iframe src="x"></iframe> -->\n', 'iframe', true],
  ['HTML in a code span', 'Write `<script>` to include a script.\n', 'script', false],
  ['HTML in a fenced code block', '```html\n<iframe src="x"></iframe>\n```\n', 'iframe', false],
  ['HTML in an indented code block', 'Para.\n\n    <form action="x"></form>\n', 'form', false],
  ['an escaped angle bracket', 'Use \\<script> with care.\n', 'script', false],
];

describe('the body policy and Sätteri agree on raw HTML', () => {
  test.each(cases)('%s', async (_name, body, element, refused) => {
    const problems = checkBody('story.md', body, 1);
    // Stated, not derived from either parser, so both agreeing on the wrong answer still fails.
    expect(problems.length > 0).toBe(refused);
    expect(await rendersLive(body, element)).toBe(refused);
  });
});
