/**
 * The importer end to end on small exports written here: what each kind of post becomes, the report, images from
 * --media, running it again, files edited by hand, and the failures that must leave content/ as it was.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { frontmatterData } from '../../support/frontmatter-data.ts';
import { commit, createStaging, decide, removeStaging, stage } from '../../../src/lib/import/staging.ts';
import { ExportError } from '../../../src/lib/import/source.ts';
import { ROOT } from '../../support/build-fixture.ts';
import { importInto, type Sandbox, sandbox, treeBytes } from '../../support/import-harness.ts';
import { SITE, wxr, type WxrItem } from '../../support/wordpress-export.ts';
import { drawUploads } from '../../support/wordpress-media.ts';

let box: Sandbox | undefined;
afterEach(() => box?.remove());

const read = (file: string) => fs.readFileSync(path.join((box as Sandbox).content, file), 'utf8');
const data = (file: string) => frontmatterData(read(file)) as Record<string, any>;

describe('status: what each kind of post becomes', () => {
  const items: WxrItem[] = [
    { id: 1, title: 'Published', slug: 'published' },
    { id: 2, title: 'Scheduled', slug: 'scheduled', status: 'future', date: '2030-01-01 12:00:00' },
    { id: 3, title: 'A draft', slug: 'a-draft', status: 'draft', dateGmt: '0000-00-00 00:00:00' },
    { id: 4, title: 'Pending', slug: 'pending', status: 'pending' },
    {
      id: 5,
      title: 'Private matters',
      slug: 'private',
      status: 'private',
      content: '<p>PRIVATE-TEXT-1 never leaves.</p>',
    },
    { id: 6, title: 'Locked', slug: 'locked', password: 'enter', content: '<p>PASSWORD-TEXT-1 never leaves.</p>' },
    { id: 7, title: 'Binned', slug: 'binned', status: 'trash' },
    { id: 8, title: 'About us', type: 'page', slug: 'about' },
  ];

  test('published, scheduled, drafts and pending come in; private, password-protected and trashed posts are skipped and listed', async () => {
    box = sandbox(wxr({ items }));
    const { report, text } = await importInto(box);
    expect(report.tallies.get('posts')).toEqual({ imported: 4, heldBack: 0, skipped: 3 });
    expect(report.tallies.get('pages')).toEqual({ imported: 0, heldBack: 0, skipped: 1 });
    expect(report.stories).toEqual({ published: 1, scheduled: 1, drafts: 2 });
    expect(data('articles/2015/06/11/published.md').draft).toBeUndefined();
    expect(data('articles/2030/01/01/scheduled.md')).toMatchObject({ published: '2030-01-01T12:00:00+00:00' });
    expect(data('articles/2030/01/01/scheduled.md').draft).toBeUndefined();
    expect(data('articles/2015/06/11/a-draft.md').draft).toBe(true);
    expect(data('articles/2015/06/11/pending.md').draft).toBe(true);
    expect(text).toContain('post 5 "Private matters" (line');
    expect(text).toMatch(/post 5 "Private matters" \(line \d+\): skipped: private/);
    expect(text).toMatch(/post 6 "Locked" \(line \d+\): skipped: password-protected/);
    expect(text).toMatch(/post 7 "Binned" \(line \d+\): skipped: in the trash/);
    expect(text).toMatch(/page 8 "About us" \(line \d+\): skipped: a page/);
    // Nothing of the private or protected posts is written anywhere under content/.
    const everything = Object.values(treeBytes(box.content))
      .map((b) => Buffer.from(b, 'base64').toString('utf8'))
      .join('\n');
    expect(everything).not.toMatch(/PRIVATE-TEXT-1|PASSWORD-TEXT-1|Private matters|Locked/);
  });

  test('the report says what came in, by kind, and is the same text the command prints', async () => {
    box = sandbox(wxr({ items }));
    const { text } = await importInto(box);
    expect(text).toContain(`Import from WordPress export ${box.exportFile}`);
    expect(text).toMatch(/^posts +4 +0 +3$/m);
    expect(text).toMatch(/^pages +0 +0 +1$/m);
    expect(text).toMatch(/^authors +1 +0 +0$/m);
    expect(text).toContain('Stories: 1 published, 1 scheduled');
  });
});

describe('dates: the moment WordPress fixed, with the offset the newsroom zone had', () => {
  test('post_date and post_date_gmt give the moment; --time-zone gives the offset; a disagreement is reported', async () => {
    box = sandbox(
      wxr({
        items: [
          { id: 1, slug: 'summer', date: '2015-06-11 20:31:00', dateGmt: '2015-06-11 18:31:00' },
          { id: 2, slug: 'winter', date: '2015-01-11 20:31:00', dateGmt: '2015-01-11 19:31:00' },
          { id: 3, slug: 'wrong-zone', date: '2015-06-11 20:31:00', dateGmt: '2015-06-11 20:31:00' },
        ],
      }),
    );
    const { text } = await importInto(box, { timeZone: 'Europe/Paris' });
    expect(data('articles/2015/06/11/summer.md').published).toBe('2015-06-11T20:31:00+02:00');
    expect(data('articles/2015/01/11/winter.md').published).toBe('2015-01-11T20:31:00+01:00');
    expect(data('articles/2015/06/11/wrong-zone.md').published).toBe('2015-06-11T22:31:00+02:00');
    expect(read('articles/2015/06/11/summer.md')).toContain('published: "2015-06-11T20:31:00+02:00"');
    expect(text).toMatch(
      /post 3 "Story 3" \(line \d+\): WordPress dated it 2015-06-11 20:31:00 at UTC\+00:00, but Europe\/Paris was at UTC\+02:00 then/,
    );
    expect(text).not.toMatch(/post 1 .*WordPress dated it/);
  });
});

describe('bylines', () => {
  test('authors become author files; Co-Authors Plus bylines keep their order; a name that is no author is reported, not invented, and a post with no author left is a draft', async () => {
    box = sandbox(
      wxr({
        authors: [
          { login: 'ada', displayName: 'Ada Ndiaye' },
          { login: 'tomas.berg', firstName: 'Tomas', lastName: 'Berg' },
          { login: 'unused', displayName: 'Nobody Here' },
        ],
        items: [
          { id: 1, slug: 'solo', creator: 'ada' },
          {
            id: 2,
            slug: 'shared',
            creator: 'ada',
            terms: [
              ['category', 'world', 'World'],
              ['author', 'cap-tomas.berg', 'tomas.berg'],
              ['author', 'cap-ada', 'ada'],
            ],
          },
          {
            id: 3,
            slug: 'partly',
            terms: [
              ['category', 'world', 'World'],
              ['author', 'cap-ada', 'ada'],
              ['author', 'cap-ghost', 'ghost'],
            ],
          },
          { id: 4, slug: 'orphan', creator: 'ghostwriter' },
        ],
      }),
    );
    const { report, text } = await importInto(box);
    expect(read('authors/ada.yaml')).toBe('# Imported from WordPress: the account "ada"\nname: Ada Ndiaye\n');
    expect(read('authors/tomas-berg.yaml')).toContain('name: Tomas Berg\n');
    expect(fs.existsSync(path.join(box.content, 'authors/unused.yaml'))).toBe(false);
    expect(data('articles/2015/06/11/solo.md').author).toBe('ada');
    expect(data('articles/2015/06/11/shared.md').author).toEqual(['tomas-berg', 'ada']);
    expect(data('articles/2015/06/11/partly.md').author).toBe('ada');
    expect(text).toMatch(
      /post 3 "Story 3" \(line \d+\): the byline name "ghost" matches no author in the export and is left off/,
    );
    expect(text).toMatch(
      /post 4 "Story 4" \(line \d+\): published in WordPress, imported as a draft: its byline \("ghostwriter"\) names no author in the export, and a byline is not invented/,
    );
    expect(data('articles/2015/06/11/orphan.md')).toMatchObject({ draft: true });
    expect(data('articles/2015/06/11/orphan.md').author).toBeUndefined();
    expect(report.tallies.get('posts')).toEqual({ imported: 4, heldBack: 0, skipped: 0 });
    expect(report.tallies.get('authors')).toEqual({ imported: 2, heldBack: 0, skipped: 1 });
  });
});

describe('datelines: a fact, never made up', () => {
  const items: WxrItem[] = [
    { id: 1, slug: 'none' },
    { id: 2, slug: 'filed', meta: { dateline: 'Bamako, ML' } },
  ];

  test('WordPress keeps none: a story without a dateline custom field has none, and still comes in', async () => {
    box = sandbox(wxr({ items }));
    const { report } = await importInto(box);
    expect(report.tallies.get('posts')).toEqual({ imported: 2, heldBack: 0, skipped: 0 });
    expect(report.stories).toMatchObject({ published: 2, drafts: 0 });
    expect(read('articles/2015/06/11/none.md')).not.toMatch(/^dateline:/m);
    expect(data('articles/2015/06/11/filed.md').dateline).toBe('Bamako, ML');
  });

  test('--dateline, a dateline true of every story, fills the others; the custom field wins', async () => {
    box = sandbox(wxr({ items }));
    await importInto(box, { dateline: 'Paris, FR' });
    expect(data('articles/2015/06/11/none.md').dateline).toBe('Paris, FR');
    expect(data('articles/2015/06/11/filed.md').dateline).toBe('Bamako, ML');
  });
});

/**
 * Posts like those WordPress's block test data holds (issue 30): text that is code, a verse, preformatted or only
 * headings; a Custom HTML block; and posts that cannot be published as they are. Each comes in, as a story or as a
 * draft whose file and report line say why.
 */
