/**
 * What link unfurlers, search engines and feed readers get from a real build:
 * the seed site at the default address, and a fixture site under a sub-path on
 * another host, so every absolute URL is proven to carry site and base.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import sharp from 'sharp';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildFixture, type FixtureBuild, ROOT } from '../helpers/build-fixture.ts';
import { fileFor, jsonLd, links, meta, pagePaths, tags } from '../helpers/built-site.ts';

const ARTICLE_PAGE = /^\/\d{4}\/\d\d\/\d\d\/[a-z0-9-]+\/$/;
const OFFSET_DATE = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/;
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
const asArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

const SITES: { name: string; content: string; env: Record<string, string>; prefix: string }[] = [
  { name: 'seed content at the default address', content: 'content', env: {}, prefix: 'http://localhost:4321/' },
  {
    name: 'fixture content under /news/ on another host',
    content: 'tests/fixtures/figure-and-internal-related',
    env: { SITE_URL: 'https://news.example.org', BASE_PATH: '/news/' },
    prefix: 'https://news.example.org/news/',
  },
];

const builds = new Map<string, FixtureBuild>();
beforeAll(() => {
  for (const site of SITES) {
    const build = buildFixture(site.content, site.env);
    if (build.status !== 0) throw new Error(build.output);
    builds.set(site.name, build);
  }
}, 240_000);

async function size(file: string): Promise<[number, number]> {
  const m = await sharp(file).metadata();
  return [m.width!, m.height!];
}

describe.each(SITES)('$name', (site) => {
  const b = () => builds.get(site.name)!;
  const pages = () => pagePaths(b().dist).filter((p) => p !== '/404/');
  const html = (p: string) => b().page(p);
  const file = (url: string) => fileFor(b().dist, site.prefix, url);
  const articleCount = () =>
    (fs.readdirSync(path.join(ROOT, site.content, 'articles'), { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.md')).length;

  test('builds one page per article entry, plus the front page and author pages', () => {
    expect(pages().filter((p) => ARTICLE_PAGE.test(p))).toHaveLength(articleCount());
    expect(pages()).toContain('/');
  });

  test('every page: title, description, absolute canonical, lang, theme colour, robots', () => {
    for (const p of pages()) {
      const h = html(p);
      const canonical = `${site.prefix}${p.slice(1)}`;
      expect(tags(h, 'html')[0].lang, p).toBe('en');
      expect(tags(h, 'title'), p).toHaveLength(1);
      expect(h, p).toMatch(/<title>[^<]+<\/title>/);
      expect(meta(h, 'description')[0], p).toBeTruthy();
      expect(links(h, 'canonical').map((l) => l.href), p).toEqual([canonical]);
      expect(meta(h, 'og:url'), p).toEqual([canonical]);
      expect(meta(h, 'theme-color').length, p).toBeGreaterThan(0);
      expect(meta(h, 'robots')[0], p).toMatch(/max-image-preview:large/);
    }
  });

  test('every page: favicon set and manifest, all files present at their declared sizes', async () => {
    const prefixPath = new URL(site.prefix).pathname;
    const local = (href: string) => path.join(b().dist, href.slice(prefixPath.length));
    for (const p of pages()) {
      const h = html(p);
      expect(links(h, 'icon').map((l) => l.type), p).toEqual(['image/svg+xml', 'image/png']);
      expect(links(h, 'apple-touch-icon'), p).toHaveLength(1);
      for (const icon of [...links(h, 'icon'), ...links(h, 'apple-touch-icon')]) {
        expect(fs.existsSync(local(icon.href)), icon.href).toBe(true);
        if (icon.sizes) expect((await size(local(icon.href))).join('x')).toBe(icon.sizes);
      }
      const manifestHref = links(h, 'manifest')[0].href;
      const manifest = JSON.parse(fs.readFileSync(local(manifestHref), 'utf8'));
      expect(manifest.start_url).toBe(prefixPath);
      for (const icon of manifest.icons.filter((i: { type: string }) => i.type === 'image/png')) {
        expect((await size(local(icon.src))).join('x')).toBe(icon.sizes);
      }
    }
  });

  test('every page links the RSS feed by its absolute URL', () => {
    for (const p of pages()) {
      const feeds = links(html(p), 'alternate').filter((l) => l.type === 'application/rss+xml');
      expect(feeds.map((l) => l.href), p).toEqual([`${site.prefix}rss.xml`]);
    }
  });

  test('every page: Open Graph and Twitter card with an image that exists at its declared size', async () => {
    for (const p of pages()) {
      const h = html(p);
      for (const key of ['og:title', 'og:description', 'og:site_name', 'og:locale', 'og:image:alt', 'twitter:title', 'twitter:description', 'twitter:image:alt']) {
        expect(meta(h, key)[0], `${p} ${key}`).toBeTruthy();
      }
      expect(meta(h, 'twitter:card'), p).toEqual(['summary_large_image']);
      const [image] = meta(h, 'og:image');
      expect(meta(h, 'twitter:image'), p).toEqual([image]);
      expect(meta(h, 'og:image:type'), p).toEqual(['image/png']);
      const declared = [Number(meta(h, 'og:image:width')[0]), Number(meta(h, 'og:image:height')[0])];
      expect(declared).toEqual([1200, 630]);
      expect(await size(file(image)), image).toEqual(declared);
      if (!ARTICLE_PAGE.test(p)) {
        expect(meta(h, 'og:type'), p).toEqual(['website']);
        expect(image).toBe(`${site.prefix}share/default.png`);
      }
    }
  });

  test('article pages: og:type article with dates, author, section, tags and the creator handle', () => {
    for (const p of pages().filter((p) => ARTICLE_PAGE.test(p))) {
      const h = html(p);
      expect(meta(h, 'og:type'), p).toEqual(['article']);
      expect(meta(h, 'article:published_time')[0], p).toMatch(OFFSET_DATE);
      expect(meta(h, 'article:modified_time')[0], p).toMatch(OFFSET_DATE);
      expect(meta(h, 'article:author')[0], p).toMatch(new RegExp(`^${site.prefix}authors/[a-z0-9-]+/$`));
      expect(meta(h, 'article:section')[0], p).toBeTruthy();
      expect(meta(h, 'twitter:creator')[0], p).toMatch(/^@\w+$/);
      expect(meta(h, 'og:image')[0], p).toBe(`${site.prefix}share${p}card.png`);
    }
  });

  test('article pages: NewsArticle JSON-LD with the properties and types Google reads, crops at 1200 px and up', async () => {
    for (const p of pages().filter((p) => ARTICLE_PAGE.test(p))) {
      const h = html(p);
      const all = jsonLd(h) as any[];
      expect(all, p).toHaveLength(1);
      const ld = all[0];
      expect(ld['@context']).toBe('https://schema.org');
      expect(ld['@type']).toBe('NewsArticle');
      expect(ld.headline).toBe(meta(h, 'og:title')[0]);
      expect(ld.description).toBe(meta(h, 'description')[0]);
      expect(ld.mainEntityOfPage).toEqual({ '@type': 'WebPage', '@id': `${site.prefix}${p.slice(1)}` });
      expect(ld.datePublished).toMatch(OFFSET_DATE);
      expect(ld.dateModified).toMatch(OFFSET_DATE);
      expect(ld.datePublished).toBe(meta(h, 'article:published_time')[0]);
      expect(ld.author).toHaveLength(1);
      expect(ld.author[0]['@type']).toBe('Person');
      expect(ld.author[0].url).toBe(meta(h, 'article:author')[0]);
      expect(ld.author[0].sameAs).toEqual([`https://twitter.com/${meta(h, 'twitter:creator')[0].slice(1)}`]);
      expect(ld.publisher['@type']).toBe('NewsMediaOrganization');
      expect(ld.publisher.logo['@type']).toBe('ImageObject');
      expect(await size(file(ld.publisher.logo.url))).toEqual([ld.publisher.logo.width, ld.publisher.logo.height]);
      expect(typeof ld.dateline).toBe('string');
      expect(ld.locationCreated).toEqual({ '@type': 'Place', name: ld.dateline });
      const ratios = [];
      for (const url of ld.image) {
        const [w, hgt] = await size(file(url));
        expect(w, url).toBeGreaterThanOrEqual(1200);
        ratios.push(Math.round((w / hgt) * 100) / 100);
      }
      expect(ratios).toEqual([1.78, 1.33, 1]);
    }
  });

  test('article pages: all their JavaScript, share button and age refresh together, is under 1 KB gzipped, and first-party', () => {
    for (const p of pages().filter((p) => ARTICLE_PAGE.test(p))) {
      const h = html(p);
      expect(tags(h, 'script').filter((t) => t.src && !t.src.startsWith(new URL(site.prefix).pathname)), p).toEqual([]);
      const inline = [...h.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map(([, js]) => js);
      const external = tags(h, 'script')
        .filter((t) => t.src)
        .map((t) => fs.readFileSync(path.join(b().dist, t.src.slice(new URL(site.prefix).pathname.length)), 'utf8'));
      const scripts = [...inline, ...external];
      expect(scripts.join('')).toContain('data-share-button');
      const gzipped = scripts.reduce((sum, js) => sum + gzipSync(js, { level: 9 }).byteLength, 0);
      expect(gzipped, p).toBeLessThan(1024);
    }
  });

  test('RSS 2.0: valid XML listing every article with author, categories, date and image enclosure', () => {
    const text = fs.readFileSync(path.join(b().dist, 'rss.xml'), 'utf8');
    expect(SyntaxValidator.validate(text)).toBe(true);
    const rss = xml.parse(text).rss;
    expect(rss['@version']).toBe('2.0');
    const items = asArray(rss.channel.item);
    const articles = pages().filter((p) => ARTICLE_PAGE.test(p)).map((p) => `${site.prefix}${p.slice(1)}`);
    expect(items.map((i: any) => i.link).sort()).toEqual(articles.sort());
    for (const item of items as any[]) {
      expect(item['dc:creator']).toBeTruthy();
      expect(asArray(item.category).length).toBeGreaterThan(0);
      expect(Number.isNaN(Date.parse(item.pubDate))).toBe(false);
      expect(item.enclosure['@type']).toBe('image/png');
      expect(Number(item.enclosure['@length'])).toBe(fs.statSync(file(item.enclosure['@url'])).size);
      expect(item['media:content']['@url']).toBe(item.enclosure['@url']);
    }
  });

  test('sitemap: valid XML under site and base, every page but the 404, with lastmod on every article', () => {
    const index = fs.readFileSync(path.join(b().dist, 'sitemap-index.xml'), 'utf8');
    expect(SyntaxValidator.validate(index)).toBe(true);
    const maps = asArray(xml.parse(index).sitemapindex.sitemap).map((s: any) => s.loc);
    expect(maps.length).toBeGreaterThan(0);
    const urls = maps.flatMap((loc: string) => {
      const text = fs.readFileSync(file(loc), 'utf8');
      expect(SyntaxValidator.validate(text)).toBe(true);
      return asArray(xml.parse(text).urlset.url) as { loc: string; lastmod?: string }[];
    });
    const listed = new Map(urls.map((u) => [u.loc, u]));
    for (const p of pages()) {
      const url = `${site.prefix}${p.slice(1)}`;
      const listable = !/\/404\/?$/.test(p);
      expect(listed.has(url), `${url} listed`).toBe(listable);
      if (ARTICLE_PAGE.test(p)) expect(Date.parse(listed.get(url)!.lastmod ?? '')).not.toBeNaN();
    }
    expect(urls.every((u) => u.loc.startsWith(site.prefix))).toBe(true);
  });

  test('robots.txt names the sitemap by its absolute URL', () => {
    const robots = fs.readFileSync(path.join(b().dist, 'robots.txt'), 'utf8');
    expect(robots).toContain(`Sitemap: ${site.prefix}sitemap-index.xml\n`);
  });
});

describe('the seed article, a republication', () => {
  const seed = () => builds.get(SITES[0].name)!.page('/2015/06/11/armed-gunmen-attack-police-base-and-kill-chief-in-southern-mali/');
  const VICE = 'https://www.vice.com/en/article/a39w54/armed-gunmen-attack-police-base-and-kill-chief-in-southern-mali';

  test('is kept out of search indexes, with its own canonical, as Google advises for syndicated copies', () => {
    expect(meta(seed(), 'robots')).toEqual(['noindex, follow, max-image-preview:large']);
    expect(links(seed(), 'canonical')[0].href).toBe('http://localhost:4321/2015/06/11/armed-gunmen-attack-police-base-and-kill-chief-in-southern-mali/');
  });

  test('names the original in structured data and tells the reader, linking it', () => {
    expect((jsonLd(seed())[0] as any).isBasedOn).toBe(VICE);
    const note = /<aside class="source-note"[\s\S]*?<\/aside>/.exec(seed())?.[0] ?? '';
    expect(note).toMatch(new RegExp(`Originally published by <a href="${VICE}"[^>]*>VICE News</a>`));
    // Two sentences, not run together.
    expect(note.replace(/<[^>]+>/g, '')).toMatch(/June 11, 2015\. The photograph that accompanied the original is not reproduced here\./);
  });

  test('credits its author on Twitter', () => {
    expect(meta(seed(), 'twitter:creator')).toEqual(['@PLongeray']);
  });
});

describe('the fixture story with an image', () => {
  const dist = () => builds.get(SITES[1].name)!.dist;
  const paper = async (png: string) => {
    const { data } = await sharp(png).extract({ left: 1000, top: 400, width: 1, height: 1 }).raw().toBuffer({ resolveWithObject: true });
    return data[0] === 0xff && data[1] === 0xfd && data[2] === 0xf9;
  };

  test('shows the article image on its share card; a story without one does not', async () => {
    expect(await paper(path.join(dist(), 'share/2020/03/01/fixture-with-image/card.png'))).toBe(false);
    expect(await paper(path.join(dist(), 'share/2019/01/15/other-fixture-story/card.png'))).toBe(true);
  });

  test('says so in the image alt text', () => {
    const h = builds.get(SITES[1].name)!.page('/2020/03/01/fixture-with-image/');
    expect(meta(h, 'og:image:alt')[0]).toContain('A green-to-blue test gradient');
  });
});
