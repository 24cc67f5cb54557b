/**
 * The warm publisher (`npm run publish -- --watch`) publishes exactly the bytes a clean build does. One generated
 * newsroom, as in incremental.test.ts; the publisher starts on it, and after each change an editor makes (saved as
 * editors and git save) the live dist/ is compared, file by file, with a build from nothing of the same content at the
 * same clock. Each change kind also checks what the publisher said (a warm publish, or a full build and why) and that
 * the pages it is about did change. The memo check is on (tests/support/publisher.ts): a page model remembered for
 * inputs that do not cover it fails the publish. A second publisher runs on the real clock, for what changes with no
 * save: a pin lapsing, a scheduled story's time, an age banner's year.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { makeImage } from '../../bench/build-scale.ts';
import { syntheticArticle } from '../../bench/lib/corpus.ts';
import { ROOT, TEST_EPOCH } from '../support/build-fixture.ts';
import { changedFiles, IncrementalSite } from '../support/incremental-site.ts';
import {
  LIVE_PAGE,
  LIVE_STORY,
  LIVE_UPDATES,
  liveStory,
  liveUpdate,
  markdown,
} from '../support/incremental-stories.ts';
import { Publisher } from '../support/publisher.ts';

const ARTICLES = 24;
const IMAGE_EVERY = 12;
const page = (p: string) => `${p}index.html`;
function story(i: number): string {
  const { markdown: text } = syntheticArticle(i, ARTICLES, IMAGE_EVERY);
  const published = /^published: "(\d{4})-(\d{2})-(\d{2})T/m.exec(text)!;
  return `${published[1]}/${published[2]}/${published[3]}/${/^slug: (.+)$/m.exec(text)![1]}/`;
}
const storyFile = (i: number) =>
  `articles/${String(i % 100).padStart(2, '0')}/bench-story-${String(i).padStart(6, '0')}.md`;
/** Any file of the publisher's own, in or beside dist/. */
const leftovers = (site: IncrementalSite) =>
  fs.readdirSync(site.work).filter((f) => f.startsWith('.dist-publish') || f.endsWith('.lock'));

