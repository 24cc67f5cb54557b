/**
 * An incremental build publishes exactly the bytes a clean build does, for the same content, code and clock.
 * One generated newsroom keeps its dist/ and cache across builds, as a real one does; after each change it is
 * rebuilt incrementally and compared, file by file, with a build from nothing. Each test also checks that the
 * change reached the files it should (so a comparison of two unchanged trees cannot pass for a fresh one), and
 * that the cache was really used (a silent fall-back to full builds would pass every comparison).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { makeImage } from '../../bench/build-scale.ts';
import { AUTHORS, syntheticArticle } from '../../bench/lib/corpus.ts';
import { TEST_EPOCH } from '../support/build-fixture.ts';
import { DESK_PATH } from '../support/built-site.ts';
import { changedFiles, IncrementalSite, type SiteBuild } from '../support/incremental-site.ts';
import {
  diagramSvg,
  LIVE_PAGE,
  LIVE_STORY,
  LIVE_UPDATES,
  liveStory,
  liveUpdate,
  markdown,
} from '../support/incremental-stories.ts';
import { treeHashes } from '../support/tree-hash.ts';

const ARTICLES = 30;
/** Twenty days after TEST_EPOCH (2026-11-01): past the second anniversary of the story published 2024-11-10. */
const LATER_EPOCH = String(Number(TEST_EPOCH) + 20 * 86_400);
/** Two days after TEST_EPOCH: past the front page pin's end, before any story's anniversary. */
const PIN_LAPSED_EPOCH = String(Number(TEST_EPOCH) + 2 * 86_400);
/** The editors pin an older story to lead the front page until the day after TEST_EPOCH. */
const PINNED = 10;
const FRONT_YAML = `pins:\n  - story: 10/bench-story-000010\n    until: "2026-11-02T00:00:00+00:00"\n`;

const page = (p: string) => `${p}index.html`;
const IMAGE_EVERY = 15;
/** Story i's permalink, read from the generated corpus (UTC dates, so the path is the date as written). */
function story(i: number): string {
  const { markdown } = syntheticArticle(i, ARTICLES, IMAGE_EVERY);
  const published = /^published: "(\d{4})-(\d{2})-(\d{2})T/m.exec(markdown)!;
  const slug = /^slug: (.+)$/m.exec(markdown)![1];
  return `${published[1]}/${published[2]}/${published[3]}/${slug}/`;
}
const storyPages = () => Array.from({ length: ARTICLES }, (_, i) => page(story(i)));
const storyFile = (i: number) =>
  `articles/${String(i % 100).padStart(2, '0')}/bench-story-${String(i).padStart(6, '0')}.md`;
const LINKER = '2024/12/20/linker-story/';
const CARRIED = '2024/12/25/carried-later/';
const ANNIVERSARY = '2024/11/10/anniversary-story/';
const DIAGRAM = '2024/12/22/diagram-story/';

/** The live story's updates at the first build: 22, on two pages (20 and 2). */
const LIVE_COUNT = 22;

const site = new IncrementalSite();
let before: Record<string, string>;

beforeAll(async () => {
  await site.setUp(ARTICLES, IMAGE_EVERY);
  fs.mkdirSync(site.file('articles/extra'), { recursive: true });
  // Cites a story Gazette does not carry yet: its Related links go to the original until it is added.
  fs.writeFileSync(
    site.file('articles/extra/linker.md'),
    markdown({
      slug: 'linker-story',
      published: '2024-12-20T10:00:00Z',
      headline: 'A story citing one not yet carried',
      related: 'https://example.org/news/carried-later',
    }),
  );
  fs.writeFileSync(
    site.file('articles/extra/anniversary.md'),
    markdown({
      slug: 'anniversary-story',
      published: '2024-11-10T12:00:00Z',
      headline: 'A story with a November anniversary',
    }),
  );
  // An SVG photo in a story's body: astro:assets gives it as a component (a function), not a plain record.
  fs.writeFileSync(site.file('articles/extra/diagram.svg'), diagramSvg('#2a6f97'));
  fs.writeFileSync(
    site.file('articles/extra/diagram.md'),
    markdown({
      slug: 'diagram-story',
      published: '2024-12-22T08:00:00Z',
      headline: 'A story with a diagram',
      photo: './diagram.svg',
    }),
  );
  fs.writeFileSync(site.file('front.yaml'), FRONT_YAML);
  // A live story with 22 updates: two pages of them.
  fs.writeFileSync(site.file(LIVE_STORY), liveStory());
  fs.mkdirSync(site.file(LIVE_UPDATES), { recursive: true });
  for (let n = 0; n < LIVE_COUNT; n++) {
    const { id, text } = liveUpdate(n);
    fs.writeFileSync(site.file(`${LIVE_UPDATES}/${id}.md`), text);
  }
  site.rebuild();
  before = site.tree();
}, 600_000);

