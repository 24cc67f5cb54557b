/**
 * The importer's pure parts, one mapping each: WordPress dates, slugs, sections and tags, bylines, YAML as an
 * editor writes it, serialized PHP metadata, upload paths, and the command line.
 */
import fs from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { articleFile, yamlString } from '../../../src/lib/import/article-file.ts';
import { planAuthors } from '../../../src/lib/import/bylines.ts';
import { parseImportArgs } from '../../../src/lib/import/cli-args.ts';
import { htmlToText } from '../../../src/lib/import/html-text.ts';
import { safeFileName } from '../../../src/lib/import/media.ts';
import { importDate } from '../../../src/lib/import/wordpress/post-dates.ts';
import { embeddedCredit } from '../../../src/lib/import/wordpress/credit.ts';
import { uploadPath } from '../../../src/lib/import/wordpress/uploads.ts';
import { postSlug, uniqueKeys } from '../../../src/lib/import/slugs.ts';
import { standfirstFrom } from '../../../src/lib/import/body/lede.ts';
import { draftComment } from '../../../src/lib/import/write-story.ts';
import { frontmatterData } from '../../support/frontmatter-data.ts';
import { planNames, sectionOf, tagsOf } from '../../../src/lib/import/taxonomy.ts';

describe('htmlToText: the text a title, excerpt or caption shows, on one line', () => {
  test.each([
    ['Title <em>With</em> Markup &#8217;s', 'Title With Markup ’s'],
    ['<p>One</p><p>Two</p>', 'One Two'],
    ['<figure>Photo</figure>Caption', 'Photo Caption'],
    ['<span hidden>not shown</span>Shown <noscript>no</noscript>', 'Shown'],
  ])('%s -> %s', (html, text) => expect(htmlToText(html)).toBe(text));
});

describe('importDate', () => {
  test.each([
    // [post_date, post_date_gmt, zone, published, disagrees]
    ['2015-06-11 20:31:00', '2015-06-11 18:31:00', 'Europe/Paris', '2015-06-11T20:31:00+02:00', false],
    ['2015-12-11 20:31:00', '2015-12-11 19:31:00', 'Europe/Paris', '2015-12-11T20:31:00+01:00', false],
    ['2010-08-07 06:00:19', '2010-08-07 13:00:19', 'America/Los_Angeles', '2010-08-07T06:00:19-07:00', false],
    // Kathmandu's +05:45 and a zone that has changed offsets since.
    ['2020-01-01 12:00:00', '2020-01-01 06:15:00', 'Asia/Kathmandu', '2020-01-01T12:00:00+05:45', false],
    // WordPress.com's UTC dates read in a newsroom zone: the moment is kept, the offset is the zone's.
    ['2018-11-01 06:03:22', '2018-11-01 06:03:22', 'America/Los_Angeles', '2018-10-31T23:03:22-07:00', true],
    // A draft WordPress never fixed in UTC: its wall-clock time, read in the zone.
    ['2013-04-09 11:20:39', '0000-00-00 00:00:00', 'America/Los_Angeles', '2013-04-09T11:20:39-07:00', false],
    // The hour that happens twice when clocks go back: the first.
    ['2015-10-25 02:30:00', '0000-00-00 00:00:00', 'Europe/Paris', '2015-10-25T02:30:00+02:00', false],
  ])('%s (GMT %s) in %s is %s', (date, gmt, zone, published, disagrees) => {
    const result = importDate(date, gmt, zone);
    expect(result?.published).toBe(published);
    expect(Boolean(result?.disagreement)).toBe(disagrees);
  });
  test('no date at all', () => {
    expect(importDate('0000-00-00 00:00:00', '0000-00-00 00:00:00', 'UTC')).toBeUndefined();
    expect(importDate('2015-02-30 10:00:00', '', 'UTC')).toBeUndefined();
  });
  test('a disagreement names both offsets and what was kept', () => {
    expect(importDate('2018-11-01 06:03:22', '2018-11-01 06:03:22', 'America/Los_Angeles')?.disagreement).toBe(
      'WordPress dated it 2018-11-01 06:03:22 at UTC+00:00, but America/Los_Angeles was at UTC-07:00 then; the moment is kept (2018-11-01T06:03:22Z) and printed as 2018-10-31T23:03:22-07:00',
    );
  });
});