describe('the warm publisher at a fixed clock (SOURCE_DATE_EPOCH)', () => {
  const site = new IncrementalSite();
  let publisher: Publisher;
  let mark = 0;

  /** Waits for the publish of the change just made; returns its published line. */
  async function publishedLine(): Promise<string> {
    const { line, settled } = await publisher.published(mark);
    mark = settled;
    return line;
  }
  /** The live tree against a build from nothing; the publisher must be idle. */
  function expectCleanTree(): Record<string, string> {
    const live = site.tree();
    expect(changedFiles(live, site.cleanTree(TEST_EPOCH))).toEqual([]);
    return live;
  }

  let before: Record<string, string>;
  const stalled = path.join(site.work, 'search-stalls');
  beforeAll(async () => {
    await site.setUp(ARTICLES, IMAGE_EVERY);
    fs.writeFileSync(
      site.file('front.yaml'),
      `pins:\n  - story: 05/bench-story-000005\n    until: "2026-12-01T00:00:00+00:00"\n`,
    );
    // Pagefind's binary, standing in for itself, except that it waits while a file says so (the SIGTERM test).
    const real = createRequire(path.join(ROOT, 'node_modules/pagefind/package.json')).resolve(
      `@pagefind/${process.platform}-${os.arch()}/bin/pagefind_extended`,
    );
    const pagefind = path.join(site.work, 'pagefind-may-stall');
    fs.writeFileSync(pagefind, `#!/bin/sh\nwhile [ -e '${stalled}' ]; do sleep 0.2; done\nexec '${real}' "$@"\n`, {
      mode: 0o755,
    });
    // Eight stories a search bundle: 24 make four, so a save re-indexes one of several (src/lib/search/bundles.ts).
    site.env = { GAZETTE_SEARCH_BUNDLE_STORIES: '8' };
    publisher = new Publisher(site, {
      ...site.env,
      SOURCE_DATE_EPOCH: TEST_EPOCH,
      PAGEFIND_EXTENDED_BINARY_PATH: pagefind,
      GAZETTE_PUBLISH_TIMINGS: '1',
    });
    mark = (await publisher.waitFor(/^watching /)).index + 1;
  }, 600_000);

  // Each change is compared with the tree the last one left, whatever became of the last one's test.
  beforeEach(() => {
    before = site.tree();
  });

  afterAll(async () => {
    if (publisher) await publisher.stop();
    site.remove();
  });

  test('it builds once, as npm run build does, then says it is watching', () => {
    expect(publisher.output()).toMatch(/Built \S+ in [\d.]+ s/);
    expect(before[page(story(0))]).toBeDefined();
  });

  test('saves that arrive together (a body edit, a headline, a new story, a deleted one, an author, a correction, a new Related target) are one warm publish, and the tree equals a clean build', async () => {
    fs.appendFileSync(site.file(storyFile(1)), '\nThis paragraph was added by a correction.\n');
    const edited = site.file(storyFile(2));
    fs.writeFileSync(
      edited,
      fs
        .readFileSync(edited, 'utf8')
        .replace(/^headline: .*$/m, 'headline: "A rewritten headline"')
        .replace(/^section: .*$/m, 'section: Politics')
        .replace(/^tags: .*$/m, 'tags: [Rewritten]'),
    );
    fs.writeFileSync(site.file('authors/bruno-silva.yaml'), 'name: Bruno Silva-Mendes\n');
    fs.rmSync(site.file(storyFile(3)));
    fs.mkdirSync(site.file('articles/extra'), { recursive: true });
    fs.writeFileSync(
      site.file('articles/extra/new.md'),
      markdown({
        slug: 'a-new-story',
        published: '2025-01-02T09:00:00Z',
        headline: 'A story published while the publisher runs',
        related: 'https://example.org/news/bench-story-000007',
      }),
    );
    const corrected = site.file(storyFile(4));
    fs.writeFileSync(
      corrected,
      fs
        .readFileSync(corrected, 'utf8')
        .replace(
          /^timeZone: UTC$/m,
          'timeZone: UTC\ncorrections:\n  - date: "2025-01-03T10:00:00+00:00"\n    text: "An earlier version misnamed the minister."',
        ),
    );
    const line = await publishedLine();
    expect(line).toMatch(/^published \d+ pages?, \d+ removed, in [\d.]+ s: /);
    expect(line).not.toContain('full build');
    expect(publisher.lines.slice(0, mark).filter((l) => l.startsWith('published')).length).toBe(1);
    const live = expectCleanTree();
    const changed = changedFiles(before, live);
    for (const file of [
      page(story(1)),
      page(story(2)),
      page(story(4)),
      page('2025/01/02/a-new-story/'),
      'index.html',
    ]) {
      expect(changed).toContain(file);
    }
    expect(Object.keys(live).filter((f) => f.includes('bench-story-000003'))).toEqual([]);
    expect(fs.readFileSync(path.join(site.dist, page(story(4))), 'utf8')).toContain('misnamed the minister');
  }, 600_000);

  test('a file renamed into place (an editor saving atomically) and a story moved to another folder are saves', async () => {
    const file = site.file(storyFile(6));
    fs.writeFileSync(`${file}.tmp`, `${fs.readFileSync(file, 'utf8')}\nSaved the way editors save.\n`);
    fs.renameSync(`${file}.tmp`, file);
    fs.renameSync(site.file(storyFile(8)), site.file('articles/extra/moved.md'));
    expect(await publishedLine()).not.toContain('full build');
    const live = expectCleanTree();
    expect(changedFiles(before, live)).toContain(page(story(6)));
  }, 600_000);

  test('a save that fails the content check publishes nothing, names the file and field, and the publisher keeps watching', async () => {
    const file = site.file(storyFile(9));
    const good = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, good.replace(/^published: .*$/m, 'published: "yesterday"'));
    try {
      const { index } = await publisher.waitFor(/Not published/, { from: mark });
      expect(publisher.output(mark)).toMatch(
        /bench-story-000009\.md: published: "yesterday" is not an ISO 8601 date-time/,
      );
      expect(publisher.lines.slice(mark, index).some((l) => l.startsWith('published'))).toBe(false);
      mark = index + 1;
      expect(site.tree()).toEqual(before);
    } finally {
      // Fixed whatever happened above, so the tests after this one start from valid content.
      fs.writeFileSync(file, `${good}\nFixed, and published.\n`);
    }
    expect(await publishedLine()).not.toContain('full build');
    expectCleanTree();
  }, 600_000);

  test('it shares the build lock: a save waits while another build holds it', async () => {
    const lock = path.join(site.work, '.dist-building.lock');
    fs.writeFileSync(lock, `${process.pid}\n`);
    fs.appendFileSync(site.file(storyFile(10)), '\nWritten while another build held the lock.\n');
    await publisher.waitFor(/^Waiting: Another build \(pid \d+\)/, { from: mark });
    expect(site.tree()).toEqual(before);
    fs.rmSync(lock);
    const from = mark;
    expect(await publishedLine()).toMatch(/^published 1 page in [\d.]+ s: /);
    // Only the story's body changed: only its route was asked for its key, and only for this story.
    expect(publisher.output(from)).toMatch(/timings: content [\d.]+, keys \(bodies only\)/);
    // And only its bundle of the search index was written again: the others are the same files.
    const live = expectCleanTree();
    const bundle = (file: string) => /^pagefind\/(bundles\/\d+\/)?/.exec(file)![0];
    const index = changedFiles(before, live).filter((f) => f.startsWith('pagefind/') && f !== 'pagefind/bundles.json');
    expect(index.length).toBeGreaterThan(0);
    expect(new Set(index.map(bundle)).size).toBe(1);
    const manifest = JSON.parse(fs.readFileSync(path.join(site.dist, 'pagefind', 'bundles.json'), 'utf8'));
    expect(Object.keys(manifest.bundles).length).toBeGreaterThan(1);
  }, 600_000);

  test('live coverage: a story goes live, an update arrives, one is corrected, the coverage ends; each a warm publish equal to a clean build', async () => {
    const saveUpdate = ({ id, text }: { id: string; text: string }) =>
      fs.writeFileSync(site.file(`${LIVE_UPDATES}/${id}.md`), text);
    const updatesJson = () => fs.readFileSync(path.join(site.dist, LIVE_PAGE, 'updates.json'), 'utf8');
    fs.writeFileSync(site.file(LIVE_STORY), liveStory());
    fs.mkdirSync(site.file(LIVE_UPDATES), { recursive: true });
    for (let n = 0; n < 3; n++) saveUpdate(liveUpdate(n));
    expect(await publishedLine()).not.toContain('full build');
    expectCleanTree();
    expect(updatesJson()).toContain('Update number 2 from the talks.');

    saveUpdate(liveUpdate(3, 'An update saved while the publisher runs.'));
    expect(await publishedLine()).not.toContain('full build');
    expectCleanTree();
    expect(updatesJson()).toContain('An update saved while the publisher runs.');

    saveUpdate(liveUpdate(0, 'Update number 0, corrected: the talks began an hour later.'));
    expect(await publishedLine()).not.toContain('full build');
    expectCleanTree();
    expect(fs.readFileSync(path.join(site.dist, page(LIVE_PAGE)), 'utf8')).toContain('the talks began an hour later');

    fs.writeFileSync(site.file(LIVE_STORY), liveStory('2024-12-29T18:00:00Z'));
    expect(await publishedLine()).not.toContain('full build');
    expectCleanTree();
    expect(fs.readFileSync(path.join(site.dist, '_nginx-live.map'), 'utf8')).not.toContain(LIVE_PAGE);
  }, 600_000);

  test('a new section changes every page: a full build, and the line says so', async () => {
    const file = site.file(storyFile(12));
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^section: .*$/m, 'section: Obituaries'));
    expect(await publishedLine()).toMatch(/\(full build: \d+ of \d+ pages changed, most of the site\)/);
    expectCleanTree();
  }, 600_000);

  test('a photo replaced under the same name is a full build', async () => {
    fs.writeFileSync(site.file('articles/00/bench-story-000000.png'), await makeImage(4242));
    expect(await publishedLine()).toMatch(/\(full build: a new or changed image/);
    const live = expectCleanTree();
    expect(changedFiles(before, live)).toContain(page(story(0)));
  }, 600_000);

  test('a template change is a full build', async () => {
    const component = path.join(site.project, 'src/components/Standfirst.astro');
    fs.writeFileSync(
      component,
      fs.readFileSync(component, 'utf8').replace('<p class="standfirst">', '<p class="standfirst" data-edited>'),
    );
    expect(await publishedLine()).toMatch(/\(full build: src\/components\/Standfirst\.astro changed\)/);
    expectCleanTree();
    expect(fs.readFileSync(path.join(site.dist, page(story(14))), 'utf8')).toContain('data-edited');
  }, 600_000);

  test('on SIGTERM with a publish in hand it rolls it back and exits within 10 s, leaving nothing of its own', async () => {
    // A search index that does not finish holds the publish between its pages and its index.
    fs.writeFileSync(stalled, '');
    fs.appendFileSync(site.file(storyFile(15)), '\nA line that must not stay live.\n');
    await publisher.waitFor(/^published /, { from: mark });
    expect(fs.readFileSync(path.join(site.dist, page(story(15))), 'utf8')).toContain('must not stay live');
    const { seconds } = await publisher.stop('SIGTERM');
    expect(seconds).toBeLessThan(10);
    expect(site.tree()).toEqual(before);
    expect(leftovers(site)).toEqual([]);
    fs.rmSync(stalled);
  }, 600_000);

  test('after it stops, npm run build renders nothing the publisher already wrote', () => {
    // The story the stopped publish rolled back is the one change left for the build.
    const build = site.rebuild(TEST_EPOCH);
    const keyed = build.rendered.filter((p) => p.endsWith('/index.html') || p.endsWith('.png'));
    const unkeyed = ['/admin/index.html', '/search/index.html', '/tags/index.html'];
    expect(keyed.filter((p) => !unkeyed.includes(p))).toEqual([`/${page(story(15))}`]);
    expect(build.restored).toBeGreaterThan(ARTICLES);
    expect(changedFiles(site.tree(), site.cleanTree(TEST_EPOCH))).toEqual([]);
  }, 600_000);
});