afterAll(() => site.remove());

/** The story the front page leads with. */
const lead = () =>
  /class="lead-headline"[^>]*><a href="([^"]+)"/.exec(fs.readFileSync(path.join(site.dist, 'index.html'), 'utf8'))?.[1];
/** Every HTML page of the built site. */
/** The reader's pages: every HTML file but the desk, which has no masthead. */
const htmlPages = (tree: Record<string, string>) =>
  Object.keys(tree).filter(
    (f) => f.endsWith('.html') && `/${f}` !== `${DESK_PATH}index.html` && !/\/update\/[^/]+\/index\.html$/.test(f),
  );

/** Rebuilds incrementally and from nothing; returns both trees, the build, and what changed since the last one. */
function rebuildAndCompare(epoch = TEST_EPOCH) {
  const build: SiteBuild = site.rebuild(epoch);
  const incremental = site.tree();
  const clean = site.cleanTree(epoch);
  const changed = changedFiles(before, incremental);
  before = incremental;
  return { build, incremental, clean, changed };
}

test('at the first build the pinned story leads the front page', () => {
  expect(lead()).toBe(`/${story(PINNED)}`);
});

describe('content edits: body, frontmatter, author, added and deleted stories, a Related target', () => {
  let r: ReturnType<typeof rebuildAndCompare>;
  let published: Record<string, string>;
  beforeAll(() => {
    published = before;
    fs.appendFileSync(site.file(storyFile(1)), '\nThis paragraph was added by a correction.\n');
    const fm = site.file(storyFile(2));
    fs.writeFileSync(
      fm,
      fs
        .readFileSync(fm, 'utf8')
        .replace(/^headline: .*$/m, 'headline: "A rewritten headline"')
        // From Science to Politics: both sections have other stories, so the masthead stays as it is.
        .replace(/^section: .*$/m, 'section: Politics')
        .replace(/^tags: .*$/m, 'tags: [Rewritten]'),
    );
    fs.writeFileSync(site.file('authors/bruno-silva.yaml'), 'name: Bruno Silva-Mendes\n');
    fs.rmSync(site.file(storyFile(3)));
    fs.writeFileSync(
      site.file('articles/extra/carried.md'),
      markdown({
        slug: 'carried-later',
        published: '2024-12-25T09:00:00Z',
        headline: 'The story cited before it was carried',
      }),
    );
    r = rebuildAndCompare();
  }, 600_000);

  test('the cache was used: unchanged pages were restored, not rendered', () => {
    expect(r.build.restored).toBeGreaterThan(ARTICLES);
    // Stories that neither changed nor show anything that did (in a corpus this small, the onward journeys reach many
    // of them) were restored, not rendered.
    const untouched = storyPages().filter((p) => !r.changed.includes(p) && fs.existsSync(path.join(site.dist, p)));
    expect(untouched.length).toBeGreaterThan(5);
    expect(untouched.filter((p) => r.build.rendered.includes(`/${p}`))).toEqual([]);
  });

  test('the tree it replaced is left beside dist/ for the next build to delete, so the editor does not wait for it', () => {
    expect(treeHashes(path.join(site.work, '.dist-building-old'))).toEqual(published);
    // And, when the pages went live before the new search index, the index it replaced.
    const left = fs.readdirSync(site.work).filter((f) => f.startsWith('.dist'));
    expect(left).toContain('.dist-building-old');
    expect(left.filter((f) => f !== '.dist-building-old' && f !== '.dist-building-search-old')).toEqual([]);
  });

  test('the whole tree is byte for byte what a clean build gives', () => {
    expect(changedFiles(r.incremental, r.clean)).toEqual([]);
  });

  test('a body edit: the story page changes, and only where it should', () => {
    expect(r.changed).toContain(page(story(1)));
    expect(fs.readFileSync(path.join(site.dist, page(story(1))), 'utf8')).toContain(
      'This paragraph was added by a correction.',
    );
    expect(r.incremental[page(story(1))]).toBe(r.clean[page(story(1))]);
  });

  test('a frontmatter edit (headline, section, tags): the page, its card, the front page, the feed and the author page', () => {
    for (const file of [
      page(story(2)),
      `share/${story(2)}card.png`,
      'index.html',
      'rss.xml',
      `authors/${AUTHORS[2]}/index.html`,
    ]) {
      expect(r.changed).toContain(file);
      expect(r.incremental[file]).toBe(r.clean[file]);
    }
    expect(fs.readFileSync(path.join(site.dist, `authors/${AUTHORS[2]}/index.html`), 'utf8')).toContain(
      'A rewritten headline',
    );
  });

  test('an author renamed: every page that bylines them', () => {
    const bylined = Object.keys(r.incremental).filter(
      (f) =>
        f.endsWith('index.html') && fs.readFileSync(path.join(site.dist, f), 'utf8').includes('Bruno Silva-Mendes'),
    );
    // Bruno Silva is AUTHORS[1]: story i is bylined AUTHORS[i % AUTHORS.length]; and the author's own page.
    const byBruno = Array.from({ length: ARTICLES }, (_, i) => i).filter((i) => i % AUTHORS.length === 1 && i !== 3);
    expect(bylined.sort()).toEqual([...byBruno.map((i) => page(story(i))), `authors/${AUTHORS[1]}/index.html`].sort());
    for (const file of bylined) {
      expect(r.changed).toContain(file);
      expect(r.incremental[file]).toBe(r.clean[file]);
    }
  });

  test('a story added and one deleted: the new page and card appear, the old ones and their listings go', () => {
    expect(r.incremental[page(CARRIED)]).toBe(r.clean[page(CARRIED)]);
    expect(r.incremental[`share/${CARRIED}card.png`]).toBeDefined();
    expect(Object.keys(r.incremental).filter((f) => f.includes('bench-story-000003'))).toEqual([]);
    for (const listing of ['index.html', 'rss.xml', 'sitemap-pages-0.xml', `authors/${AUTHORS[3]}/index.html`]) {
      expect(fs.readFileSync(path.join(site.dist, listing), 'utf8')).not.toContain('bench-story-000003');
    }
    // Stories 4 and 5 listed story 3 as related: their links now go to the original.
    for (const i of [4, 5]) {
      expect(r.changed).toContain(page(story(i)));
      expect(r.incremental[page(story(i))]).toBe(r.clean[page(story(i))]);
    }
  });

  test('a Related target added: the citing story now links to our copy, inline and in its list', () => {
    const html = fs.readFileSync(path.join(site.dist, page(LINKER)), 'utf8');
    expect(html).toContain(`href="/${CARRIED}" data-related="internal"`);
    expect(html).not.toContain('href="https://example.org/news/carried-later"');
    expect(r.changed).toContain(page(LINKER));
    expect(r.incremental[page(LINKER)]).toBe(r.clean[page(LINKER)]);
  });
});

