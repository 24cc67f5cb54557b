/**
 * The archive, built once from a generated newsroom of a few hundred stories
 * (tests/support/archive-fixture.ts) and read as a crawler reads it: pagination,
 * reach, date prefixes, tags, feeds, sitemap, weight, onward journeys.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PAGE_SIZE } from '../../src/lib/archive/pages.ts';
import { BLOCK_STORIES, TOP_STORIES } from '../../src/lib/front/arrange.ts';
import { orderSections } from '../../src/lib/site/navigation.ts';
import { buildFixture, type FixtureBuild } from '../support/build-fixture.ts';
import { ARCHIVE_STORIES, BUSY_MONTH, EDGE, PINS, writeArchiveFixture } from '../support/archive-fixture.ts';
import { clickDepths, describeTooDeep, storyPaths } from '../support/click-depth.ts';
import { links, readerPagePaths, tags } from '../support/built-site.ts';
import { htmlErrors } from '../support/html-validity.ts';
import { isArticlePath, listingReader } from '../support/listing-reader.ts';

const ORIGIN = 'http://localhost:4321';
let corpus: string;
let build: FixtureBuild;
let pages: Set<string>;

beforeAll(async () => {
  corpus = await writeArchiveFixture();
  build = buildFixture(corpus);
  if (build.status !== 0) throw new Error(build.output);
  pages = new Set(readerPagePaths(build.dist));
}, 600_000);

afterAll(() => {
  if (build) fs.rmSync(path.dirname(build.dist), { recursive: true, force: true });
  if (corpus) fs.rmSync(corpus, { recursive: true, force: true });
  // Thousands of files: on a loaded machine this outlasts the default 10 s.
}, 120_000);

const isArticle = isArticlePath;
const html = (p: string) => build.page(p);
const { stories, teasers, title, canonical, hrefs, allPages } = listingReader(html);
let articles: string[] = [];
const articlesNewestFirst = () => {
  if (articles.length === 0) {
    const dated = [...pages]
      .filter(isArticle)
      .map((p) => ({ p, t: Date.parse(/<time datetime="([^"]+)"/.exec(html(p))![1]) }));
    articles = dated.sort((a, b) => b.t - a.t).map((d) => d.p);
  }
  return articles;
};

describe('pagination', () => {
  test('the front page: every published story once, the river newest first, page 1 at / and never /page/1/', () => {
    const front = allPages('/');
    const published = articlesNewestFirst();
    // The lone story and the busy month's; not the draft or the scheduled one.
    expect(published).toHaveLength(ARCHIVE_STORIES + 1 + BUSY_MONTH.stories);
    const listed = front.flatMap(stories);
    expect([...listed].sort()).toEqual([...published].sort());
    // Page 1 shows the top stories and the blocks above its river; the river's pages list everything else, newest first.
    const above = stories('/').filter((p) => !teasers('/').includes(p));
    const river = front.flatMap(teasers);
    expect(river).toEqual(published.filter((p) => !above.includes(p)));
    expect(front).toHaveLength(Math.ceil(river.length / PAGE_SIZE));
    expect(front.slice(0, 3)).toEqual(['/', '/page/2/', '/page/3/']);
    expect(pages.has('/page/1/')).toBe(false);
    expect(teasers(front.at(-1)!)).toHaveLength(river.length % PAGE_SIZE || PAGE_SIZE);
    expect(pages.has(`/page/${front.length + 1}/`)).toBe(false);
  });

  test('each page has its own title and canonical URL, and marks itself in the page numbers', () => {
    expect(title('/')).toBe('Gazette');
    expect(title('/page/3/')).toBe('More stories, page 3 | Gazette');
    const world = allPages('/world/');
    expect(world.length).toBeGreaterThan(1);
    expect(title('/world/')).toBe('World | Gazette');
    expect(title(world[1])).toBe('World, page 2 | Gazette');
    for (const p of ['/', '/page/3/', '/world/', world[1], '/2020/']) {
      expect(canonical(p)).toBe(`${ORIGIN}${p}`);
      const nav = /<nav class="pagination"[^>]*aria-label="([^"]+)"[\s\S]*?<\/nav>/.exec(html(p));
      expect(nav?.[1]).toMatch(/: pages$/);
      const current = tags(nav![0], 'a').filter((a) => a['aria-current'] === 'page');
      expect(current.map((a) => a.href)).toEqual([p]);
    }
  });

  test('sections, tags, authors and years: every story of the group, newest first, across its pages', () => {
    const published = articlesNewestFirst();
    const order = new Map(published.map((p, i) => [p, i]));
    for (const first of ['/world/', '/tags/sahel/', '/authors/ada-okafor/', '/2020/', '/2020/03/']) {
      const listed = allPages(first).flatMap(stories);
      expect(listed.length, first).toBeGreaterThan(0);
      expect(new Set(listed).size).toBe(listed.length);
      expect(
        listed.map((p) => order.get(p)),
        first,
      ).toEqual([...listed.map((p) => order.get(p))].sort((a, b) => a! - b!));
    }
    const year2020 = allPages('/2020/').flatMap(stories);
    expect(year2020).toEqual(published.filter((p) => p.startsWith('/2020/')));
  });
});

/** The masthead's links in order, each with its aria-current ('' when none). */
const masthead = (p: string) => {
  const nav = /<nav class="section-nav"[^>]*>([\s\S]*?)<\/nav>/.exec(html(p));
  if (!nav) throw new Error(`${p} has no masthead navigation`);
  return [...nav[1].matchAll(/<a href="([^"]+)"( aria-current="([^"]+)")?[^>]*>([^<]+)<\/a>/g)].map((m) => ({
    href: m[1],
    current: m[3] ?? '',
    name: m[4],
  }));
};

