/**
 * What machines are told about a newsroom in many languages (tests/fixtures/languages): each page's and feed's
 * language, Open Graph's locale, JSON-LD's inLanguage, the sitemap's hreflang alternates, Google News' language
 * codes, and a search index per edition with the stories of its language. The built files, read as a crawler reads
 * them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildFixture, type FixtureBuild } from '../support/build-fixture.ts';
import { jsonLd, meta } from '../support/built-site.ts';

let build: FixtureBuild;
const FA_STORY = '/2015/06/11/tehran-rain/';
const ZH_STORY = '/2026/10/31/bridge-zh/';

beforeAll(() => {
  build = buildFixture('tests/fixtures/languages');
  if (build.status !== 0) throw new Error(build.output);
}, 600_000);
afterAll(() => {
  if (build) fs.rmSync(path.dirname(build.dist), { recursive: true, force: true });
});

const file = (p: string) => fs.readFileSync(path.join(build.dist, p), 'utf8');
const xml = (p: string) => new XMLParser({ ignoreAttributes: false }).parse(file(p));

describe('each page says its language', () => {
  test('a story in its own language, everything else in its edition’s', () => {
    expect(build.page(FA_STORY)).toMatch(/<html lang="fa" dir="rtl">/);
    expect(build.page(ZH_STORY)).toMatch(/<html lang="zh-Hans" dir="ltr">/);
    expect(build.page('/')).toMatch(/<html lang="fa" dir="rtl">/);
    expect(build.page('/en/')).toMatch(/<html lang="en" dir="ltr">/);
    expect(build.page('/ru/')).toMatch(/<html lang="ru" dir="ltr">/);
  });

  test('Open Graph and JSON-LD name the story’s language', () => {
    expect(meta(build.page(FA_STORY), 'og:locale')).toEqual(['fa_IR']);
    expect(meta(build.page(FA_STORY), 'og:locale:alternate').sort()).toEqual(['en_US', 'ru_RU']);
    expect(meta(build.page(ZH_STORY), 'og:locale')).toEqual(['zh_CN']);
    expect(jsonLd(build.page(FA_STORY))[0]).toMatchObject({ '@type': 'NewsArticle', inLanguage: 'fa' });
    expect(jsonLd(build.page(ZH_STORY))[0]).toMatchObject({ inLanguage: 'zh-Hans' });
  });
});

describe('feeds, per edition, in its language', () => {
  test('RSS <language> and JSON Feed language', () => {
    expect(xml('rss.xml').rss.channel.language).toBe('fa');
    expect(xml('ru/rss.xml').rss.channel.language).toBe('ru');
    expect(JSON.parse(file('en/feed.json')).language).toBe('en');
    // Each edition's feed has its own stories only.
    const titles = (p: string) => [xml(p).rss.channel.item].flat().map((i: { title: string }) => i.title);
    expect(titles('ru/rss.xml')).toEqual(['Дождь в Тегеране']);
    expect(titles('rss.xml')).not.toContain('Дождь в Тегеране');
  });
});

describe('sitemaps', () => {
  test('each translation names the others, with x-default (xhtml:link)', () => {
    const pages = fs.readdirSync(build.dist).filter((f) => /^sitemap-.*\.xml$/.test(f) && f !== 'sitemap-index.xml');
    const urls = pages.flatMap((p) => [xml(p).urlset.url].flat());
    const story = urls.find((u: { loc: string }) => u.loc.endsWith(FA_STORY));
    const links = [story['xhtml:link']]
      .flat()
      .map((l: Record<string, string>) => `${l['@_hreflang']} ${new URL(l['@_href']).pathname}`);
    expect(links.sort()).toEqual(
      [
        'en /2015/06/11/tehran-waits-for-rain/',
        `fa ${FA_STORY}`,
        'ru /2015/06/11/dozhd-v-tegerane/',
        `x-default ${FA_STORY}`,
      ].sort(),
    );
  });

  test("the News sitemap gives each story's language in Google's codes: zh-cn for Simplified Chinese", () => {
    const news = [xml('sitemap-news-0.xml').urlset.url].flat();
    const zh = news.find((u: { loc: string }) => decodeURI(u.loc).endsWith(ZH_STORY));
    expect(zh['news:news']['news:publication']['news:language']).toBe('zh-cn');
  });
});

describe('search: an index per edition', () => {
  test('Pagefind writes one per language, the Arabic, Chinese and Hindi stories searched from the main edition', () => {
    const entry = JSON.parse(file('pagefind/pagefind-entry.json'));
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'fa', 'ru']);
    // Persian: the five stories of the main edition, in Persian or in a language with no edition (ar, zh-Hans, hi).
    expect(entry.languages.fa.page_count).toBe(5);
    expect(entry.languages.ru.page_count).toBe(1);
  });
});
