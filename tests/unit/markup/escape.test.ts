import { describe, expect, test } from 'vitest';
import { escapeMarkup, escapeText, unescapeAttribute } from '../../../src/lib/markup/escape.ts';

const hazards = `Tom & Jerry's "<b>" > 'quotes' &amp; done`;

describe('markup escaping, the one copy every hand-written tag uses', () => {
  test('for content and double-quoted attributes: & < > and " escaped, the ampersand first', () => {
    expect(escapeMarkup(hazards)).toBe(`Tom &amp; Jerry's &quot;&lt;b&gt;&quot; &gt; 'quotes' &amp;amp; done`);
  });

  test('for content an editor reads in Markdown: quotes left as written', () => {
    expect(escapeText(hazards)).toBe(`Tom &amp; Jerry's "&lt;b&gt;" &gt; 'quotes' &amp;amp; done`);
  });

  test('an attribute read back gives the text that was escaped, whichever apostrophe reference HTML used', () => {
    expect(unescapeAttribute(escapeMarkup(hazards))).toBe(hazards);
    expect(unescapeAttribute('it&#39;s &#x27;so&#x27; &amp;#39;')).toBe(`it's 'so' &#39;`);
  });
});