describe('the masthead: every section in the site’s order, then Search, on every page', () => {
  test('the same links on every page, in the configured order, then the sections it does not name, A to Z', () => {
    const sectionPages = [...pages].filter((p) => /^\/[a-z-]+\/$/.test(p) && !['/tags/', '/search/'].includes(p));
    const expected = orderSections(sectionPages.map((p) => ({ slug: p.slice(1, -1) }))).map((s) => `/${s.slug}/`);
    // The benchmark's sections are all configured, in an order that is not A to Z; the lone Obituaries story's is not.
    expect(expected.slice(0, 3)).toEqual(['/world/', '/africa/', '/politics/']);
    expect(expected.at(-1)).toBe(EDGE.lone.section);
    for (const p of pages)
      expect(
        masthead(p).map((l) => l.href),
        p,
      ).toEqual([...expected, '/search/']);
    expect(
      masthead('/')
        .map((l) => l.name)
        .at(-1),
    ).toBe('Search');
  });

  test('the reader’s place is marked: a section’s pages, an article’s section, the search page, the front page', () => {
    const marked = (p: string) =>
      masthead(p)
        .filter((l) => l.current)
        .map((l) => `${l.href} ${l.current}`);
    expect(marked('/world/')).toEqual(['/world/ page']);
    expect(marked(allPages('/world/')[1])).toEqual(['/world/ true']);
    expect(marked(EDGE.lone.href)).toEqual([`${EDGE.lone.section} true`]);
    expect(marked('/search/')).toEqual(['/search/ page']);
    expect(marked('/2020/')).toEqual([]);
    expect(html('/')).toMatch(/<a class="masthead-name" href="\/" aria-current="page"/);
  });

  test('kickers link to their section, on article and listing pages', () => {
    const kickers = (p: string) =>
      [...html(p).matchAll(/<p class="kicker"[^>]*><a href="([^"]+)"[^>]*>([^<]+)<\/a>/g)].map((m) => [m[1], m[2]]);
    expect(kickers(EDGE.lone.href)).toEqual([[EDGE.lone.section, 'Obituaries']]);
    for (const p of ['/', '/world/', '/tags/sahel/', '/2020/']) {
      const found = kickers(p);
      expect(found.length, p).toBeGreaterThan(1);
      for (const [href, name] of found)
        expect(pages.has(href) && title(href) === `${name} | Gazette`, `${p}: ${name} -> ${href}`).toBe(true);
    }
  });
});

