import { describe, expect, test } from 'vitest';
import { checkBody } from '../../../src/lib/content/body-policy.ts';
import { checkContent, fieldName, formatIssue } from '../../../src/lib/content/check.ts';
import { parseYaml, splitFrontmatter } from '../../../src/lib/content/frontmatter.ts';

describe('checkBody: the body policy refuses code, allows Markdown and harmless HTML', () => {
  test.each([
    ['[x](javascript:alert(1))', 'script URL'],
    ['[x](JavaScript:alert(1))', 'script URL'],
    ['[x](<java\tscript:alert(1)>)', 'script URL'],
    ['[x][ref]\n\n[ref]: vbscript:msgbox', 'script URL'],
    ['[x](&#106;avascript:alert(1))', 'script URL'],
    ['[x](javascript\\:alert(1))', 'script URL'],
    ['![x](data:image/png;base64,iVBORw0KGgo)', 'script URL'],
    ['<script>alert(1)</script>', 'raw <script> HTML'],
    ['<SCRIPT src="https://evil.example/x.js"></SCRIPT>', 'raw <script> HTML'],
    ['<iframe src="https://example.org"></iframe>', 'raw <iframe> HTML'],
    ['<object data="x.swf"></object>', 'raw <object> HTML'],
    ['<style>body{display:none}</style>', 'raw <style> HTML'],
    ['Text <img src="x.png" onerror="alert(1)"> text', 'inline event handler onerror'],
    ['Text <a href="javascript:alert(1)">x</a> text', 'raw HTML with a javascript: URL'],
  ])('%s is refused', (body, what) => {
    const problems = checkBody('a.md', body, 10);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join('\n')).toContain(what);
    expect(problems[0]).toMatch(/^a\.md: body, line 1\d:/);
  });

  test.each([
    'A [link](https://example.org/page) and an <abbr title="Al Qaeda in the Islamic Maghreb">AQIM</abbr>.',
    'Words about onions = good, and a <sup>1</sup> footnote mark.',
    'Mailing [the desk](mailto:desk@example.org) and [a page](/2015/06/11/x/).',
  ])('%s is allowed', (body) => {
    expect(checkBody('a.md', body, 1)).toEqual([]);
  });

  test('reports the line in the file, counting the frontmatter', () => {
    expect(checkBody('a.md', 'one\n\ntwo <script>x</script>', 12)[0]).toMatch(/^a\.md: body, line 14:/);
  });
});

describe('checkBody: every element and attribute the policy lists is refused on its own', () => {
  const element = (name: string) =>
    `a.md: body, line 10: raw <${name}> HTML is not allowed in an article body; write the story in Markdown`;
  const scriptUrl = (scheme: string) =>
    `a.md: body, line 10: raw HTML with a ${scheme}: URL is not allowed in an article body`;

  // Each body trips exactly the entries listed beside it, so deleting any one entry from the policy fails its row.
  test.each([
    ['<script>alert(1)</script>', [element('script')]],
    ['<iframe src="https://example.org/"></iframe>', [element('iframe')]],
    ['<frame src="https://example.org/">', [element('frame')]],
    ['<frameset cols="50%,50%"></frameset>', [element('frameset')]],
    ['<object data="https://example.org/x.swf"></object>', [element('object')]],
    ['<embed src="https://example.org/x.swf">', [element('embed')]],
    ['<style>body { display: none }</style>', [element('style')]],
    ['<link rel="stylesheet" href="https://example.org/x.css">', [element('link')]],
    ['<meta http-equiv="refresh" content="0; url=https://example.org/">', [element('meta')]],
    ['<base href="https://example.org/">', [element('base')]],
    ['<form method="post"><input name="q"></form>', [element('form')]],
  ])('the element in %s', (body, expected) => {
    expect(checkBody('a.md', body, 10)).toEqual(expected);
  });

  test.each([
    ['Text <a href="javascript:alert(1)">x</a> text', [scriptUrl('javascript')]],
    ['Text <img src="javascript:alert(1)" alt=""> text', [scriptUrl('javascript')]],
    ['Text <img src="vbscript:msgbox" alt=""> text', [scriptUrl('vbscript')]],
    ['Text <img src="data:image/svg+xml,x" alt=""> text', [scriptUrl('data')]],
    ['<form action="javascript:alert(1)"></form>', [element('form'), scriptUrl('javascript')]],
    ['Text <button formaction="javascript:alert(1)">x</button> text', [scriptUrl('javascript')]],
    ['Text <svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg> text', [scriptUrl('javascript')]],
  ])('the script URL in %s', (body, expected) => {
    expect(checkBody('a.md', body, 10)).toEqual(expected);
  });
});

