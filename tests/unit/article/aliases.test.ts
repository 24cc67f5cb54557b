/**
 * Old addresses (`aliases`): the shapes every host can redirect, and the content check's lines for the ones it
 * refuses, through the real schema, naming the file and the field as an editor reads them.
 */
import { describe, expect, test } from 'vitest';
import { type Alias, parseAlias } from '../../../src/lib/article/aliases.ts';
import { checkAliases } from '../../../src/lib/content/alias-check.ts';
import { checkContent } from '../../../src/lib/content/check.ts';

/** An old address as the story schema reads it. */
const read = (written: string) => ({ ...(parseAlias(written) as Alias), written });

describe('parseAlias', () => {
  test.each([
    ['/2010/08/07/old-slug/', { path: '/2010/08/07/old-slug/', decodedPath: '/2010/08/07/old-slug/' }],
    ['/archives/42', { path: '/archives/42', decodedPath: '/archives/42' }],
    ['/2012/03/15/caf%C3%A9/', { path: '/2012/03/15/caf%C3%A9/', decodedPath: '/2012/03/15/café/' }],
    ['/?p=123', { path: '/', decodedPath: '/', p: '123' }],
    ['/blog/?p=7', { path: '/blog/', decodedPath: '/blog/', p: '7' }],
  ])('%s is an old address', (value, parsed) => expect(parseAlias(value)).toEqual(parsed));

  test.each([
    ['2010/08/07/x/', 'must be a path on this site starting with "/"'],
    ['https://old.example.org/x/', 'must be a path on this site starting with "/"'],
    ['/?page_id=2', 'has a query string other than "?p=<number>", which not every host can redirect'],
    ['/?p=12&q=1', 'has a query string other than "?p=<number>"'],
    ['/a b/', 'holds characters a URL path cannot; percent-encode them'],
    ['/a%20b/', 'spells a space, quote, control character'],
    ['/%E0%A4/', 'has a percent-escape that is not UTF-8 text'],
    ['/a//b/', 'has an empty, "." or ".." path segment'],
    ['/a/../b/', 'has an empty, "." or ".." path segment'],
    ['/', 'is the front page, which cannot redirect to a story'],
    [`/${'x'.repeat(401)}`, 'is longer than 400 bytes'],
  ])('%s is refused: %s', (value, why) => {
    expect(parseAlias(value)).toContain(why);
  });
});

describe('the content check on aliases', () => {
  const story = (file: string, slug: string, aliases: string, section = 'World') => ({
    file,
    text: `---\nheadline: H\nstandfirst: S.\nslug: ${slug}\nauthor: ann\npublished: "2020-03-01T09:00:00+01:00"\ntimeZone: Europe/Paris\ndateline: Testville, XX\nsection: ${section}\n${aliases}---\nBody.\n`,
  });
  const check = (...articles: { file: string; text: string }[]) =>
    checkContent(
      { articles, authors: [{ file: 'c/authors/ann.yaml', text: 'name: Ann\n' }], authorsDir: 'c/authors' },
      { exists: () => true, site: 'https://g.example', base: '/news/', now: new Date('2026-11-01T00:00:00Z') },
    );

  test('well-formed old addresses pass', () => {
    expect(check(story('c/articles/a.md', 'a', 'aliases:\n  - /2010/08/07/old-a/\n  - "/?p=1"\n'))).toEqual([]);
  });

  test('a malformed one is named by file and field', () => {
    expect(check(story('c/articles/a.md', 'a', 'aliases:\n  - /2010/08/07/old-a/\n  - "/?page_id=2"\n'))).toEqual([
      'c/articles/a.md: aliases[1] "/?page_id=2" has a query string other than "?p=<number>", which not every host can redirect; use the path alone, like "/2010/08/07/old-slug/" or "/?p=123"',
    ]);
    expect(check(story('c/articles/a.md', 'a', 'aliases: /2010/08/07/old-a/\n'))).toEqual([
      'c/articles/a.md: aliases must be a list of old addresses, like ["/2010/08/07/old-slug/", "/?p=123"]',
    ]);
  });

  test('an old address leads to one story only', () => {
    expect(
      check(
        story('c/articles/a.md', 'a', 'aliases: ["/?p=1"]\n'),
        story('c/articles/b.md', 'b', 'aliases: ["/?p=1"]\n'),
      ),
    ).toEqual([
      'c/articles/b.md: aliases[0] "/?p=1" is also an old address of c/articles/a.md; an old address can lead to one story only',
    ]);
  });

  test('an old address may not be a URL the site builds', () => {
    expect(
      check(
        story(
          'c/articles/a.md',
          'a',
          'aliases:\n  - /2020/03/01/b/\n  - /2020/03/01/a/\n  - /tags/mali/\n  - /2020/03/\n  - /world/\n  - /world/page/2/\n  - /_astro/x.js\n',
        ),
        story('c/articles/b.md', 'b', ''),
      ),
    ).toEqual([
      'c/articles/a.md: aliases[0] "/2020/03/01/b/" is the permalink of c/articles/b.md, which the redirect would hide',
      'c/articles/a.md: aliases[1] "/2020/03/01/a/" is this story\'s own permalink; remove it',
      'c/articles/a.md: aliases[2] "/tags/mali/" is under /tags/, the tags index and tag pages; an old address cannot take a URL the site builds',
      'c/articles/a.md: aliases[3] "/2020/03/" is a date archive page; an old address cannot take a URL the site builds',
      'c/articles/a.md: aliases[4] "/world/" is the section "World"\'s page; an old address cannot take a URL the site builds',
      'c/articles/a.md: aliases[5] "/world/page/2/" is the section "World"\'s page; an old address cannot take a URL the site builds',
      'c/articles/a.md: aliases[6] "/_astro/x.js" is where the build keeps its own files; an old address cannot take a URL the site builds',
    ]);
  });
});

describe('old addresses in the shapes WordPress permalinks take', () => {
  test.each([
    '/2014/01/old-slug/',
    '/2014/old-slug/',
    '/2014/01/19/old-slug/',
    '/archives/123',
    '/old-slug/',
    '/category/world/old-slug/',
    '/2014/01/19/old-slug/page/2/',
  ])('%s is not a URL the site builds', (alias) => {
    expect(
      checkAliases([{ file: 'a.md', aliases: [read(alias)], permalink: '2020/03/01/a', section: 'World' }], 'en'),
    ).toEqual([]);
  });
  test.each(['/2014/', '/2014/01/', '/2014/01/19/', '/2014/page/2/', '/2014/01/page/3/'])(
    '%s is a date archive',
    (alias) => {
      expect(
        checkAliases([{ file: 'a.md', aliases: [read(alias)], permalink: '2020/03/01/a', section: 'World' }], 'en')[0],
      ).toContain('is a date archive page');
    },
  );
});
