/**
 * Post bodies: WordPress HTML in, Gazette Markdown out. Each mapping the import issue names, on small bodies, and
 * every result passes the body policy the content check applies.
 */
import { describe, expect, test } from 'vitest';
import { checkBody } from '../../../src/lib/content/body-policy.ts';
import { convertBody, imageSources, parseBody } from '../../../src/lib/import/body/convert.ts';
import { autop } from '@wordpress/autop';
import { prepareHtml } from '../../../src/lib/import/wordpress/post-html.ts';
import { replaceShortcodes } from '../../../src/lib/import/wordpress/shortcodes.ts';

type Found = { path: string } | { missing: string };

/** The body as the importer converts it; images resolve through `images` (by src), all missing otherwise. */
async function convert(content: string, images: Record<string, Found> = {}) {
  const prepared = prepareHtml(content);
  const tree = parseBody(prepared.html);
  const lookups = new Map<string, Found>(
    imageSources(tree).map(({ src }) => [src, images[src] ?? { missing: `${src} is not there` }]),
  );
  const body = await convertBody(tree, { images: lookups });
  expect(checkBody('x.md', body.markdown, 1)).toEqual([]);
  return { markdown: body.markdown, notes: [...prepared.notes, ...body.notes], lede: body.lede };
}

describe('block-editor posts', () => {
  test('block comments go, the HTML they wrap comes in', async () => {
    const { markdown } = await convert(
      '<!-- wp:paragraph -->\n<p>One <strong>bold</strong> claim.</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:heading {"level":3} -->\n<h3>Then</h3>\n<!-- /wp:heading -->',
    );
    expect(markdown).toBe('One **bold** claim.\n\n### Then\n');
  });

  test("a body with its own <h1> moves every heading down, as the headline is the page's <h1>", async () => {
    expect((await convert('<h1>Top</h1><h2>Next</h2><p>Text.</p>')).markdown).toBe('## Top\n\n### Next\n\nText.\n');
  });
});

describe('classic-editor posts get their paragraphs and line breaks, as WordPress shows them', () => {
  test('blank lines are paragraphs, single newlines are line breaks', async () => {
    expect((await convert('First line\nsecond line\n\nA second paragraph.')).markdown).toBe(
      'First line\\\nsecond line\n\nA second paragraph.\n',
    );
  });
  test('a nested list stays a tight list, as WordPress shows it: no paragraph is opened inside an item', async () => {
    expect((await convert('<ul>\n<li>one</li>\n<li>two\n<ul>\n<li>three</li>\n</ul>\n</li>\n</ul>')).markdown).toBe(
      '- one\n- two\n  - three\n',
    );
  });
  test('quotes and code keep their shape', () => {
    expect(autop('<blockquote>One\n\nTwo</blockquote>\n<pre>a\n\n  b</pre>')).toBe(
      '<blockquote><p>One</p>\n<p>Two</p></blockquote>\n<pre>a\n\n  b</pre>\n',
    );
  });
});