describe('the front page the editors arrange', () => {
  const top = () => [...html('/').matchAll(/class="(?:lead|top)-headline"[^>]*><a href="([^"]+)"/g)].map((m) => m[1]);

  test('pins in force lead in the editors’ order, a lapsed pin does not, and the newest stories fill the top', () => {
    const newest = articlesNewestFirst().filter((p) => p !== PINS.lead.href && p !== PINS.second.href);
    expect(top()).toEqual([PINS.lead.href, PINS.second.href, ...newest.slice(0, TOP_STORIES - 2)]);
    expect(top()).not.toContain(PINS.lapsed.href);
  });

  test('a block per section in the masthead’s order, each with its newest stories not already on top and a link to the section', () => {
    const blocks = [...html('/').matchAll(/<section class="block"[^>]*>([\s\S]*?)<\/section>/g)].map((m) => m[1]);
    const names = blocks.map((b) => /<h2[^>]*>([^<]+)</.exec(b)![1]);
    const order = masthead('/').map((l) => l.name);
    expect(names.length).toBeGreaterThanOrEqual(8);
    expect(names).toEqual([...names].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
    const published = articlesNewestFirst();
    for (const [i, block] of blocks.entries()) {
      const more = /<p class="block-more"[^>]*><a href="([^"]+)"[^>]*>More in ([^<]+)</.exec(block)!;
      expect(more[2]).toBe(names[i]);
      const listed = [...block.matchAll(/class="block-headline"[^>]*><a href="([^"]+)"/g)].map((m) => m[1]);
      const expected = allPages(more[1])
        .flatMap(teasers)
        .filter((p) => !top().includes(p))
        .slice(0, BLOCK_STORIES);
      expect(listed, names[i]).toEqual(expected);
      expect(listed.map((p) => published.indexOf(p))).toEqual(
        listed.map((p) => published.indexOf(p)).sort((a, b) => a - b),
      );
    }
  });

  test('thumbnails: the lead’s picture loads at once, every other picture is lazy, and each reserves its space', () => {
    const images = tags(html('/'), 'img');
    expect(images.length).toBeGreaterThanOrEqual(3);
    expect(images[0].loading).toBe('eager');
    expect(images[0].fetchpriority).toBe('high');
    for (const img of images.slice(1)) expect(img.loading, img.src).toBe('lazy');
    for (const img of images) expect(Number(img.width) > 0 && Number(img.height) > 0, img.src).toBe(true);
    for (const p of ['/', '/page/2/', '/world/'])
      expect(html(p), p).toMatch(/<source srcset="[^"]+ 240w, [^"]+ 480w" type="image\/avif"/);
  });
});

describe('the calendar, in words', () => {
  const monthLines = (year: string) => {
    const calendar = /<nav class="calendar"[^>]*>([\s\S]*?)<\/nav>/.exec(html(year))![1];
    return [...calendar.matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)].map((m) => m[1]);
  };
  const words = (line: string) => line.replace(/<[^>]+>/g, '');

  test('a year lists its months as "June 2015 · 28 stories"; a month of one page has no page numbers', () => {
    const months = monthLines('/2021/');
    expect(months.length).toBe(12);
    for (const line of months)
      expect(words(line)).toMatch(
        /^(January|February|March|April|May|June|July|August|September|October|November|December) 2021 · (1 story|\d+ stories)$/,
      );
  });

  test('a month of several pages links each later page from the year, in words, each named in full', () => {
    const march = monthLines('/2020/').find((line) => words(line).startsWith('March 2020'))!;
    const later = allPages(BUSY_MONTH.href).slice(1);
    expect(later).toEqual([2, 3, 4, 5].map((n) => `/2020/03/page/${n}/`));
    expect(words(march)).toMatch(/^March 2020 · \d+ stories, continued on page 2 · page 3 · page 4 · page 5$/);
    expect(tags(march, 'a').map((a) => [a.href, a['aria-label'] ?? ''])).toEqual([
      ['/2020/03/', ''],
      ...later.map((href, i) => [href, `March 2020, page ${i + 2}`]),
    ]);
  });
});

test('every story is within 3 clicks of the front page, a busy month’s last page included (a crawl from /)', () => {
  const crawl = clickDepths(build.dist, storyPaths(build.dist, [...pages]));
  expect(crawl.stories).toBe(articlesNewestFirst().length);
  expect(describeTooDeep(crawl)).toBe('every story is within 3 clicks of the front page');
  expect(crawl.depth.get(allPages(BUSY_MONTH.href).at(-1)!)).toBe(2);
});

