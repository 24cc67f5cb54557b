import fs from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { buildTimeChart, decades } from '../../../bench/lib/chart.ts';
import { slugOf, syntheticArticle } from '../../../bench/lib/corpus.ts';
import { parseGnuTimeMaxRss } from '../../../bench/lib/measure.ts';
import { median } from '../../../bench/lib/stats.ts';
import { parseOffsetDateTime } from '../../../src/lib/article/dates.ts';
import { SLUG_PATTERN } from '../../../src/lib/article/permalink.ts';

describe('synthetic corpus', () => {
  const frontmatter = (md: string) => load(/^---\n([\s\S]*?)\n---/.exec(md)?.[1] ?? '') as Record<string, any>;

  test('an article has valid frontmatter and a news story’s length', () => {
    const a = syntheticArticle(3, 100, 0);
    const data = frontmatter(a.markdown);
    expect(data.slug).toBe(slugOf(3));
    expect(data.slug).toMatch(SLUG_PATTERN);
    expect(typeof parseOffsetDateTime(data.published)).toBe('object');
    expect(data.timeZone).toBe('UTC');
    expect(data.source.url).toBe('https://example.org/news/bench-story-000003');
    const words = a.markdown.split('\n---\n')[1].split(/\s+/).length;
    expect(words).toBeGreaterThan(300);
    expect(words).toBeLessThan(1500);
    expect(a.image).toBeUndefined();
  });

  test('is the same every time, and different per article', () => {
    expect(syntheticArticle(5, 100, 0).markdown).toBe(syntheticArticle(5, 100, 0).markdown);
    expect(syntheticArticle(5, 100, 0).markdown).not.toBe(syntheticArticle(6, 100, 0).markdown);
  });

  test('one article in imageEvery has an image beside it, referenced relatively', () => {
    const withImage = Array.from({ length: 100 }, (_, i) => syntheticArticle(i, 100, 20)).filter((a) => a.image);
    expect(withImage).toHaveLength(5);
    const data = frontmatter(withImage[1].markdown);
    expect(withImage[1].image?.file.endsWith(data.image.src.slice(2))).toBe(true);
  });

  test('inline Related lines link other articles of the corpus, never the article itself', () => {
    const a = syntheticArticle(10, 100, 0);
    const data = frontmatter(a.markdown);
    expect(data.related.map((r: { url: string }) => r.url)).not.toContain(data.source.url);
    expect(a.markdown).toMatch(/\n\nRelated: \[Story \d+\]\(https:\/\/example\.org\/news\/bench-story-\d{6}\)\n\n/);
  });

  test('permalinks never clash: dates are whole hours apart', () => {
    const dates = new Set(
      Array.from({ length: 50 }, (_, i) => frontmatter(syntheticArticle(i, 50, 0).markdown).published),
    );
    expect(dates.size).toBe(50);
  });
});

describe('bench helpers', () => {
  test('median of odd and even counts', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow();
  });

  test('reads GNU time peak memory in MB', () => {
    expect(parseGnuTimeMaxRss('\tMaximum resident set size (kbytes): 1048576\n')).toBe(1024);
    expect(parseGnuTimeMaxRss('no figures')).toBeUndefined();
  });

  test('decades cover the range', () => {
    expect(decades(0.16, 65)).toEqual([0.1, 1, 10, 100]);
  });

  test('the chart draws one line and one dot per point for each generator', () => {
    const svg = buildTimeChart('Cold build <time>', [
      {
        name: 'Gazette',
        color: '#b00',
        points: [
          { n: 100, seconds: 4 },
          { n: 1000, seconds: 9 },
        ],
      },
      {
        name: 'Hugo',
        color: '#00b',
        points: [
          { n: 100, seconds: 0.4 },
          { n: 1000, seconds: 1.2 },
        ],
      },
    ]);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.match(/<path /g)).toHaveLength(2);
    expect(svg.match(/<circle /g)).toHaveLength(4);
    expect(svg).toContain('Cold build &lt;time&gt;');
    expect(svg).toContain('Hugo: 1000 articles, 1.2 s');
  });
});