describe('formatIssue: a schema issue as one line naming the file and the field', () => {
  test('array paths are written the way an editor reads them', () => {
    expect(fieldName(['related', 1, 'title'])).toBe('related[1].title');
  });
  test('a message that starts with the field gets the exact path', () => {
    const issue = { code: 'invalid_type', path: ['related', 1, 'title'], message: 'related.title is required' };
    expect(formatIssue('a.md', issue)).toEqual(['a.md: related[1].title is required']);
  });
  test('a message without the field gets it in front', () => {
    expect(formatIssue('a.md', { code: 'too_small', path: ['author'], message: 'must not be empty' })).toEqual([
      'a.md: author must not be empty',
    ]);
  });
  test('unknown keys are listed one per line, nested ones by their full name', () => {
    const issue = { code: 'unrecognized_keys', path: ['image'], keys: ['size', 'by'], message: '' };
    expect(formatIssue('a.md', issue).map((l) => l.split(';')[0])).toEqual([
      'a.md: unknown field "image.size"',
      'a.md: unknown field "image.by"',
    ]);
  });
});

describe('frontmatter and YAML', () => {
  test('splitFrontmatter finds the YAML and the line the body starts on', () => {
    expect(splitFrontmatter('---\na: 1\nb: 2\n---\n\nBody')).toEqual({
      yaml: 'a: 1\nb: 2',
      body: '\nBody',
      bodyLine: 5,
    });
    expect(splitFrontmatter('No frontmatter')).toBeUndefined();
  });
  test('parseYaml says where the YAML breaks, in file lines', () => {
    const result = parseYaml('a.md', 'a: 1\nb: [x\n', 2);
    expect('problem' in result && result.problem).toMatch(
      /^a\.md: the frontmatter is not valid YAML at line \d+, column \d+: /,
    );
  });
});

const NOW = new Date('2026-11-01T00:00:00Z');
/** A valid story but for what `extra` adds, written as an editor would. */
const storyText = (slug: string, extra = '') =>
  `---\nheadline: H\nstandfirst: S.\nslug: ${slug}\nauthor: ann\ntimeZone: UTC\npublished: "2020-01-02T03:00:00Z"\nsection: World\n${extra}---\nBody\n`;

describe('checkContent: references and permalinks', () => {
  const options = { site: 'https://g.example', base: '/news/', now: NOW };
  const article = (file: string, extra = '') => ({ file, text: storyText('s', extra) });
  const authors = [{ file: 'c/authors/ann.yaml', text: 'name: Ann\n' }];

  test('a clean tree has no problems', () => {
    expect(
      checkContent(
        { articles: [article('c/articles/a.md')], authors, authorsDir: 'c/authors' },
        { ...options, exists: () => true },
      ),
    ).toEqual([]);
  });

  test('each broken reference is reported against the file that makes it', () => {
    const problems = checkContent(
      {
        articles: [
          article('c/articles/a.md', 'image:\n  src: ./p.jpg\n  alt: A\n  credit: C\n'),
          article(
            'c/articles/b.md',
            'related:\n  - title: T\n    url: https://g.example/news/2020/01/02/s/\n  - title: U\n    url: https://g.example/news/2020/01/02/t/\n',
          ),
        ],
        authors,
        authorsDir: 'c/authors',
      },
      { ...options, exists: (f) => f !== 'c/articles/p.jpg' },
    );
    expect(problems).toEqual([
      'c/articles/b.md: slug and published give the permalink /news/2020/01/02/s/, which c/articles/a.md already has; change one slug',
      'c/articles/a.md: image.src "./p.jpg" does not exist (looked for c/articles/p.jpg)',
      'c/articles/b.md: related[1].url "https://g.example/news/2020/01/02/t/" points to this site, but no article has the permalink /news/2020/01/02/t/',
    ]);
  });
});

test('inlineRelatedUrls finds exactly the lines remark-related turns into asides, with file line numbers', async () => {
  const { inlineRelatedUrls } = await import('../../../src/lib/content/body-policy.ts');
  const body =
    'Intro.\n\nRelated: [A](https://example.org/a)\n\nRelated: see [B](https://example.org/b) too.\n\nRelated: [C](<https://example.org/c>)\n';
  expect(inlineRelatedUrls(body, 10)).toEqual([
    { url: 'https://example.org/a', line: 12 },
    { url: 'https://example.org/c', line: 16 },
  ]);
});

