/**
 * What feed readers and crawlers get from a built site: the RSS feed, the sitemap and robots.txt, every URL absolute
 * under the site's address and base.
 */
import fs from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { expect, test } from 'vitest';
import { ARTICLE_PAGE, type BuiltSite } from './sharing-site.ts';

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
const asArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** Registers the feed, sitemap and robots.txt checks for `site`; call inside a describe. */
export function feedChecks(site: BuiltSite): void {
  test('RSS 2.0: valid XML listing every article with author, categories, date and image enclosure', () => {
    const text = fs.readFileSync(path.join(site.build().dist, 'rss.xml'), 'utf8');
    expect(SyntaxValidator.validate(text)).toBe(true);
    const rss = xml.parse(text).rss;
    expect(rss['@version']).toBe('2.0');
    const items = asArray(rss.channel.item);
    const articles = site
      .pages()
      .filter((p) => ARTICLE_PAGE.test(p))
      .map((p) => `${site.prefix}${p.slice(1)}`);
    expect(items.map((i: any) => i.link).sort()).toEqual(articles.sort());
    for (const item of items as any[]) {
      expect(item['dc:creator']).toBeTruthy();
      expect(asArray(item.category).length).toBeGreaterThan(0);
      expect(Number.isNaN(Date.parse(item.pubDate))).toBe(false);
      expect(item.enclosure['@type']).toBe('image/png');
      expect(Number(item.enclosure['@length'])).toBe(fs.statSync(site.file(item.enclosure['@url'])).size);
      expect(item['media:content']['@url']).toBe(item.enclosure['@url']);
    }
  });

  test('sitemap: valid XML under site and base, every page but the 404, with lastmod on every article', () => {
    const index = fs.readFileSync(path.join(site.build().dist, 'sitemap-index.xml'), 'utf8');
    expect(SyntaxValidator.validate(index)).toBe(true);
    const maps = asArray(xml.parse(index).sitemapindex.sitemap).map((s: any) => s.loc);
    expect(maps.length).toBeGreaterThan(0);
    const urls = maps.flatMap((loc: string) => {
      const text = fs.readFileSync(site.file(loc), 'utf8');
      expect(SyntaxValidator.validate(text)).toBe(true);
      return asArray(xml.parse(text).urlset.url) as { loc: string; lastmod?: string }[];
    });
    const listed = new Map(urls.map((u) => [u.loc, u]));
    for (const p of site.pages()) {
      const url = `${site.prefix}${p.slice(1)}`;
      const listable = !/\/404\/?$/.test(p);
      expect(listed.has(url), `${url} listed`).toBe(listable);
      if (ARTICLE_PAGE.test(p)) expect(Date.parse(listed.get(url)!.lastmod ?? '')).not.toBeNaN();
    }
    expect(urls.every((u) => u.loc.startsWith(site.prefix))).toBe(true);
  });

  test('robots.txt names the sitemap by its absolute URL', () => {
    const robots = fs.readFileSync(path.join(site.build().dist, 'robots.txt'), 'utf8');
    expect(robots).toContain(`Sitemap: ${site.prefix}sitemap-index.xml\n`);
  });
}