describe('a new section: every page shows it in its masthead', () => {
  let r: ReturnType<typeof rebuildAndCompare>;
  beforeAll(() => {
    const fm = site.file(storyFile(12));
    fs.writeFileSync(fm, fs.readFileSync(fm, 'utf8').replace(/^section: .*$/m, 'section: Obituaries'));
    r = rebuildAndCompare();
  }, 600_000);

  test('every page is rendered again with the new section in its masthead; the tree equals a clean build', () => {
    expect(changedFiles(r.incremental, r.clean)).toEqual([]);
    const pages = htmlPages(r.incremental);
    expect(pages.length).toBeGreaterThan(ARTICLES * 2);
    for (const file of pages) {
      expect(r.changed, file).toContain(file);
      expect(fs.readFileSync(path.join(site.dist, file), 'utf8'), file).toMatch(
        /<nav class="section-nav"[\s\S]*?href="\/obituaries\/"[\s\S]*?<\/nav>/,
      );
    }
  });

  test('what shows no masthead was restored: the share cards', () => {
    expect(r.changed.filter((f) => f.startsWith('share/'))).toEqual([]);
    expect(r.build.restored).toBeGreaterThan(ARTICLES);
  });
});

describe('a pin expires: the next build after its time', () => {
  let r: ReturnType<typeof rebuildAndCompare>;
  beforeAll(() => {
    r = rebuildAndCompare(PIN_LAPSED_EPOCH);
  }, 600_000);

  test('the front page gives the lead back to the newest story; the tree equals a clean build at that clock', () => {
    expect(lead()).toBe(`/${story(0)}`);
    expect(r.changed).toContain('index.html');
    expect(changedFiles(r.incremental, r.clean)).toEqual([]);
  });

  test('nothing else the clock decides changed, so the story pages were restored', () => {
    expect(storyPages().filter((p) => r.build.rendered.includes(`/${p}`))).toEqual([]);
    expect(r.changed.filter((f) => storyPages().includes(f))).toEqual([]);
    expect(r.build.restored).toBeGreaterThan(ARTICLES);
  });
});

