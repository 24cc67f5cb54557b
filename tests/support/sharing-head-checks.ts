/**
 * What every page of a built site tells link unfurlers and search engines in its <head>: title, canonical, icons,
 * feed link, Open Graph and Twitter cards, article metadata and NewsArticle JSON-LD, and how little JavaScript it ships.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { jsonLd, links, meta, tags } from './built-site.ts';
import { ARTICLE_PAGE, type BuiltSite, imageSize, OFFSET_DATE } from './sharing-site.ts';

/** Registers the head checks for `site`; call inside a describe. */
export function headChecks(site: BuiltSite): void {
  test('builds one page per article entry, plus the front page and author pages', () => {
    expect(site.pages().filter((p) => ARTICLE_PAGE.test(p))).toHaveLength(site.articleCount());
    expect(site.pages()).toContain('/');
  });

  test('every page: title, description, absolute canonical, lang, theme colour, robots', () => {
    for (const p of site.pages()) {
      const h = site.html(p);
      const canonical = `${site.prefix}${p.slice(1)}`;
      expect(tags(h, 'html')[0].lang, p).toBe('en');
      expect(tags(h, 'title'), p).toHaveLength(1);
      expect(h, p).toMatch(/<title>[^<]+<\/title>/);
      expect(meta(h, 'description')[0], p).toBeTruthy();
      expect(
        links(h, 'canonical').map((l) => l.href),
        p,
      ).toEqual([canonical]);
      expect(meta(h, 'og:url'), p).toEqual([canonical]);
      expect(meta(h, 'theme-color').length, p).toBeGreaterThan(0);
      expect(meta(h, 'robots')[0], p).toMatch(/max-image-preview:large/);
    }
  });

  test('every page: favicon set and manifest, all files present at their declared sizes', async () => {
    const prefixPath = new URL(site.prefix).pathname;
    const local = (href: string) => path.join(site.build().dist, href.slice(prefixPath.length));
    for (const p of site.pages()) {
      const h = site.html(p);
      expect(
        links(h, 'icon').map((l) => l.type),
        p,
      ).toEqual(['image/svg+xml', 'image/png']);
      expect(links(h, 'apple-touch-icon'), p).toHaveLength(1);
      for (const icon of [...links(h, 'icon'), ...links(h, 'apple-touch-icon')]) {
        expect(fs.existsSync(local(icon.href)), icon.href).toBe(true);
        if (icon.sizes) expect((await imageSize(local(icon.href))).join('x')).toBe(icon.sizes);
      }
      const manifestHref = links(h, 'manifest')[0].href;
      const manifest = JSON.parse(fs.readFileSync(local(manifestHref), 'utf8'));
      expect(manifest.start_url).toBe(prefixPath);
      for (const icon of manifest.icons.filter((i: { type: string }) => i.type === 'image/png')) {
        expect((await imageSize(local(icon.src))).join('x')).toBe(icon.sizes);
      }
    }
  });

  test("every page links the site's RSS feed by its absolute URL; section and tag pages also their own", () => {
    let ownFeeds = 0;
    for (const p of site.pages()) {
      const [siteFeed, ...others] = links(site.html(p), 'alternate')
        .filter((l) => l.type === 'application/rss+xml')
        .map((l) => l.href);
      expect(siteFeed, p).toBe(`${site.prefix}rss.xml`);
      // A section's or tag's listing (page 1 or later) announces its own feed, which lives beside page 1.
      const own = `${site.prefix}${p.replace(/^\//, '').replace(/page\/\d+\/$/, '')}rss.xml`;
      expect(others, p).toEqual(others.length > 0 ? [own] : []);
      if (others.length > 0) {
        expect(site.html(p.replace(/page\/\d+\/$/, '')), p).toContain('rss.xml');
        ownFeeds++;
      }
    }
    // Every site under test has at least one section, so a page with its own feed must have been seen.
    expect(ownFeeds).toBeGreaterThan(0);
  });

  test('every page: Open Graph and Twitter card with an image that exists at its declared size', async () => {
    for (const p of site.pages()) {
      const h = site.html(p);
      for (const key of [
        'og:title',
        'og:description',
        'og:site_name',
        'og:locale',
        'og:image:alt',
        'twitter:title',
        'twitter:description',
        'twitter:image:alt',
      ]) {
        expect(meta(h, key)[0], `${p} ${key}`).toBeTruthy();
      }
      expect(meta(h, 'twitter:card'), p).toEqual(['summary_large_image']);
      const [image] = meta(h, 'og:image');
      expect(meta(h, 'twitter:image'), p).toEqual([image]);
      expect(meta(h, 'og:image:type'), p).toEqual(['image/png']);
      const declared = [Number(meta(h, 'og:image:width')[0]), Number(meta(h, 'og:image:height')[0])];
      expect(declared).toEqual([1200, 630]);
      expect(await imageSize(site.file(image)), image).toEqual(declared);
      if (!ARTICLE_PAGE.test(p)) {
        expect(meta(h, 'og:type'), p).toEqual(['website']);
        expect(image).toBe(`${site.prefix}share/default.png`);
      }
    }
  });

  test('article pages: og:type article with dates, author, section, tags and the creator handle', () => {
    for (const p of site.pages().filter((p) => ARTICLE_PAGE.test(p))) {
      const h = site.html(p);
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
    for (const p of site.pages().filter((p) => ARTICLE_PAGE.test(p))) {
      const h = site.html(p);
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
      expect(await imageSize(site.file(ld.publisher.logo.url))).toEqual([
        ld.publisher.logo.width,
        ld.publisher.logo.height,
      ]);
      expect(typeof ld.dateline).toBe('string');
      expect(ld.locationCreated).toEqual({ '@type': 'Place', name: ld.dateline });
      // The share card alone (docs/performance.md, "Share cards: one per story"), at least 1200 px wide.
      expect(ld.image).toEqual([meta(h, 'og:image')[0]]);
      const [w, hgt] = await imageSize(site.file(ld.image[0]));
      expect([w, hgt]).toEqual([1200, 630]);
    }
  });

  test('article pages: all their JavaScript, share button and age refresh together, is under 1 KB gzipped, and first-party', () => {
    for (const p of site.pages().filter((p) => ARTICLE_PAGE.test(p))) {
      const h = site.html(p);
      expect(
        tags(h, 'script').filter((t) => t.src && !t.src.startsWith(new URL(site.prefix).pathname)),
        p,
      ).toEqual([]);
      const inline = [...h.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map(([, js]) => js);
      const external = tags(h, 'script')
        .filter((t) => t.src)
        .map((t) =>
          fs.readFileSync(path.join(site.build().dist, t.src.slice(new URL(site.prefix).pathname.length)), 'utf8'),
        );
      const scripts = [...inline, ...external];
      expect(scripts.join('')).toContain('data-share-button');
      const gzipped = scripts.reduce((sum, js) => sum + gzipSync(js, { level: 9 }).byteLength, 0);
      expect(gzipped, p).toBeLessThan(1024);
    }
  });
}