describe('every published post comes in, as a story or a draft that says why', () => {
  const block = (name: string, html: string) => `<!-- wp:${name} -->\n${html}\n<!-- /wp:${name} -->`;
  const items: WxrItem[] = [
    {
      id: 31,
      title: 'Code',
      slug: 'code',
      content: block('code', '<pre class="wp-block-code"><code>Hello World.</code></pre>'),
    },
    {
      id: 69,
      title: 'Verse',
      slug: 'verse',
      content: block('verse', '<pre class="wp-block-verse">Write a verse\nCode is poetry</pre>'),
    },
    {
      id: 44,
      title: 'Preformatted',
      slug: 'preformatted',
      content: block('preformatted', '<pre class="wp-block-preformatted">Some preformatted text</pre>'),
    },
    {
      id: 17,
      title: 'Heading',
      slug: 'heading',
      content: `${block('heading {"level":1}', '<h1 class="wp-block-heading">H1 Heading</h1>')}\n\n${block('heading', '<h2 class="wp-block-heading">H2 Heading</h2>')}`,
    },
    { id: 145, title: 'Custom HTML', slug: 'custom-html', content: block('html', '<b>Hello World</b>') },
    {
      id: 218,
      title: 'Title',
      slug: 'title',
      content: '<!-- wp:post-title {"level":1} /-->\n\n<!-- wp:post-title /-->',
    },
    { id: 555, title: 'Gallery', slug: 'gallery', content: '[gallery ids="1,2,3"]' },
    { id: 1730, title: 'Common', slug: 'common', creator: '>themereviewteam' },
    { id: 1169, title: '', slug: 'no-title' },
    { id: 9, title: 'Later', slug: 'later', status: 'future', date: '2030-01-01 12:00:00', content: '' },
    { id: 10, title: 'Private', slug: 'private', status: 'private', content: '' },
  ];

  test('code, a verse, preformatted text, headings and Custom HTML are text: each is a story with a standfirst', async () => {
    box = sandbox(wxr({ items }));
    await importInto(box);
    expect(data('articles/2015/06/11/code.md')).toMatchObject({ standfirst: 'Hello World.' });
    expect(data('articles/2015/06/11/verse.md')).toMatchObject({ standfirst: 'Write a verse / Code is poetry' });
    expect(data('articles/2015/06/11/preformatted.md')).toMatchObject({ standfirst: 'Some preformatted text' });
    expect(data('articles/2015/06/11/heading.md')).toMatchObject({ standfirst: 'H1 Heading' });
    expect(data('articles/2015/06/11/custom-html.md')).toMatchObject({ standfirst: 'Hello World' });
    for (const slug of ['code', 'verse', 'preformatted', 'heading', 'custom-html'])
      expect(data(`articles/2015/06/11/${slug}.md`).draft, slug).toBeUndefined();
  });

  test('no text, no author or no title: a draft, its reason in the report and in a comment right after ---', async () => {
    box = sandbox(wxr({ items }));
    const { report, text } = await importInto(box);
    // Nothing published is lost; the private post is still never written. The content check passed all of them.
    expect(report.tallies.get('posts')).toEqual({ imported: 10, heldBack: 0, skipped: 1 });
    expect(report.stories).toEqual({ published: 5, scheduled: 0, drafts: 5 });
    const drafts: [string, RegExp][] = [
      ['title', /it has neither an excerpt nor any text to make a standfirst from/],
      ['gallery', /it has neither an excerpt nor any text to make a standfirst from/],
      ['common', /its byline \(">themereviewteam"\) names no author in the export, and a byline is not invented/],
      ['no-title', /it has no title: "\(no title\)" stands in for its headline until one is written/],
    ];
    for (const [slug, reason] of drafts) {
      const file = read(`articles/2015/06/11/${slug}.md`);
      const [open, first, second] = file.split('\n');
      expect(open).toBe('---');
      expect(first, slug).toMatch(/^# Imported as a draft: .*\. Finish it and remove draft to publish\.$/);
      expect(first, slug).toMatch(reason);
      expect(second, slug).toMatch(/^# Imported from WordPress, post \d+: /);
      expect(data(`articles/2015/06/11/${slug}.md`).draft, slug).toBe(true);
    }
    expect(data('articles/2015/06/11/gallery.md').standfirst).toBeUndefined();
    expect(data('articles/2015/06/11/common.md').author).toBeUndefined();
    expect(data('articles/2015/06/11/no-title.md').headline).toBe('(no title)');
    // Scheduled in WordPress and empty: a draft too, keeping its date.
    expect(data('articles/2030/01/01/later.md')).toMatchObject({ draft: true, published: '2030-01-01T12:00:00+00:00' });
    expect(text).toMatch(/post 9 "Later" \(line \d+\): scheduled in WordPress, imported as a draft: it has neither/);
    expect(report.drafted).toHaveLength(5);
    expect(text).toContain('5 drafts (5 with something to finish first, listed below)');
    expect(text).toMatch(
      /post 218 "Title" \(line \d+\): a block that WordPress draws only as it shows the post \(wp:post-title\) is left out/,
    );
    expect(text).toMatch(/post 555 "Gallery" \(line \d+\): \[gallery\] \(a gallery of the post's images\) left out/);
  });
});

describe('sections and tags', () => {
  test('reserved names and spellings that fold to one URL are settled as the report says, never silently', async () => {
    box = sandbox(
      wxr({
        items: [
          {
            id: 1,
            slug: 'a',
            terms: [
              ['category', 'tags', 'Tags'],
              ['post_tag', 'mali', 'Mali'],
            ],
          },
          {
            id: 2,
            slug: 'b',
            terms: [
              ['category', 'world', 'World'],
              ['post_tag', 'mali-2', 'MALI'],
              ['post_tag', 'x', 'ΕΛΛΑΣ'],
              ['post_tag', 'y', '!!!'],
            ],
          },
          {
            id: 3,
            slug: 'c',
            terms: [
              ['category', 'uncategorized', 'Uncategorized'],
              ['category', 'monde', 'Wörld'],
              ['category', 'sahel', 'Sahel'],
            ],
          },
        ],
      }),
    );
    const { text } = await importInto(box);
    expect(data('articles/2015/06/11/a.md')).toMatchObject({ section: 'Tags section', tags: ['Mali'] });
    // A tag in another script keeps its letters (its URL is /tags/ελλας/); one with no letter at all is left out.
    expect(data('articles/2015/06/11/b.md')).toMatchObject({ section: 'World', tags: ['Mali', 'ΕΛΛΑΣ'] });
    expect(data('articles/2015/06/11/c.md')).toMatchObject({ section: 'World', tags: ['Sahel'] });
    expect(text).toContain(
      'category "Tags" would be published at /tags/, which is the tags index and tag pages; it is the section "Tags section" (/tags-section/)',
    );
    expect(text).toContain('tag "MALI" makes the same URL (/tags/mali/) as the tag "Mali"; it is written "Mali"');
    expect(text).toContain(
      'category "Wörld" makes the same URL (/world/) as the section "World"; its stories are filed under "World"',
    );
    expect(text).toContain('tag "!!!" has no letter or digit in any script to make its URL from; it is left out');
    expect(text).not.toContain('ΕΛΛΑΣ');
  });
});

describe('old links', () => {
  test('each story keeps its old link and /?p=<id> as aliases, unless the old link is its new permalink', async () => {
    box = sandbox(
      wxr({
        items: [
          { id: 41, slug: 'same-place' },
          { id: 42, slug: 'moved', link: `${SITE}/archives/42` },
          { id: 43, slug: 'sub', link: 'https://old.example.org/blog/2015/06/11/sub/' },
        ],
        link: 'https://old.example.org/blog',
      }),
    );
    const { report } = await importInto(box);
    // Its old link is its permalink in Gazette too: nothing to redirect but /?p=41.
    expect(data('articles/2015/06/11/same-place.md').aliases).toEqual(['/?p=41']);
    expect(data('articles/2015/06/11/moved.md').aliases).toEqual(['/archives/42', '/?p=42']);
    // Relative to the old site's address: a blog at /blog/ kept its links when Gazette is served at BASE_PATH=/blog/.
    expect(data('articles/2015/06/11/sub.md').aliases).toEqual(['/?p=43']);
    expect(report.redirects).toBe(4);
  });
});

describe('names in any script', () => {
  test('a Persian WordPress slug comes in decoded and folded, its old link redirected to the new permalink', async () => {
    const persian = '%d8%ad%d9%85%d9%84%d9%87-%d8%a8%d9%87-%d9%85%d9%8a%d8%b3%d9%86%d9%8a';
    box = sandbox(
      wxr({
        items: [
          {
            id: 7,
            slug: persian,
            link: `${SITE}/archives/${persian}/`,
            terms: [
              ['category', 'iran', 'ايران'],
              ['post_tag', 'books', 'کتاب‌ها'],
            ],
          },
        ],
      }),
    );
    await importInto(box, { site: { language: 'fa' } });
    // Arabic yeh in the WordPress slug, Persian yeh in Gazette's: the site's language is Persian.
    const story = data('articles/2015/06/11/حمله-به-میسنی.md');
    expect(story).toMatchObject({ slug: 'حمله-به-میسنی', section: 'ايران', tags: ['کتاب‌ها'] });
    expect(story.aliases).toEqual([`/archives/${persian}/`, '/?p=7']);
  });
});

describe('old links that cannot be redirected', () => {
  test('an old address that is a URL the site builds is left off the story, which still comes in, and reported', async () => {
    box = sandbox(
      wxr({ items: [{ id: 5, slug: 'tagged', link: `${SITE}/tags/mali/`, terms: [['category', 'world', 'World']] }] }),
    );
    const { report, text } = await importInto(box);
    expect(report.tallies.get('posts')?.imported).toBe(1);
    expect(data('articles/2015/06/11/tagged.md').aliases).toEqual(['/?p=5']);
    expect(text).toMatch(
      /post 5 "Story 5" \(line \d+\): its old address \/tags\/mali\/ is not redirected: it is under \/tags\/, the tags index and tag pages; an old address cannot take a URL the site builds/,
    );
  });
});

describe('images', () => {
  const withPhoto = (meta: Record<string, string> = {}): WxrItem[] => [
    {
      id: 10,
      slug: 'with-photo',
      content:
        '<p>Opening paragraph of the photo story, long enough.</p>[caption id="attachment_11" width="600"]<a href="https://old.example.org/wp-content/uploads/2015/06/bell.jpg"><img src="https://old.example.org/wp-content/uploads/2015/06/bell-600x400.jpg" alt="A bell on a wharf" /></a> The bell, at dawn[/caption]',
      meta: { _thumbnail_id: '11' },
    },
    {
      id: 11,
      type: 'attachment',
      title: 'bell',
      slug: 'bell',
      attachmentUrl: 'https://old.example.org/wp-content/uploads/2015/06/bell.jpg',
      excerpt: 'The harbour bell',
      parent: 10,
      meta: { _wp_attachment_image_alt: 'A bell on a wharf', ...meta },
    },
  ];
  const credited = {
    _wp_attachment_metadata:
      'a:2:{s:5:"width";i:96;s:10:"image_meta";a:2:{s:6:"credit";s:16:"Photo: Ana Souza";s:9:"copyright";s:0:"";}}',
  };

  test('the featured image becomes the main image with its alt text, caption and embedded credit; [caption] a figure', async () => {
    box = sandbox(wxr({ items: withPhoto(credited) }));
    await drawUploads(box.media, ['2015/06/bell.jpg']);
    const { report } = await importInto(box, { mediaDir: box.media });
    const story = data('articles/2015/06/11/with-photo.md');
    expect(story.image).toEqual({
      src: './with-photo/bell.jpg',
      alt: 'A bell on a wharf',
      credit: 'Photo: Ana Souza',
      caption: 'The harbour bell',
    });
    expect(fs.existsSync(path.join(box.content, 'articles/2015/06/11/with-photo/bell.jpg'))).toBe(true);
    expect(read('articles/2015/06/11/with-photo.md')).toContain(
      '<figure>\n\n![A bell on a wharf](./with-photo/bell.jpg)\n\n<figcaption>The bell, at dawn</figcaption>\n</figure>',
    );
    expect(report.tallies.get('attachments')).toEqual({ imported: 1, heldBack: 0, skipped: 0 });
  });

  test('--image-credit credits a photo whose file names no one; without either the photo is left out and said so', async () => {
    box = sandbox(wxr({ items: withPhoto() }));
    await drawUploads(box.media, ['2015/06/bell.jpg']);
    const first = await importInto(box, { mediaDir: box.media });
    expect(data('articles/2015/06/11/with-photo.md').image).toBeUndefined();
    expect(first.text).toMatch(
      /post 10 "Story 10" \(line \d+\): its featured image \(bell\.jpg\) is left out: the export names no credit for it; pass --image-credit/,
    );
    const second = await importInto(box, { mediaDir: box.media, imageCredit: 'Photo: The Old Example' });
    expect(data('articles/2015/06/11/with-photo.md').image.credit).toBe('Photo: The Old Example');
    expect(second.report.files.written).toContain('articles/2015/06/11/with-photo.md');
  });

  test('a missing file: the story comes in without the image, no credit is shown, and the report says so', async () => {
    box = sandbox(wxr({ items: withPhoto(credited) }));
    const { report, text } = await importInto(box, { mediaDir: box.media });
    expect(report.tallies.get('posts')?.imported).toBe(1);
    const file = read('articles/2015/06/11/with-photo.md');
    expect(data('articles/2015/06/11/with-photo.md').image).toBeUndefined();
    expect(file).not.toMatch(/Ana Souza|credit|<figure>|!\[/);
    expect(text).toMatch(
      /post 10 "Story 10" \(line \d+\): its featured image is left out, and no credit is shown: 2015\/06\/bell\.jpg is not in /,
    );
    expect(text).toMatch(
      /post 10 "Story 10" \(line \d+\): an image in the body is left out: 2015\/06\/bell-600x400\.jpg is not in /,
    );
    expect(report.tallies.get('attachments')).toEqual({ imported: 0, heldBack: 0, skipped: 1 });
  });
});

describe('running it again', () => {
  const items: WxrItem[] = [
    { id: 1, slug: 'one' },
    { id: 2, slug: 'two' },
  ];

  test('re-importing the same export changes no byte', async () => {
    box = sandbox(wxr({ items }));
    await importInto(box);
    const before = treeBytes(box.content);
    const again = await importInto(box);
    expect(treeBytes(box.content)).toEqual(before);
    expect(again.report.files).toMatchObject({ written: [], unchanged: 3, kept: [] });
  });

  test('a file edited by hand since is kept and listed; --force overwrites it', async () => {
    box = sandbox(wxr({ items }));
    await importInto(box);
    const file = path.join(box.content, 'articles/2015/06/11/one.md');
    const edited = `${fs.readFileSync(file, 'utf8')}\nA paragraph an editor added.\n`;
    fs.writeFileSync(file, edited);
    const kept = await importInto(box);
    expect(fs.readFileSync(file, 'utf8')).toBe(edited);
    expect(kept.report.files.kept).toEqual(['articles/2015/06/11/one.md']);
    expect(kept.text).toContain(
      'Kept as they are (edited by hand since the last import, or not written by one; --force overwrites them):\n  articles/2015/06/11/one.md',
    );
    const forced = await importInto(box, { force: true });
    expect(fs.readFileSync(file, 'utf8')).not.toContain('A paragraph an editor added.');
    expect(forced.report.files.overwritten).toEqual(['articles/2015/06/11/one.md']);
  });

  test('--dry-run writes nothing and reports the same', async () => {
    box = sandbox(wxr({ items }));
    const dry = await importInto(box, { dryRun: true });
    expect(treeBytes(box.content)).toEqual({});
    const real = await importInto(box);
    expect(dry.text.replace('Dry run (nothing written): import', 'Import').replace('would write', 'wrote')).toBe(
      real.text,
    );
  });
});

describe('failures leave content/ as it was', () => {
  test('malformed XML fails with the line and the reason, and writes nothing', async () => {
    const good = wxr({
      items: [
        { id: 1, slug: 'one' },
        { id: 2, slug: 'two' },
      ],
    });
    const broken = good.replace('<wp:post_id>2</wp:post_id>', '<wp:post_id>2</wp:post_ID>');
    box = sandbox(broken);
    const line = broken.split('\n').findIndex((l) => l.includes('</wp:post_ID>')) + 1;
    const error = await importInto(box).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExportError);
    expect((error as Error).message).toBe(
      `${box.exportFile}, line ${line}, column ${broken.split('\n')[line - 1].indexOf('</wp:post_ID>') + '</wp:post_ID>'.length}: the export is not well-formed XML: unexpected close tag`,
    );
    expect(treeBytes(box.content)).toEqual({});
  });

  test('XML that is not a WordPress export is refused by name', async () => {
    box = sandbox('<?xml version="1.0"?>\n<rss version="2.0"><channel><title>A feed</title></channel></rss>\n');
    await expect(importInto(box)).rejects.toThrow(
      'this is XML, but not a WordPress export: it has no <rss><channel> with a <wp:wxr_version>',
    );
    expect(treeBytes(box.content)).toEqual({});
  });

  test('a move that fails half-way is undone: the files already moved are taken back and what they replaced restored', () => {
    box = sandbox('');
    fs.mkdirSync(path.join(box.content, 'articles'), { recursive: true });
    fs.writeFileSync(path.join(box.content, 'articles/a.md'), 'before\n');
    const before = treeBytes(box.content);
    const staging = createStaging(box.content, false);
    try {
      for (const file of ['articles/a.md', 'articles/new/b.md', 'articles/new/c.md'])
        stage(staging, { file, text: `new ${file}\n` });
      const decisions = decide(staging, box.content, { files: { 'articles/a.md': '' } }, true);
      let moves = 0;
      const failing = {
        rename: (from: string, to: string) => {
          // a.md is set aside (1) and replaced (2), b.md moves in (3); c.md's move (4) fails, as on a full disk.
          if (++moves === 4) throw new Error('ENOSPC: no space left on device');
          fs.renameSync(from, to);
        },
      };
      expect(() => commit(staging, box!.content, decisions, { files: {} }, failing)).toThrow('ENOSPC');
    } finally {
      removeStaging(staging);
    }
    expect(treeBytes(box.content)).toEqual(before);
  });
});

describe('republished stories', () => {
  test('--republished --publisher marks each story with its source, as the seed is', async () => {
    box = sandbox(wxr({ items: [{ id: 1, slug: 'one' }] }));
    await importInto(box, { republished: { publisher: 'The Old Example' } });
    expect(data('articles/2015/06/11/one.md').source).toEqual({
      publisher: 'The Old Example',
      url: `${SITE}/2015/06/11/one/`,
    });
  });
});

describe('npm run import, as an operator runs it', () => {
  const run = (args: string[]) =>
    spawnSync(process.execPath, [path.join(ROOT, 'scripts/import.ts'), ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      env: {
        ...process.env,
        GAZETTE_CONTENT_DIR: (box as Sandbox).content,
        SOURCE_DATE_EPOCH: '1793491200',
        BASE_URL: '',
      },
    });

  test('malformed XML: the line and the reason, exit 1, nothing written', () => {
    const broken = wxr({ items: [{ id: 1 }] }).replace('<wp:status>', '<wp:status>&nbsp;');
    box = sandbox(broken);
    const result = run(['wordpress', box.exportFile]);
    const line = broken.split('\n').findIndex((l) => l.includes('&nbsp;')) + 1;
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`npm run import: ${box.exportFile}, line ${line}, column`);
    expect(result.stderr).toContain('the export is not well-formed XML: invalid character entity');
    expect(result.stderr).toContain('Nothing was written.');
    expect(treeBytes(box.content)).toEqual({});
    expect(fs.existsSync(path.join(box.dir, 'import-report.txt'))).toBe(false);
  });

  test('a mistake in the command names the flag and shows the usage', () => {
    box = sandbox(wxr({ items: [{ id: 1 }] }));
    const result = run(['wordpress', box.exportFile, '--time-zone', 'Paris']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'npm run import: --time-zone Paris is not an IANA time zone name, like "Europe/Paris"',
    );
    expect(result.stderr).toContain('Usage: npm run import -- wordpress <export.xml> [options]');
  });

  test('an import prints the report and writes it beside the content folder', () => {
    box = sandbox(wxr({ items: [{ id: 1 }] }));
    const result = run(['wordpress', box.exportFile]);
    expect(result.status, result.stderr).toBe(0);
    const report = fs.readFileSync(path.join(box.dir, 'import-report.txt'), 'utf8');
    expect(result.stdout).toContain(report);
    expect(report).toMatch(/^posts +1 +0 +0$/m);
  });
});

describe("the export's language", () => {
  test("a Persian export's stories say they are in Persian on an English site; an English export's say nothing", async () => {
    box = sandbox(wxr({ language: 'fa-IR', items: [{ id: 1, title: 'تهران در انتظار باران', slug: 'rain' }] }));
    await importInto(box);
    expect(data('articles/2015/06/11/rain.md').lang).toBe('fa');
    box.remove();
    box = sandbox(wxr({ items: [{ id: 1, title: 'Rain in Tehran', slug: 'rain' }] }));
    await importInto(box);
    expect(data('articles/2015/06/11/rain.md')).not.toHaveProperty('lang');
  });

  test('a language Gazette cannot print is left out, and the report says so', async () => {
    box = sandbox(wxr({ language: 'xx-YY', items: [{ id: 1, slug: 'story' }] }));
    const { text } = await importInto(box);
    expect(data('articles/2015/06/11/story.md')).not.toHaveProperty('lang');
    expect(text).toContain(`the export's language "xx-YY" is a language this build has no locale data for`);
  });
});