describe('only the clock moved, across an anniversary', () => {
  let r: ReturnType<typeof rebuildAndCompare>;
  beforeAll(() => {
    r = rebuildAndCompare(LATER_EPOCH);
  }, 600_000);

  test('the story whose anniversary passed gets its new age banner; the tree equals a clean build at that clock', () => {
    expect(fs.readFileSync(path.join(site.dist, page(ANNIVERSARY)), 'utf8')).toContain(
      'This story is over 2 years old',
    );
    expect(r.changed).toContain(page(ANNIVERSARY));
    expect(changedFiles(r.incremental, r.clean)).toEqual([]);
  });

  test('stories whose banner words did not change were restored', () => {
    const untouched = storyPages().filter((p) => !r.changed.includes(p) && fs.existsSync(path.join(site.dist, p)));
    expect(untouched.length).toBeGreaterThan(ARTICLES / 2);
    expect(untouched.filter((p) => r.build.rendered.includes(`/${p}`))).toEqual([]);
    expect(r.build.restored).toBeGreaterThan(ARTICLES);
  });
});

describe('a template change', () => {
  let r: ReturnType<typeof rebuildAndCompare>;
  beforeAll(() => {
    const component = path.join(site.project, 'src/components/Standfirst.astro');
    fs.writeFileSync(
      component,
      fs.readFileSync(component, 'utf8').replace('<p class="standfirst">', '<p class="standfirst" data-edited>'),
    );
    r = rebuildAndCompare(LATER_EPOCH);
  }, 600_000);

  test('every story page is rendered with the new template, and the tree equals a clean build', () => {
    expect(fs.readFileSync(path.join(site.dist, page(story(9))), 'utf8')).toContain('data-edited');
    expect(r.changed).toContain(page(story(9)));
    expect(changedFiles(r.incremental, r.clean)).toEqual([]);
  });
});