describe('shortcodes never reach the text as raw brackets', () => {
  test('[caption] becomes a figure with its caption', async () => {
    const src = 'https://old.example.org/wp-content/uploads/2015/06/bell.jpg';
    const { markdown } = await convert(
      `[caption id="attachment_9" align="alignnone" width="600"]<a href="${src}"><img src="${src}" alt="A bell" width="600" /></a> The bell &amp; the wharf[/caption]`,
      {
        [src]: { path: './story/bell.jpg' },
      },
    );
    expect(markdown).toBe(
      '<figure>\n\n![A bell](./story/bell.jpg)\n\n<figcaption>The bell &amp; the wharf</figcaption>\n</figure>\n',
    );
  });

  test("doubled brackets are WordPress's way of writing a shortcode as text, enclosing ones too", () => {
    expect(replaceShortcodes('Write [[gallery]] or [[caption]x[/caption]].').html).toBe(
      'Write [gallery] or [caption]x[/caption].',
    );
  });

  test('a caption without its photo goes too: it would describe nothing', async () => {
    // The missing file itself is reported where it is looked up (tests/unit/import/run.test.ts, "a missing file").
    const { markdown } = await convert(
      '<p>Before the photo, a paragraph.</p>[caption]<img src="https://old.example.org/wp-content/uploads/x.jpg" alt="X" /> Caption[/caption]',
    );
    expect(markdown).toBe('Before the photo, a paragraph.\n');
  });

  test.each([
    ['[gallery ids="1,2,3"]', "[gallery] (a gallery of the post's images) left out: a static page cannot run it", ''],
    [
      '[audio src="https://old.example.org/a.mp3"]',
      '[audio] (an audio player) left out: a static page cannot run it',
      '',
    ],
    [
      '[video mp4="https://old.example.org/v.mp4"][/video]',
      '[video] (a video player) left out: a static page cannot run it',
      '',
    ],
    [
      '[embed]https://www.youtube.com/watch?v=abc[/embed]',
      '[embed] shown as a link to what it embedded',
      '<https://www.youtube.com/watch?v=abc>',
    ],
    [
      '[pullquote align="left"]Said once.[/pullquote]',
      '[pullquote] (a plugin feature) left out, its enclosed text kept: a static page cannot run it',
      'Said once.',
    ],
    ['[contact-form-7 id="12" /]', '[contact-form-7] (a plugin feature) left out: a static page cannot run it', ''],
  ])('%s', async (shortcode, note, kept) => {
    const { markdown, notes } = await convert(`<p>Before.</p>\n\n${shortcode}\n\n<p>After.</p>`);
    expect(notes).toContain(note);
    expect(markdown).toBe(`Before.\n\n${kept ? `${kept}\n\n` : ''}After.\n`);
    expect(markdown).not.toMatch(/\[\/?[a-z][\w-]*[\s\]=]/);
  });

  test('brackets that are prose stay prose: [sic], [simple boat]', () => {
    expect(replaceShortcodes('coracles [simple boat] and [sic] here').html).toBe(
      'coracles [simple boat] and [sic] here',
    );
  });
});

describe('HTML the body policy refuses is converted or left out, and reported', () => {
  test.each([
    [
      '<p>Watch:</p><iframe src="https://www.youtube.com/embed/abc" width="560"></iframe>',
      'Watch:\n\n<https://www.youtube.com/embed/abc>\n',
      '<iframe> (a player or another page embedded) is shown as a link to www.youtube.com',
    ],
    ['<p>Text.</p><script>alert(1)</script>', 'Text.\n', '<script> is left out: the body policy does not allow it'],
    ['<p>Text.</p><style>p{color:red}</style>', 'Text.\n', '<style> is left out: the body policy does not allow it'],
    [
      '<p>Text.</p><form action="/x"><input name="q"></form>',
      'Text.\n',
      '<form> is left out: the body policy does not allow it',
    ],
    [
      '<p>Text.</p><object data="movie.swf"></object>',
      'Text.\n',
      '<object> is left out: the body policy does not allow it, and it names nothing to link to',
    ],
    ['<p onclick="steal()">Clicked.</p>', 'Clicked.\n', 'the inline event handler onclick="…" on <p> is left out'],
    [
      '<p><a href="javascript:alert(1)">Bad link</a> text.</p>',
      'Bad link text.\n',
      'a link to a javascript: URL is left out (its text kept)',
    ],
  ])('%s', async (html, markdown, note) => {
    const out = await convert(html);
    expect(out.markdown).toBe(markdown);
    expect(out.notes).toContain(note);
  });

  test('harmless inline HTML Markdown has no syntax for is kept: <sup>, <sub>, <abbr title>', async () => {
    expect(
      (
        await convert(
          '<p>E = mc<sup>2</sup>, H<sub>2</sub>O and <abbr title="Al Qaeda in the Islamic Maghreb">AQIM</abbr>.</p>',
        )
      ).markdown,
    ).toBe('E = mc<sup>2</sup>, H<sub>2</sub>O and <abbr title="Al Qaeda in the Islamic Maghreb">AQIM</abbr>.\n');
  });
});