describe('slugs', () => {
  test.each([
    [{ slug: 'armed-gunmen-attack', title: 'x', id: '1' }, 'armed-gunmen-attack'],
    // WordPress percent-encodes a slug in any other script: it comes in decoded and folded, its letters kept.
    [{ slug: '%e6%97%a5%e6%9c%ac-caf%c3%a9', title: 'x', id: '1' }, '日本-cafe'],
    [
      { slug: '%d8%ad%d9%85%d9%84%d9%87-%d8%a8%d9%87-%d9%85%d9%8a%d8%b3%d9%86%db%8c', title: 'x', id: '1' },
      'حمله-به-میسنی',
    ],
    [{ slug: '', title: 'Misséni: What Happened', id: '1' }, 'misseni-what-happened'],
    [{ slug: '', title: 'Ελληνικά', id: '77' }, 'ελληνικα'],
    [{ slug: '', title: '!!!', id: '77' }, 'post-77'],
  ])('%o -> %s', (post, slug) => expect(postSlug(post, 'fa')).toBe(slug));
  test('a taken key gets -2, -3', () => {
    const next = uniqueKeys(['2015/06/11/a']);
    expect([next('2015/06/11/a'), next('2015/06/11/a'), next('2015/06/11/b')]).toEqual([
      '2015/06/11/a-2',
      '2015/06/11/a-3',
      '2015/06/11/b',
    ]);
  });
});

describe('sections and tags', () => {
  test('the section is the first category that is not Uncategorized; the rest become tags', () => {
    expect(sectionOf(['Uncategorized', 'World', 'Africa'])).toBe('World');
    expect(sectionOf(['Uncategorized'])).toBe('Uncategorized');
    expect(sectionOf([])).toBe('Uncategorized');
    expect(tagsOf(['Uncategorized', 'World', 'Africa'], ['Mali', 'Africa'], 'World')).toEqual(['Mali', 'Africa']);
  });
  test("an editor's spelling in existing stories wins over the export's", () => {
    const plan = planNames(
      { sections: ['world'], tags: ['ansar dine'] },
      { sections: ['World'], tags: ['Ansar Dine'] },
    );
    expect(plan.section('world')).toBe('World');
    expect(plan.tag('ansar dine')).toBe('Ansar Dine');
    expect(plan.notes).toEqual([
      'category "world" makes the same URL (/world/) as the section "World"; its stories are filed under "World"',
      'tag "ansar dine" makes the same URL (/tags/ansar-dine/) as the tag "Ansar Dine"; it is written "Ansar Dine"',
    ]);
  });
  test.each(['2015', 'Authors', 'page', 'Search', 'pagefind', 'share'])(
    'the section "%s" would take another route\'s URL and is renamed',
    (name) => {
      const plan = planNames({ sections: [name], tags: [] });
      expect(plan.section(name)).toBe(`${name} section`);
      expect(plan.notes[0]).toContain(`category "${name}" would be published at /`);
    },
  );
});

describe('bylines', () => {
  test('ids from logins, names from display names, else first and last, else the login (reported)', () => {
    const plan = planAuthors([
      { kind: 'author', login: 'Ada.N', displayName: 'Ada Ndiaye', firstName: '', lastName: '' },
      { kind: 'author', login: 'tberg', displayName: '', firstName: 'Tomas', lastName: 'Berg' },
      { kind: 'author', login: 'bot', displayName: '', firstName: '', lastName: '' },
      { kind: 'author', login: 'ada-n', displayName: 'Another Ada', firstName: '', lastName: '' },
    ]);
    expect([...plan.authors.values()].map((a) => [a.id, a.name])).toEqual([
      ['ada-n', 'Ada Ndiaye'],
      ['tberg', 'Tomas Berg'],
      ['bot', 'bot'],
      ['ada-n-2', 'Another Ada'],
    ]);
    expect(plan.notes).toEqual([
      'author "bot" has no display name or first and last name in the export; the byline prints the login',
      'author "ada-n" is the author file ada-n-2, as ada-n is another author\'s',
    ]);
  });
});