describe('a word changed in the interface’s catalogue (src/i18n/en.json), no template or story touched', () => {
  let r: ReturnType<typeof rebuildAndCompare>;
  beforeAll(() => {
    // Read from the file when a page is rendered, not imported: only the pages' keys can say it changed.
    const catalogue = path.join(site.project, 'src/i18n/en.json');
    const messages = JSON.parse(fs.readFileSync(catalogue, 'utf8'));
    fs.writeFileSync(catalogue, JSON.stringify({ ...messages, 'article.related': 'Related reading' }, null, 2));
    r = rebuildAndCompare(LATER_EPOCH);
  }, 600_000);

  test('the pages that show it are rendered again with the new word, and the tree equals a clean build', () => {
    const html = fs.readFileSync(path.join(site.dist, page(story(9))), 'utf8');
    expect(html).toContain('Related reading');
    expect(r.changed).toContain(page(story(9)));
    expect(changedFiles(r.incremental, r.clean)).toEqual([]);
  });
});

describe('two stories edited in one build, their bodies only (the YAML heads unchanged)', () => {
  let r: ReturnType<typeof rebuildAndCompare>;
  const edited = [6, 7];
  beforeAll(() => {
    for (const i of edited) {
      const file = site.file(storyFile(i));
      const text = fs.readFileSync(file, 'utf8');
      const head = text.slice(0, text.indexOf('\n---\n') + 5);
      fs.writeFileSync(file, `${head}\nThe first paragraph was rewritten by the desk.\n${text.slice(head.length)}`);
    }
    r = rebuildAndCompare(LATER_EPOCH);
  }, 600_000);

  test('both pages change, and the tree (search index included) equals a clean build', () => {
    for (const i of edited) {
      expect(r.changed).toContain(page(story(i)));
      expect(fs.readFileSync(path.join(site.dist, page(story(i))), 'utf8')).toContain(
        'The first paragraph was rewritten by the desk.',
      );
    }
    expect(changedFiles(r.incremental, r.clean)).toEqual([]);
  });

  test('nothing a body does not show is rendered again: their cards and every listing are kept', () => {
    const pages = r.changed.filter((f) => !f.startsWith('pagefind/'));
    expect(pages.sort()).toEqual(edited.map((i) => page(story(i))).sort());
    // Pages without a getStaticPaths() have no key, so Astro renders them every time (docs/performance.md).
    const unkeyed = ['/admin/index.html', '/search/index.html', '/tags/index.html'];
    const keyedPages = r.build.rendered.filter(
      (p) => (p.endsWith('.png') || p.endsWith('/index.html')) && !unkeyed.includes(p),
    );
    expect(keyedPages.sort()).toEqual(edited.map((i) => `/${page(story(i))}`).sort());
    // The search index follows the words: the new sentence is in it.
    expect(r.changed.some((f) => f.startsWith('pagefind/'))).toBe(true);
  });
});

describe('a photo replaced under the same file name', () => {
  let r: ReturnType<typeof rebuildAndCompare>;
  beforeAll(async () => {
    // Story 0 carries a photo (one story in IMAGE_EVERY does): new bytes, same name, frontmatter untouched.
    fs.writeFileSync(site.file('articles/00/bench-story-000000.png'), await makeImage(4242));
    r = rebuildAndCompare(LATER_EPOCH);
  }, 600_000);

  test('the story page points at the new picture, its card is drawn again, and the tree equals a clean build', () => {
    expect(r.changed).toContain(page(story(0)));
    expect(r.changed).toContain(`share/${story(0)}card.png`);
    expect(changedFiles(r.incremental, r.clean)).toEqual([]);
  });
});

describe('an SVG photo in a story’s body replaced under the same file name', () => {
  let r: ReturnType<typeof rebuildAndCompare>;
  beforeAll(() => {
    // New bytes, same name and size, the story's file untouched: only the photo's own bytes can say it changed.
    fs.writeFileSync(site.file('articles/extra/diagram.svg'), diagramSvg('#c0392b'));
    r = rebuildAndCompare(LATER_EPOCH);
  }, 600_000);

  test('the story page points at the new file, and the tree equals a clean build', () => {
    expect(r.changed).toContain(page(DIAGRAM));
    expect(changedFiles(r.incremental, r.clean)).toEqual([]);
  });
});