describe('text survives byte for byte', () => {
  test('non-ASCII, right-to-left marks and emoji', async () => {
    const text = 'Misséni, Ελληνικά, 日本語, עברית\u200F with a mark, العربية\u200E, and emoji 🇲🇱👩🏽‍💻 — “quoted”.';
    const { markdown } = await convert(`<p>${text}</p>`);
    expect(markdown).toBe(`${text}\n`);
    expect(Buffer.from(markdown).includes(Buffer.from(text))).toBe(true);
  });

  test('character references become the characters they name', async () => {
    expect((await convert('<p>Caf&eacute; &amp; bar&#8217;s &#x1F600;</p>')).markdown).toBe('Café & bar’s 😀\n');
  });
});

describe('the lede, for a standfirst when there is no excerpt', () => {
  test('the first paragraph of a sentence or more, not a bold "Headings" line', async () => {
    expect(
      (
        await convert(
          '<p><strong>Headings</strong></p><p>The first real paragraph of the story says what happened.</p>',
        )
      ).lede,
    ).toBe('The first real paragraph of the story says what happened.');
  });
  // WordPress's block test data: posts whose only text is code, a verse, preformatted text or headings (issue 30).
  test.each([
    [
      'code',
      '<!-- wp:code -->\n<pre class="wp-block-code"><code>Hello World, default width (none).</code></pre>\n<!-- /wp:code -->',
      'Hello World, default width (none).',
    ],
    [
      'preformatted text',
      '<!-- wp:preformatted -->\n<pre class="wp-block-preformatted"><strong>Some bold</strong> preformatted text</pre>\n<!-- /wp:preformatted -->',
      'Some bold preformatted text',
    ],
    [
      'a verse, its lines as verse is quoted',
      '<!-- wp:verse -->\n<pre class="wp-block-verse">Write a verse without alignment\nCode is poetry</pre>\n<!-- /wp:verse -->',
      'Write a verse without alignment / Code is poetry',
    ],
    [
      'headings',
      '<!-- wp:heading {"level":1} -->\n<h1 class="wp-block-heading">H1 Heading</h1>\n<!-- /wp:heading -->\n\n<!-- wp:heading -->\n<h2 class="wp-block-heading">H2 Heading</h2>\n<!-- /wp:heading -->',
      'H1 Heading',
    ],
    ['Custom HTML: text standing on its own', '<!-- wp:html -->\n<b>Hello World</b>\n<!-- /wp:html -->', 'Hello World'],
    ['a list', '<ul><li>First point</li><li>Second</li></ul>', 'First point'],
  ])('no paragraph and no caption: %s counts as text', async (_, content, lede) => {
    expect((await convert(content)).lede).toBe(lede);
  });
  test('the first block of text in order, after any paragraph: a paragraph still wins over a heading before it', async () => {
    expect((await convert('<h2>Section</h2><pre>code</pre><p>Short.</p>')).lede).toBe('Short.');
    expect((await convert('<h2>Section</h2><pre>code</pre>')).lede).toBe('Section');
  });
  test('no text at all: a block only a live WordPress draws, an embed that is only its URL, an image without words', async () => {
    for (const content of [
      '<!-- wp:post-title {"level":1} /-->\n\n<!-- wp:post-title /-->',
      '<!-- wp:embed {"url":"https://www.youtube.com/watch?v=x"} -->\n<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">\nhttps://www.youtube.com/watch?v=x\n</div></figure>\n<!-- /wp:embed -->',
      '<p>&nbsp;</p><p><img src="https://old.example.org/wp-content/uploads/x.jpg" alt=""></p>',
      '',
    ])
      expect((await convert(content)).lede, content).toBe('');
  });
  test('a block WordPress draws only as it shows the post is reported, once per post, by name', async () => {
    const { notes } = await convert(
      '<!-- wp:page-list /-->\n<!-- wp:heading -->\n<h2>Font size</h2>\n<!-- /wp:heading -->\n<!-- wp:page-list {"fontSize":"small"} /-->\n<!-- wp:latest-comments {"commentsToShow":1} /-->',
    );
    expect(notes).toContain(
      'blocks that WordPress draws only as it shows the post (wp:page-list, wp:latest-comments) are left out',
    );
  });
  test('a photo post: its first caption', async () => {
    expect(
      (
        await convert(
          '[caption]<img src="https://old.example.org/wp-content/uploads/x.jpg" alt="X" /> Bell on the wharf[/caption]',
        )
      ).lede,
    ).toBe('Bell on the wharf');
  });
});
