import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import {
  BUDGETS,
  budgetReport,
  compressedSizes,
  KB,
  loadChecks,
  pageChecks,
  pageKind,
  pageRefs,
  weighPage,
} from '../../support/budget.ts';

const page = (head: string, body = '') => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

describe('compressedSizes', () => {
  test('counts raw UTF-8 bytes, and gzip -9 output that decompresses to the input', () => {
    const text = 'Misséni '.repeat(200);
    const sizes = compressedSizes(text);
    expect(sizes.raw).toBe(Buffer.byteLength(text));
    expect(sizes.raw).toBe(1800);
    expect(sizes.gzip).toBe(gzipSync(text, { level: 9 }).byteLength);
    expect(gunzipSync(gzipSync(text, { level: 9 })).toString()).toBe(text);
    // Repetitive text compresses far below its raw size, brotli at least as well as gzip here.
    expect(sizes.gzip).toBeLessThan(100);
    expect(sizes.brotli).toBeLessThanOrEqual(sizes.gzip);
  });
});

describe('pageRefs', () => {
  test('a plain stylesheet blocks render; print and disabled ones do not', () => {
    const refs = pageRefs(
      page(
        '<link rel="stylesheet" href="/a.css"><link rel="stylesheet" href="/p.css" media="print"><link rel="stylesheet" href="/d.css" disabled>',
      ),
    );
    expect(refs.stylesheets).toEqual([
      { href: '/a.css', blocking: true },
      { href: '/p.css', blocking: false },
      { href: '/d.css', blocking: false },
    ]);
  });

  test('a classic external script blocks the parser; async, defer and module scripts do not', () => {
    const refs = pageRefs(
      page(
        '<script src="/block.js"></script><script src="/a.js" async></script><script src="/d.js" defer></script><script type="module" src="/m.js"></script>',
      ),
    );
    expect(refs.scripts.map((s) => [s.src, s.blocking])).toEqual([
      ['/block.js', true],
      ['/a.js', false],
      ['/d.js', false],
      ['/m.js', false],
    ]);
  });

  test('inline scripts are kept with their text; JSON data blocks are not scripts', () => {
    const refs = pageRefs(
      page(
        '<script type="application/ld+json">{"@type":"NewsArticle"}</script>',
        '<script type="module">console.log(1)</script>',
      ),
    );
    expect(refs.scripts).toEqual([{ inline: 'console.log(1)', module: true, blocking: false }]);
  });

  test('an image reserves its space only with both width and height', () => {
    const refs = pageRefs(
      page('', '<img src="/a.avif" width="360" height="240" alt=""><img src="/b.png" width="10" alt="">'),
    );
    expect(refs.images.map((i) => [i.src, i.reservesSpace])).toEqual([
      ['/a.avif', true],
      ['/b.png', false],
    ]);
  });

  test('font preloads are listed; template contents are inert', () => {
    const refs = pageRefs(
      page('<link rel="preload" as="font" href="/f.woff2" crossorigin>', '<template><img src="/x.png"></template>'),
    );
    expect(refs.preloads).toEqual([{ href: '/f.woff2', as: 'font' }]);
    expect(refs.images).toEqual([]);
  });
});

describe('pageKind', () => {
  test.each([
    ['2015/06/11/armed-gunmen/index.html', 'article'],
    ['index.html', 'front'],
    ['authors/pierre-longeray/index.html', 'author'],
    ['search/index.html', 'search'],
    ['2015/06/11/search/index.html', 'article'],
    ['404.html', 'other'],
    ['2015/index.html', 'other'],
  ])('%s is %s', (rel, kind) => {
    expect(pageKind(rel)).toBe(kind);
  });
});