describe('frontmatter as an editor writes it', () => {
  test.each([
    ['World', 'World'],
    ['Post Format: Image', '"Post Format: Image"'],
    ['2015', '"2015"'],
    ['yes', '"yes"'],
    ['#hashtag', '"#hashtag"'],
    ['ends with a colon:', '"ends with a colon:"'],
    ["it's fine", "it's fine"],
    ['Misséni ‏🇲🇱', 'Misséni ‏🇲🇱'],
    ['line\u2028separator', '"line\\u2028separator"'],
  ])('%s is written %s and reads back as itself', (value, written) => {
    expect(yamlString(value)).toBe(written);
    expect(load(`x: ${written}`)).toEqual({ x: value });
  });
  test('in a list on one line, commas are quoted', () => {
    expect(yamlString('a, b', true)).toBe('"a, b"');
  });
  test("a whole file: fields in the seed's order, the date quoted, the provenance as a comment", () => {
    const file = articleFile(
      {
        headline: 'H',
        standfirst: 'S.',
        slug: 's',
        author: ['ada'],
        published: '2015-06-11T20:31:00+02:00',
        timeZone: 'Europe/Paris',
        dateline: 'Paris, FR',
        section: 'World',
        tags: ['Mali'],
        aliases: ['/?p=1'],
      },
      ['Imported from WordPress, post 1: https://old.example.org/?p=1'],
      'Body.\n',
    );
    expect(file).toBe(
      '---\n# Imported from WordPress, post 1: https://old.example.org/?p=1\nheadline: H\nstandfirst: S.\nslug: s\nauthor: ada\npublished: "2015-06-11T20:31:00+02:00"\ntimeZone: Europe/Paris\ndateline: Paris, FR\nsection: World\ntags: [Mali]\naliases:\n  - /?p=1\n---\n\nBody.\n',
    );
  });
  test('no dateline unless one is given: the field is left out, never filled in', () => {
    const file = articleFile(
      {
        headline: 'H',
        standfirst: 'S.',
        slug: 's',
        author: ['ada'],
        published: '2015-06-11T20:31:00+02:00',
        timeZone: 'Europe/Paris',
        section: 'World',
        tags: [],
        aliases: [],
      },
      [],
      '',
    );
    expect(file).toBe(
      '---\nheadline: H\nstandfirst: S.\nslug: s\nauthor: ada\npublished: "2015-06-11T20:31:00+02:00"\ntimeZone: Europe/Paris\nsection: World\n---\n',
    );
  });
  test('a draft with something missing: the reason as a comment right after ---, then the provenance; it still parses', () => {
    const reason = draftComment({ was: 'published' }, [
      'it has neither an excerpt nor any text to make a standfirst from',
      'its byline ("ghost\nwriter") names no author in the export, and a byline is not invented',
    ]);
    const file = articleFile(
      {
        headline: '(no title)',
        slug: 's',
        author: [],
        published: '2015-06-11T20:31:00+02:00',
        timeZone: 'UTC',
        section: 'World',
        tags: [],
        aliases: ['/?p=1'],
        draft: true,
      },
      [reason, 'Imported from WordPress, post 1: https://old.example.org/?p=1'],
      '',
    );
    expect(file.split('\n').slice(0, 3)).toEqual([
      '---',
      '# Imported as a draft: it has neither an excerpt nor any text to make a standfirst from; its byline ("ghost writer") names no author in the export, and a byline is not invented. Finish it and remove draft to publish.',
      '# Imported from WordPress, post 1: https://old.example.org/?p=1',
    ]);
    expect(file).not.toMatch(/^(standfirst|author|dateline):/m);
    expect(frontmatterData(file)).toEqual({
      headline: '(no title)',
      slug: 's',
      published: '2015-06-11T20:31:00+02:00',
      timeZone: 'UTC',
      section: 'World',
      aliases: ['/?p=1'],
      draft: true,
    });
  });
  test('a draft in WordPress says what it still lacks, not that the import made it one', () => {
    expect(draftComment({ was: 'pending review' }, ['it has no title'])).toBe(
      'A draft in WordPress, still to finish: it has no title. Finish it and remove draft to publish.',
    );
  });
  test('the standfirst from an opening: two sentences, at most 60 words', () => {
    expect(standfirstFrom('One. Two! Three?')).toBe('One. Two!');
    expect(standfirstFrom(`${'word '.repeat(80)}end.`).split(' ')).toHaveLength(60);
  });
});