test('every prefix of a permalink answers with a page listing the story; an empty prefix has none', () => {
  for (const p of articlesNewestFirst()) {
    const [, y, m, d] = p.split('/');
    for (const prefix of [`/${y}/`, `/${y}/${m}/`, `/${y}/${m}/${d}/`]) {
      expect(pages.has(prefix), prefix).toBe(true);
      if (prefix.length === 12) expect(allPages(prefix).flatMap(stories)).toContain(p);
    }
  }
  const years = new Set(articlesNewestFirst().map((p) => p.slice(1, 5)));
  for (const p of pages) if (/^\/\d{4}\//.test(p)) expect(years.has(p.slice(1, 5)), p).toBe(true);
  expect(pages.has('/2026/')).toBe(false);
  expect(pages.has('/2027/')).toBe(false); // only the scheduled story is in 2027
});

describe('tags and sections', () => {
  test('diacritics fold: Misséni is at /tags/misseni/ and titled as written', () => {
    expect(title('/tags/misseni/')).toBe('Misséni | Gazette');
    expect(stories('/tags/misseni/').length).toBeGreaterThan(0);
  });

  test('the tags index links every tag page, and only those', () => {
    const tagPages = [...pages].filter((p) => /^\/tags\/[^/]+\/$/.test(p)).sort();
    const listed = hrefs('/tags/')
      .filter((h) => /^\/tags\/[^/]+\/$/.test(h))
      .sort();
    expect(listed).toEqual(tagPages);
    expect(listed.length).toBeGreaterThan(20);
  });

  test('a tag or section only on a draft or a scheduled story has no page, feed or index entry', () => {
    for (const p of [...EDGE.emptyTags, ...EDGE.emptySections]) {
      expect(pages.has(p), p).toBe(false);
      expect(fs.existsSync(path.join(build.dist, p, 'rss.xml'))).toBe(false);
      expect(html('/tags/')).not.toContain(`href="${p}"`);
    }
  });

  test('a single story: one page, no page numbers; an author with no story says so', () => {
    for (const p of [EDGE.lone.section, EDGE.lone.tag]) {
      expect(stories(p)).toEqual([EDGE.lone.href]);
      expect(html(p)).not.toContain('class="pagination"');
    }
    expect(stories(EDGE.idleAuthor)).toEqual([]);
    expect(html(EDGE.idleAuthor)).toContain('No stories yet.');
  });
});

describe('feeds', () => {
  const parser = new XMLParser({ ignoreAttributes: false });
  const feed = (p: string) => parser.parse(fs.readFileSync(path.join(build.dist, p), 'utf8')).rss.channel;
  const items = (channel: any) => [channel.item ?? []].flat();

  test.each(['/', '/world/', '/tags/sahel/', EDGE.lone.tag])(
    '%s has its own RSS feed, announced on its page, newest first',
    (p) => {
      const alternate = links(html(p), 'alternate').find((l) => l.href === `${ORIGIN}${p}rss.xml`);
      expect(alternate?.type).toBe('application/rss+xml');
      const channel = feed(`${p}rss.xml`);
      expect(channel['atom:link']['@_href']).toBe(`${ORIGIN}${p}rss.xml`);
      expect(channel.link).toBe(`${ORIGIN}${p}`);
      const links_ = items(channel).map((i: any) => new URL(i.link).pathname);
      expect(links_.length).toBeGreaterThan(0);
      expect(links_.length).toBeLessThanOrEqual(50);
      // The front page is arranged by the editors; the site's feed is simply the newest stories.
      const newestFirst = p === '/' ? articlesNewestFirst() : allPages(p).flatMap(stories);
      expect(links_).toEqual(newestFirst.slice(0, links_.length));
    },
  );

  test('the site’s feeds carry the 50 newest stories, not the whole archive; the sitemap has the rest', () => {
    const newest = items(feed('/rss.xml')).map((i: any) => new URL(i.link).pathname);
    const all = articlesNewestFirst();
    expect(all.length).toBeGreaterThan(50);
    expect(newest).toEqual(all.slice(0, 50));
    const json = JSON.parse(fs.readFileSync(path.join(build.dist, 'feed.json'), 'utf8'));
    expect(json.items.map((i: { url: string }) => new URL(i.url).pathname)).toEqual(newest);
  });
});

test('every listing page is in the sitemap', () => {
  // Every sitemap file the index lists (pages, and news when there is any).
  const sitemap = fs
    .readdirSync(build.dist)
    .filter((f) => /^sitemap-.+\.xml$/.test(f) && f !== 'sitemap-index.xml')
    .map((f) => fs.readFileSync(path.join(build.dist, f), 'utf8'))
    .join('');
  const listed = new Set([...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname));
  const listings = [...pages].filter((p) => !isArticle(p) && p !== '/404/');
  expect(listings.length).toBeGreaterThan(100);
  expect(listings.filter((p) => !listed.has(p))).toEqual([]);
});

test('listing pages: at most 30 KB of gzipped HTML, no script, valid HTML', async () => {
  // The search page is not a listing: it is the one page whose script is the feature.
  const listings = [...pages].filter((p) => !isArticle(p) && p !== '/search/');
  const sizes = listings
    .map((p) => ({ p, gz: zlib.gzipSync(html(p), { level: 9 }).length }))
    .sort((a, b) => b.gz - a.gz);
  console.info(`Heaviest of ${listings.length} listing pages: ${sizes[0].p}, ${sizes[0].gz} B gzip -9`);
  expect(sizes[0].gz, `heaviest: ${sizes[0].p}`).toBeLessThanOrEqual(30 * 1024);
  for (const { p } of sizes)
    expect(
      tags(html(p), 'script').filter((s) => s.type !== 'application/ld+json'),
      p,
    ).toEqual([]);
  for (const p of [
    '/',
    '/page/2/',
    '/world/',
    '/world/page/2/',
    '/tags/',
    '/tags/sahel/',
    '/2020/',
    '/2020/03/',
    EDGE.idleAuthor,
  ]) {
    expect(await htmlErrors(html(p), p)).toEqual([]);
  }
  const day = [...pages].find((p) => /^\/\d{4}\/\d{2}\/\d{2}\/$/.test(p))!;
  expect(await htmlErrors(html(day), day)).toEqual([]);
});

test('onward journeys: same section and shared tags, never the story itself or its Related stories', () => {
  let shown = 0;
  for (const p of articlesNewestFirst().slice(0, 60)) {
    const page = html(p);
    const asides = [...page.matchAll(/<aside class="onward"[\s\S]*?<\/aside>/g)].map((m) => m[0]);
    const related = /<aside class="related-list"[\s\S]*?<\/aside>/.exec(page)?.[0] ?? '';
    const relatedHrefs = tags(related, 'a').map((a) => a.href);
    const onward = asides.flatMap((a) => tags(a, 'a').map((x) => x.href)).filter(isArticle);
    expect(onward).not.toContain(p);
    for (const r of relatedHrefs) expect(onward, `${p} repeats Related ${r}`).not.toContain(r);
    expect(new Set(onward).size).toBe(onward.length);
    if (asides[0]?.includes('More in')) {
      const section = /<p class="kicker"[^>]*><a [^>]*>([^<]+)</.exec(page)![1];
      expect(asides[0]).toContain(`More in ${section}`);
      shown++;
    }
  }
  expect(shown).toBeGreaterThan(50);
});

test('the Misséni collision: two spellings of one tag, and a section named like a route, fail the build naming files and fields', () => {
  const dir = fs.mkdtempSync(path.join(path.dirname(corpus), 'collision-'));
  try {
    fs.cpSync(path.join(import.meta.dirname, '../../content'), dir, { recursive: true });
    const seed = path.join(dir, 'articles/2015/misseni-attack.md');
    const copy = fs
      .readFileSync(seed, 'utf8')
      .replace(/^slug: .*$/m, 'slug: another-story')
      .replace('tags: [Mali,', 'tags: [Misseni, Mali,');
    fs.writeFileSync(path.join(dir, 'articles/2015/another.md'), copy.replace('section: World', 'section: Authors'));
    fs.writeFileSync(seed, fs.readFileSync(seed, 'utf8').replace('tags: [Mali,', 'tags: [Misséni, Mali,'));
    const failed = buildFixture(dir);
    expect(failed.status).not.toBe(0);
    expect(failed.output).toMatch(
      /another\.md: section "Authors" would be published at \/authors\/, which is the authors' pages/,
    );
    const clash = failed.output.split('\n').find((l) => l.includes('two tags with one URL'));
    expect(clash).toMatch(
      /misseni-attack\.md: tags\[0\] "Misséni" and \S*another\.md: tags\[0\] "Misseni" are two tags with one URL, \/tags\/misseni\/; spell them the same$/,
    );
    expect(fs.existsSync(failed.dist)).toBe(false);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);