describe('weighPage and pageChecks', () => {
  const files: Record<string, string> = { '/s.css': 'body{color:red}'.repeat(10), '/app.js': 'console.log("hi");' };
  const fetchFile = (url: string) => (url in files ? Buffer.from(files[url]) : undefined);

  test('adds the blocking stylesheet and external JS to the HTML on the critical path', () => {
    const html = page(
      '<link rel="stylesheet" href="/s.css"><script type="module" src="/app.js"></script>',
      '<p>Text</p>',
    );
    const w = weighPage('/a/', 'article', html, fetchFile);
    expect(w.blockingStylesheets).toBe(1);
    expect(w.blockingScripts).toBe(0);
    expect(w.blockingCss).toEqual(compressedSizes(files['/s.css']));
    expect(w.js).toEqual(compressedSizes(files['/app.js']));
    const critical = pageChecks(w).find((c) => c.what.startsWith('critical path'));
    expect(critical?.actual).toBe(
      compressedSizes(html).gzip + compressedSizes(files['/s.css']).gzip + compressedSizes(files['/app.js']).gzip,
    );
  });

  test('a file the page refers to but the build lacks is an error naming both', () => {
    expect(() => weighPage('/a/', 'article', page('<link rel="stylesheet" href="/gone.css">'), fetchFile)).toThrow(
      '/a/ refers to /gone.css, which is not in the build',
    );
  });

  test('JavaScript on a page other than an article is over its budget of none', () => {
    const html = page('', '<script type="module">document.title = "x"</script>');
    const js = pageChecks(weighPage('/', 'front', html, fetchFile)).find((c) => c.what.startsWith('JavaScript'));
    expect(js?.limit).toBe(BUDGETS.otherJsGzip);
    expect(js?.actual).toBeGreaterThan(0);
    expect(budgetReport(pageChecks(weighPage('/', 'front', html, fetchFile))).ok).toBe(false);
  });

  test('an article page over 14 KB gzip fails, and the report says which page and by how much', () => {
    // Incompressible text: pseudo-random letters from a fixed seed.
    let x = 7;
    const noise = Array.from({ length: 30_000 }, () =>
      String.fromCharCode(97 + ((x = (x * 48271) % 2147483647) % 26)),
    ).join('');
    const report = budgetReport(
      pageChecks(weighPage('/2015/06/11/big/', 'article', page('', `<p>${noise}</p>`), fetchFile)),
    );
    expect(report.ok).toBe(false);
    expect(report.text).toMatch(/^1 page budget\(s\) exceeded:/);
    expect(report.text).toMatch(/OVER \| \/2015\/06\/11\/big\/ \| critical path .* \| 14,336 B/);
  });

  test('a small page passes every check', () => {
    const report = budgetReport(
      pageChecks(weighPage('/x/', 'article', page('<style>p{}</style>', '<p>Hi</p>'), fetchFile)),
    );
    expect(report.ok).toBe(true);
    expect(report.text.split('\n')[0]).toBe('All page budgets met.');
  });
});

describe('loadChecks', () => {
  const origin = 'http://127.0.0.1:4336';
  test('sums every response against the transfer budget and flags other origins and layout shift', () => {
    const checks = loadChecks(
      '/a/',
      origin,
      [
        { url: `${origin}/a/`, type: 'document', bytes: 6000 },
        { url: `${origin}/_astro/map.avif`, type: 'image', bytes: 30 * KB },
        { url: 'https://fonts.example.com/f.woff2', type: 'font', bytes: 20 * KB },
      ],
      0.05,
    );
    const by = Object.fromEntries(checks.map((c) => [c.what.split(' ')[0], c]));
    expect(by.everything.actual).toBe(6000 + 50 * KB);
    expect(by.everything.note).toBe('document 1×6,000 B, image 1×30,720 B, font 1×20,480 B');
    expect(by.requests.actual).toBe(1);
    expect(by.requests.note).toBe('https://fonts.example.com/f.woff2');
    expect(by.cumulative.actual).toBe(0.05);
    const report = budgetReport(checks);
    expect(report.ok).toBe(false);
    expect(report.text).toMatch(/^3 page budget\(s\) exceeded:/);
  });

  test('the front page is held to its own transfer budget, thumbnails included', () => {
    const transfers = [
      { url: `${origin}/`, type: 'document', bytes: 9000 },
      { url: `${origin}/_astro/lead.avif`, type: 'image', bytes: 60 * KB },
    ];
    const total = (kind?: 'article' | 'front') =>
      loadChecks('/', origin, transfers, 0, kind).find((c) => c.what.startsWith('everything'))!;
    expect(total('front')).toMatchObject({ limit: 100 * KB, actual: 9000 + 60 * KB });
    expect(budgetReport(loadChecks('/', origin, transfers, 0, 'front')).ok).toBe(true);
    expect(total().limit).toBe(50 * KB);
  });
});