describe('embedded photo credits (serialized PHP, lengths in bytes)', () => {
  test('the IPTC credit, else the copyright', () => {
    expect(
      embeddedCredit('a:1:{s:10:"image_meta";a:2:{s:6:"credit";s:12:"Photo: Séni";s:9:"copyright";s:3:"Bob";}}'),
    ).toBe('Photo: Séni');
    expect(embeddedCredit('a:1:{s:10:"image_meta";a:2:{s:6:"credit";s:0:"";s:9:"copyright";s:3:"Bob";}}')).toBe('Bob');
    expect(embeddedCredit('not serialized')).toBe('');
  });
  test('malformed input is no credit, never an exception', () => {
    expect(embeddedCredit('a:1:{s:99:"short";}')).toBe('');
    expect(embeddedCredit('a:1:{s:10:"image_meta";')).toBe('');
    expect(embeddedCredit('a:1:{s:10:"image_meta";s:3:"odd";}')).toBe('');
  });
  test('metadata kept as a PHP object of a class this side does not have is read as its properties', () => {
    expect(embeddedCredit('O:8:"stdClass":1:{s:10:"image_meta";a:1:{s:6:"credit";s:3:"Ann";}}')).toBe('Ann');
  });
});

describe('uploads', () => {
  test.each([
    ['https://old.example.org/wp-content/uploads/2015/06/bell.jpg', '2015/06/bell.jpg'],
    ['https://old.example.org/blog/wp-content/uploads/2015/06/bell-600x400.jpg?w=600', '2015/06/bell-600x400.jpg'],
    ['https://wpthemetestdata.files.wordpress.com/2008/06/100_5478.jpg?w=604', '2008/06/100_5478.jpg'],
    ['https://i0.wp.com/old.example.org/wp-content/uploads/2015/06/caf%C3%A9.jpg', '2015/06/café.jpg'],
    ['https://flickr.com/photos/x.jpg', undefined],
    ['https://old.example.org/wp-content/uploads/../secret', undefined],
  ])('%s -> %s', (url, rel) => expect(uploadPath(url)).toBe(rel));
  test('file names safe everywhere', () => {
    expect(safeFileName('Bell on Wharf (1).JPG')).toBe('bell-on-wharf-1.jpg');
    expect(safeFileName('100_5478.jpg')).toBe('100-5478.jpg');
  });
});

describe('the command line', () => {
  const file = 'tests/fixtures/wordpress/theme-unit-test-data.xml';
  test('the documented command', () => {
    expect(
      parseImportArgs(['wordpress', file, '--media', 'tests', '--time-zone', 'Europe/Paris', '--dry-run']),
    ).toMatchObject({
      source: 'wordpress',
      exportFile: file,
      mediaDir: 'tests',
      timeZone: 'Europe/Paris',
      dryRun: true,
      force: false,
    });
    expect(parseImportArgs(['wordpress', file, '--republished', '--publisher', 'VICE News'])).toMatchObject({
      republished: { publisher: 'VICE News' },
    });
  });
  test.each([
    [[], 'say what to import from: wordpress'],
    [['ghost', file], 'cannot import from "ghost": the one source so far is wordpress'],
    [
      ['wordpress'],
      'name the WordPress export file (Tools > Export in WordPress), e.g. npm run import -- wordpress export.xml',
    ],
    [['wordpress', 'no/such.xml'], 'no/such.xml: no such file'],
    [
      ['wordpress', file, '--time-zone', 'Mars/Olympus'],
      '--time-zone Mars/Olympus is not an IANA time zone name, like "Europe/Paris"',
    ],
    [['wordpress', file, '--media', 'no/such/folder'], '--media no/such/folder: no such folder'],
    [
      ['wordpress', file, '--republished'],
      '--republished needs --publisher "<name>", the publisher the stories first appeared with',
    ],
    [['wordpress', file, '--publisher', 'X'], '--publisher goes with --republished'],
    [['wordpress', file, '--media'], '--media needs a value'],
    [['wordpress', file, '--colour'], 'unknown option --colour'],
    [['wordpress', file, '--colour=red'], 'unknown option --colour'],
    // A switch takes no value: "--dry-run=false" must not run a dry run, nor a real one.
    [['wordpress', file, '--dry-run=false'], '--dry-run takes no value'],
    [['wordpress', file, '--media', '--force'], '--media needs a value'],
  ])('%j: %s', (argv, error) => {
    expect(parseImportArgs(argv as string[])).toEqual({ error });
  });
  test('"--" ends the options, as in every command line tool: what follows is the export file', () => {
    expect(parseImportArgs(['wordpress', '--', file])).toMatchObject({ exportFile: file });
  });
  test('the fixture the command line test names is there', () => expect(fs.existsSync(file)).toBe(true));
});