describe('synthetic corpus: a newsroom archive', () => {
  const frontmatter = (md: string) => load(/^---\n([\s\S]*?)\n---/.exec(md)?.[1] ?? '') as Record<string, any>;
  const corpus = Array.from({ length: 300 }, (_, i) => frontmatter(syntheticArticle(i, 300, 0).markdown));

  test('spreads over sections, authors, tags and about ten years', () => {
    expect(new Set(corpus.map((a) => a.section)).size).toBeGreaterThanOrEqual(6);
    expect(new Set(corpus.map((a) => a.author)).size).toBeGreaterThanOrEqual(6);
    expect(new Set(corpus.flatMap((a) => a.tags)).size).toBeGreaterThanOrEqual(20);
    expect(corpus.flatMap((a) => a.tags)).toContain('Misséni');
    expect(new Set(corpus.map((a) => a.published.slice(0, 4))).size).toBeGreaterThanOrEqual(9);
    for (const a of corpus) expect(a.tags.length).toBeGreaterThanOrEqual(1);
  });

  test('counts listing pages as every page but the articles and the 404 page', async () => {
    const { isListingPage } = await import('../../../bench/lib/dist-count.ts');
    expect(
      [
        'index.html',
        'page/2/index.html',
        'world/index.html',
        '2015/06/11/index.html',
        '2015/06/11/page/2/index.html',
        'tags/mali/index.html',
      ].every(isListingPage),
    ).toBe(true);
    expect(['2015/06/11/some-story/index.html', '404.html', 'rss.xml'].some(isListingPage)).toBe(false);
  });
});

test('a search query’s requests are sorted by what Pagefind fetched', async () => {
  const { requestKind } = await import('../../../bench/lib/search-cost.ts');
  const at = (file: string) => requestKind(`http://127.0.0.1:4000/news/pagefind/${file}`);
  expect(at('pagefind.en_cbc289f1b3.pf_meta')).toBe('metadata');
  expect(at('wasm.en.pagefind')).toBe('webassembly');
  expect(at('index/en_42448d5.pf_index')).toBe('index chunks');
  expect(at('fragment/en_539f854.pf_fragment')).toBe('fragments');
  expect(at('filter/en_1a2b3c4.pf_filter')).toBe('filters');
  expect(at('pagefind.js')).toBe('script');
  expect(at('pagefind-entry.json?ts=1')).toBe('entries');
  expect(at('bundles.json')).toBe('entries');
  // A merged bundle's files count as the first bundle's do.
  expect(at('bundles/3/index/en_42448d5.pf_index')).toBe('index chunks');
  expect(at('bundles/12/fragment/en_539f854.pf_fragment')).toBe('fragments');
  expect(at('bundles/3/pagefind-entry.json?ts=1')).toBe('entries');
  expect(requestKind('http://127.0.0.1:4000/favicon.svg')).toBe('other');
});

test('a one-off build at a large size gets its own section in the summary, failure and all', async () => {
  const { summaryMarkdown } = await import('../../../bench/lib/summary.ts');
  const { scratchDir } = await import('../../support/scratch.ts');
  const dir = scratchDir('bench-summary');
  const once = {
    date: '2026-11-29T15:00:00.000Z',
    n: 100000,
    cores: 2,
    memoryGB: 23.5,
    loadAverage1m: 1.5,
    corpusMB: 540.2,
    wallSeconds: 1234.5,
    peakMB: 4100,
    memorySource: 'GNU time -v, max RSS',
    stages: ['15:00:01 [content] Syncing content'],
  };
  fs.writeFileSync(
    path.join(dir, 'build-once-100000.json'),
    JSON.stringify({ ...once, ok: false, pages: 0, tail: ['FATAL ERROR: Reached heap limit'] }),
  );
  const text = summaryMarkdown(dir);
  expect(text).toContain('### One cold build (100000)');
  expect(text).toContain('| 100,000 | 540.2 MB | **failed** | 1234.50 s | 4100 MB (GNU time -v, max RSS) | 0 |');
  expect(text).toContain('FATAL ERROR: Reached heap limit');
});