/** A live update's fixed address, and the files beside the live story's page. */
const stub = (id: string) => `${LIVE_PAGE}update/${id}/index.html`;
const LIVE_FILES = [`${LIVE_PAGE}updates.json`, `${LIVE_PAGE}updates.xml`];
const read = (file: string) => fs.readFileSync(path.join(site.dist, file), 'utf8');

describe('live coverage: a new update', () => {
  let r: ReturnType<typeof rebuildAndCompare>;
  const added = liveUpdate(LIVE_COUNT);
  // Newest first, 20 a page: the update that was last on the first page moves to the second.
  const moved = liveUpdate(LIVE_COUNT - 20).id;
  beforeAll(() => {
    fs.writeFileSync(site.file(`${LIVE_UPDATES}/${added.id}.md`), added.text);
    r = rebuildAndCompare(LATER_EPOCH);
  }, 600_000);

  test('the first page, the second (one update moved there), the feeds, the moved update’s address: all as a clean build', () => {
    for (const file of [page(LIVE_PAGE), page(`${LIVE_PAGE}page/2/`), ...LIVE_FILES, stub(moved)]) {
      expect(r.changed, file).toContain(file);
      expect(r.incremental[file]).toBe(r.clean[file]);
    }
    expect(r.incremental[stub(added.id)]).toBeDefined();
    expect(read(page(LIVE_PAGE))).toContain(`id="update-${added.id}"`);
    expect(read(page(`${LIVE_PAGE}page/2/`))).toContain(`id="update-${moved}"`);
    expect(read(stub(moved))).toContain(`${LIVE_PAGE}page/2/#update-${moved}`);
    expect(JSON.parse(read(`${LIVE_PAGE}updates.json`)).ids[0]).toBe(added.id);
    expect(changedFiles(r.incremental, r.clean)).toEqual([]);
  });

  test('the addresses of updates that did not move are kept, and so are the other stories', () => {
    const unmoved = liveUpdate(LIVE_COUNT - 1).id;
    expect(r.changed).not.toContain(stub(unmoved));
    expect(r.build.rendered).not.toContain(`/${stub(unmoved)}`);
    expect(storyPages().filter((p) => r.build.rendered.includes(`/${p}`))).toEqual([]);
  });
});

describe('live coverage: an update edited', () => {
  let r: ReturnType<typeof rebuildAndCompare>;
  // The oldest update, on the second page.
  const edited = liveUpdate(0, 'Update number 0, corrected: the talks began an hour later.');
  beforeAll(() => {
    fs.writeFileSync(site.file(`${LIVE_UPDATES}/${edited.id}.md`), edited.text);
    r = rebuildAndCompare(LATER_EPOCH);
  }, 600_000);

  test('the page it is on shows the new text, the feed of updates too; the tree equals a clean build', () => {
    expect(r.changed).toContain(page(`${LIVE_PAGE}page/2/`));
    expect(read(page(`${LIVE_PAGE}page/2/`))).toContain('the talks began an hour later');
    expect(r.changed).toContain(`${LIVE_PAGE}updates.xml`);
    expect(changedFiles(r.incremental, r.clean)).toEqual([]);
  });

  test('what does not show it is kept: the first page, updates.json (the newest 20 only), every fixed address', () => {
    expect(r.changed).not.toContain(page(LIVE_PAGE));
    expect(r.changed).not.toContain(`${LIVE_PAGE}updates.json`);
    expect(r.changed.filter((f) => f.includes('/update/'))).toEqual([]);
  });
});

