import { describe, expect, test } from 'vitest';
import { checkLinks, cssRefs, htmlRefs, refsIn, resolveRef, servedPath, srcsetUrls } from '../../support/link-check.ts';

const site = { origin: 'https://g.example', base: '/news/' };

describe('finding references', () => {
  test('href, src, every srcset candidate, and absolute URLs in meta content', () => {
    const html = `<a href="/news/a/?x=1&amp;y=2">a</a><img src='/news/i.png' srcset="/news/i-360.avif 360w, /news/i-720.avif 720w">
      <meta property="og:image" content="https://g.example/news/card.png"><meta name="description" content="Not a URL">`;
    expect(htmlRefs(html)).toEqual([
      '/news/a/?x=1&y=2',
      '/news/i.png',
      '/news/i-360.avif',
      '/news/i-720.avif',
      'https://g.example/news/card.png',
    ]);
  });
  test('srcset with density descriptors', () => {
    expect(srcsetUrls('a.png 1x,b.png 2x')).toEqual(['a.png', 'b.png']);
  });
  test('url() in stylesheets, quoted or not, except inline data', () => {
    expect(
      cssRefs(`a{background:url(/news/x.svg)} b{src:url("f.woff2") format("woff2"), url('data:font/woff2;base64,AA')}`),
    ).toEqual(['/news/x.svg', 'f.woff2']);
  });
});

describe('resolveRef', () => {
  test.each([
    ['/news/', 'index.html', { kind: 'internal', file: 'index.html', fragment: '' }],
    ['/news/a/b/#main', 'index.html', { kind: 'internal', file: 'a/b/index.html', fragment: 'main' }],
    ['../c.png', 'a/b/index.html', { kind: 'internal', file: 'a/c.png', fragment: '' }],
    ['#main', '404.html', { kind: 'internal', file: '404.html', fragment: 'main' }],
    ['https://g.example/news/x/', 'index.html', { kind: 'internal', file: 'x/index.html', fragment: '' }],
    ['https://other.example/p', 'index.html', { kind: 'external', url: 'https://other.example/p' }],
    ['mailto:desk@g.example', 'index.html', { kind: 'ignored' }],
    ['/favicon.svg', 'index.html', { kind: 'broken', reason: 'outside the base path /news/' }],
    ['javascript:void(0)', 'index.html', { kind: 'broken', reason: 'a script or data URL' }],
  ])('%s from %s', (ref, from, expected) => {
    expect(resolveRef(ref, from, site)).toEqual(expected);
  });
  test('built files are served at directory URLs', () => {
    expect(servedPath('a/b/index.html', '/news/')).toBe('/news/a/b/');
    expect(servedPath('404.html', '/')).toBe('/404.html');
  });
});

describe('checkLinks', () => {
  const files = new Set(['index.html', 'a/index.html', '_astro/s.css', 'logo.svg']);
  const check = (texts: Record<string, string>) => checkLinks(new Map(Object.entries(texts)), files, site);

  test('a site whose links all land reports nothing broken', () => {
    const result = check({
      'index.html': '<a href="/news/a/#top">A</a><link href="/news/_astro/s.css"><a href="https://x.example/">X</a>',
      'a/index.html': '<h1 id="top">A</h1>',
      '_astro/s.css': 'h1{background:url(/news/logo.svg)}',
    });
    expect(result.broken).toEqual([]);
    expect(result.external).toEqual([{ from: 'index.html', url: 'https://x.example/' }]);
    expect(result.checked).toBe(4);
  });

  test('missing files, missing ids, slashless directories and missing assets are each reported', () => {
    const result = check({
      'index.html': '<a href="/news/b/">B</a><a href="/news/a/#nope">A</a><a href="/news/a">A</a>',
      'a/index.html': '<h1>A</h1>',
      '_astro/s.css': 'h1{background:url(/news/gone.svg)}',
    });
    expect(result.broken.map((b) => `${b.from} ${b.ref}: ${b.reason}`)).toEqual([
      'index.html /news/b/: no file b/index.html in the build',
      'index.html /news/a/#nope: no element with id "nope" in a/index.html',
      'index.html /news/a: a directory without its trailing slash (the site\'s URLs end in "/")',
      '_astro/s.css /news/gone.svg: no file gone.svg in the build',
    ]);
  });
});

describe('references outside HTML', () => {
  test('a feed and a sitemap: loc, link, permalink guid, enclosure and media urls', () => {
    const xml = `<link>https://g.example/news/</link><atom:link href="https://g.example/news/rss.xml" rel="self"/>
      <guid isPermaLink="true">https://g.example/news/a/</guid><guid isPermaLink="false">tag:x</guid>
      <enclosure url="https://g.example/news/c.png" length="1"/><url><loc>https://g.example/news/b/</loc></url>`;
    expect(refsIn('rss.xml', xml)).toEqual([
      'https://g.example/news/',
      'https://g.example/news/a/',
      'https://g.example/news/b/',
      'https://g.example/news/rss.xml',
      'https://g.example/news/c.png',
    ]);
  });
  test('a manifest: start_url, scope and icons', () => {
    expect(
      refsIn('manifest.webmanifest', '{"start_url":"/news/","scope":"/news/","icons":[{"src":"/news/i.png"}]}'),
    ).toEqual(['/news/', '/news/', '/news/i.png']);
  });
  test('robots.txt: its sitemap', () => {
    expect(
      refsIn('robots.txt', 'User-agent: *\nAllow: /\nSitemap: https://g.example/news/sitemap-index.xml\n'),
    ).toEqual(['https://g.example/news/sitemap-index.xml']);
  });
  test('files that refer to nothing are skipped', () => {
    expect(refsIn('a.png', '')).toBeUndefined();
  });
});