describe('the warm publisher on the real clock: what changes with no save', () => {
  const site = new IncrementalSite();
  let publisher: Publisher;
  let mark = 0;

  beforeAll(async () => {
    await site.setUp(ARTICLES, IMAGE_EVERY);
    publisher = new Publisher(site, { SOURCE_DATE_EPOCH: undefined });
    mark = (await publisher.waitFor(/^watching /)).index + 1;
  }, 600_000);

  afterAll(async () => {
    if (publisher) await publisher.stop();
    site.remove();
  });

  test('a pin lapsing, a scheduled story coming out and an age banner turning a year are published when they come', async () => {
    // Twenty seconds on: the pin on an older story lapses, a scheduled story comes out, and a story from a year
    // before that instant becomes "over 1 year old". The clock is the test's, 400 days ahead (scripts/clock-ahead.ts).
    const at = new Date(Math.ceil((Date.now() + 20_000) / 1000) * 1000);
    const iso = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, '+00:00');
    const yearBefore = new Date(at);
    yearBefore.setUTCFullYear(at.getUTCFullYear() - 1);
    const day = (d: Date) => iso(d).slice(0, 10).replaceAll('-', '/');
    fs.writeFileSync(site.file('front.yaml'), `pins:\n  - story: 05/bench-story-000005\n    until: "${iso(at)}"\n`);
    fs.mkdirSync(site.file('articles/timed'), { recursive: true });
    const timed = (slug: string, published: Date, headline: string) =>
      markdown({ slug, published: iso(published), headline }).replace(/^source:\n.*\n.*\n/m, '');
    fs.writeFileSync(site.file('articles/timed/scheduled.md'), timed('scheduled', at, 'A story scheduled to appear'));
    fs.writeFileSync(site.file('articles/timed/turning.md'), timed('turning-a-year', yearBefore, 'A story a year old'));
    const from = mark;
    const saved = await publisher.published(mark);
    mark = saved.settled;
    expect(fs.existsSync(path.join(site.dist, page(`${day(at)}/scheduled/`)))).toBe(false);
    // The editor is told when the story they saved for later goes out.
    await publisher.waitFor(new RegExp(`^ {2}next publish by the clock: ${at.toISOString().replace('.', '\\.')}$`), {
      from,
    });
    const turning = path.join(site.dist, page(`${day(yearBefore)}/turning-a-year/`));
    expect(fs.readFileSync(turning, 'utf8')).toContain('This story is over 11 months old');

    // Nothing is saved now: the publisher's clock publishes.
    const clockFrom = mark;
    const clocked = await publisher.published(mark, 120_000);
    mark = clocked.settled;
    expect(publisher.output(clockFrom)).toMatch(/search index live, [\d.]+ s after the clock moved/);
    expect(Date.now()).toBeGreaterThanOrEqual(at.getTime());
    expect(fs.readFileSync(turning, 'utf8')).toContain('This story is over 1 year old');
    expect(fs.existsSync(path.join(site.dist, page(`${day(at)}/scheduled/`)))).toBe(true);
    const lead = /class="lead-headline"[^>]*><a href="([^"]+)"/.exec(
      fs.readFileSync(path.join(site.dist, 'index.html'), 'utf8'),
    )?.[1];
    expect(lead).toBe(`/${day(at)}/scheduled/`);
    const epoch = String(Math.ceil(Date.now() / 1000));
    expect(changedFiles(site.tree(), site.cleanTree(epoch))).toEqual([]);
  }, 600_000);
});