describe('live coverage: the coverage ends', () => {
  let r: ReturnType<typeof rebuildAndCompare>;
  const END = '2024-12-29T18:00:00Z';
  beforeAll(() => {
    fs.writeFileSync(site.file(LIVE_STORY), liveStory(END));
    r = rebuildAndCompare(LATER_EPOCH);
  }, 600_000);

  test('every page says it ended, updates.json tells open pages to stop, and the tree equals a clean build', () => {
    for (const file of [page(LIVE_PAGE), page(`${LIVE_PAGE}page/2/`), `${LIVE_PAGE}updates.json`]) {
      expect(r.changed, file).toContain(file);
    }
    expect(read(page(LIVE_PAGE))).toContain('Live coverage ended at');
    expect(read(page(`${LIVE_PAGE}page/2/`))).toContain('Live coverage ended at');
    expect(read(page(LIVE_PAGE))).toContain('"coverageEndTime":"2024-12-29T18:00:00+00:00"');
    expect(JSON.parse(read(`${LIVE_PAGE}updates.json`)).ended).toBe('Live coverage ended at December 29, 2024, 6:00pm');
    expect(changedFiles(r.incremental, r.clean)).toEqual([]);
  });

  test('the hosts no longer keep its pages briefly', () => {
    expect(read('_headers')).not.toContain(`/${LIVE_PAGE}\n`);
    expect(read('_nginx-live.map')).not.toContain(LIVE_PAGE);
  });
});

describe('a failed incremental build', () => {
  let failed: SiteBuild;
  let published: Record<string, string>;
  let edited: string;
  beforeAll(() => {
    published = site.tree();
    // A story edited, so Astro renders its page again into the scratch tree, where it was a link to the live file;
    // then the search index cannot be written, so the build fails after the pages were written.
    edited = site.file(storyFile(9));
    fs.appendFileSync(edited, '\nA line that must never reach the live site.\n');
    failed = site.build({
      epoch: LATER_EPOCH,
      env: { PAGEFIND_EXTENDED_BINARY_PATH: path.join(site.work, 'no-such-pagefind') },
    });
  }, 600_000);

  test('leaves dist/ exactly as it was (no live file was written through a link), and no scratch directory or lock behind', () => {
    expect(failed.status).not.toBe(0);
    expect(failed.output).toContain('Search index failed');
    expect(failed.output).toContain('Build failed');
    expect(failed.rendered).toContain(`/${page(story(9))}`);
    expect(site.tree()).toEqual(published);
    expect(fs.readdirSync(site.work).filter((f) => f.startsWith('.dist') && f !== '.dist-building-old')).toEqual([]);
  });

  test('an index that fails after the pages went live puts the previous site back', () => {
    // A stand-in for Pagefind's binary that waits until the edited page is live, then fails.
    const fake = path.join(site.work, 'pagefind-fails-late');
    const livePage = path.join(site.dist, page(story(9)));
    fs.writeFileSync(
      fake,
      `#!/bin/sh\nwhile ! grep -q 'must never reach' '${livePage}' 2>/dev/null; do sleep 0.2; done\nexit 1\n`,
      { mode: 0o755 },
    );
    const late = site.build({ epoch: LATER_EPOCH, env: { PAGEFIND_EXTENDED_BINARY_PATH: fake } });
    expect(late.status).not.toBe(0);
    expect(late.output).toContain('the search index follows');
    expect(late.output).toContain('the previous site was put back');
    expect(site.tree()).toEqual(published);
  }, 600_000);

  test('a photo that is not an image fails the build, which leaves dist/ as it was', () => {
    fs.writeFileSync(
      edited,
      fs.readFileSync(edited, 'utf8').replace('\nA line that must never reach the live site.\n', ''),
    );
    const photo = site.file('articles/00/bench-story-000000.png');
    const good = fs.readFileSync(photo);
    fs.writeFileSync(photo, 'this is not a PNG');
    try {
      const broken = site.build({ epoch: LATER_EPOCH });
      expect(broken.status).not.toBe(0);
      expect(broken.output).toContain('Build failed');
    } finally {
      fs.writeFileSync(photo, good);
    }
    expect(site.tree()).toEqual(published);
  }, 600_000);

  test('the next build, with the photo repaired, restores from the cache and publishes the same tree', () => {
    const build = site.rebuild(LATER_EPOCH);
    expect(build.restored).toBeGreaterThan(ARTICLES);
    // Story 9's page is rendered again, and only it: the failed builds above rendered it with a line since removed,
    // and Astro's cache remembers that version, which never went live.
    expect(build.rendered.filter((p) => p.includes('bench-story'))).toEqual([`/${page(story(9))}`]);
    expect(site.tree()).toEqual(published);
  }, 600_000);
});