describe('checkContent: section and tag URLs', () => {
  const article = (file: string, slug: string, section: string, tags: string) => ({
    file,
    text: storyText(slug, `tags: ${tags}\n`).replace('section: World', `section: ${section}`),
  });
  const check = (...articles: ReturnType<typeof article>[]) =>
    checkContent(
      { articles, authors: [{ file: 'c/authors/ann.yaml', text: 'name: Ann\n' }], authorsDir: 'c/authors' },
      { site: 'https://g.example', base: '/', exists: () => true, now: NOW },
    );

  test('tags folding to one slug and a section taking a route are reported with file and field', () => {
    expect(
      check(
        article('c/articles/a.md', 'a', 'World', '[Misséni]'),
        article('c/articles/b.md', 'b', 'Authors', '[Mali, Misseni]'),
      ),
    ).toEqual([
      'c/articles/b.md: section "Authors" would be published at /authors/, which is the authors\' pages; rename the section',
      'c/articles/b.md: tags[1] "Misseni" and c/articles/a.md: tags[0] "Misséni" are two tags with one URL, /tags/misseni/; spell them the same',
    ]);
  });
});

describe('checkContent: URLs in any script', () => {
  const story = (file: string, slug: string, section: string, tags = '[]', extra = '') => ({
    file,
    text: storyText(slug, `tags: ${tags}\n${extra}`).replace('section: World', `section: ${section}`),
  });
  const check = (options: { language?: string; languages?: string[] }, ...articles: ReturnType<typeof story>[]) =>
    checkContent(
      { articles, authors: [{ file: 'c/authors/ann.yaml', text: 'name: Ann\n' }], authorsDir: 'c/authors' },
      { site: 'https://g.example', base: '/', exists: () => true, now: NOW, ...options },
    );

  test('slugs, sections and tags in other scripts make URLs; related links to them are recognised', () => {
    expect(
      check(
        { language: 'fa' },
        story('c/articles/a.md', 'حمله-به-میسنی', 'ایران', '[Россия, 中国, भारत, Ελλάδα]'),
        // A link to it with lower-case escapes, as WordPress writes them, is the same permalink.
        story(
          'c/articles/b.md',
          '长江大桥',
          '中国',
          '[کتاب‌ها]',
          'related:\n  - title: T\n    url: https://g.example/2020/01/02/%d8%ad%d9%85%d9%84%d9%87-%d8%a8%d9%87-%d9%85%db%8c%d8%b3%d9%86%db%8c/\n',
        ),
      ),
    ).toEqual([]);
  });

  test('two spellings a reader cannot tell apart are one URL: both files are named', () => {
    expect(
      check(
        { language: 'fa' },
        story('c/articles/a.md', 'a', 'ایران', '[کتاب‌ها]'),
        story('c/articles/b.md', 'b', 'ايران', '[کتاب ها]'),
      ),
    ).toEqual([
      'c/articles/b.md: section "ايران" and c/articles/a.md: section "ایران" are two sections with one URL, /ایران/; spell them the same',
      'c/articles/b.md: tags[0] "کتاب ها" and c/articles/a.md: tags[0] "کتاب‌ها" are two tags with one URL, /tags/کتاب-ها/; spell them the same',
    ]);
  });

  test("a section may not take a further edition's front page", () => {
    expect(check({ language: 'en', languages: ['fa'] }, story('c/articles/a.md', 'a', 'FA'))).toEqual([
      'c/articles/a.md: section "FA" would be published at /fa/, which is the front page of the "fa" edition (content/site.yaml, languages); rename the section',
    ]);
  });

  test('a slug must be written as the fold writes it, and the message says how', () => {
    expect(check({}, story('c/articles/a.md', 'Ελλάδα', 'World'), story('c/articles/b.md', 'ελλάδα', 'World'))).toEqual(
      [
        'c/articles/a.md: slug must be lower-case letters (of any script) and digits, in words joined by single hyphens, like "armed-gunmen-attack" or "حمله-به-میسنی": no capitals, spaces or punctuation',
        'c/articles/b.md: slug must be written as Gazette would make it from the same words, "ελλαδα": no accents on Latin or Greek letters, ASCII digits, nothing invisible, composed characters (NFC), at most 200 bytes',
      ],
    );
  });
});
