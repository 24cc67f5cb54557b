/**
 * Old addresses as each host redirects them: `_redirects` (Netlify, Cloudflare Pages), nginx's maps, vercel.json,
 * and the static page GitHub Pages serves, under a base path too, and in other scripts. nginx itself is tested in
 * tests/e2e/import.spec.ts and tests/e2e/deploy-unicode.spec.ts.
 */
import { describe, expect, test } from 'vitest';
import { redirectsFile, vercelConfig } from '../../../src/lib/deploy/host-configs.ts';
import {
  collectRedirects,
  MAX_VERCEL_REDIRECTS,
  nginxRedirectMaps,
  type Redirect,
  redirectLines,
  refreshPage,
  vercelRedirects,
} from '../../../src/lib/deploy/redirects.ts';
import { storyContent } from '../../../src/lib/content/story-record.ts';
import { htmlErrors } from '../../support/html-validity.ts';

/** A story as the reader hands it over: its file, and its record. */
const story = (slug: string, published: string, aliases: string[], extra = '') => ({
  file: `c/articles/${slug}.md`,
  ...storyContent(
    `---\nheadline: "Story ${slug}"\nstandfirst: S.\nauthor: ann\nsection: World\nslug: ${slug}\npublished: "${published}"\ntimeZone: Europe/Paris\n${extra}aliases:\n${aliases.map((a) => `  - "${a}"`).join('\n')}\n---\nBody\n`,
  ),
});
const now = new Date('2026-11-01T00:00:00Z');
const published = (s: { draft: boolean; published: { date: Date } }) => !s.draft && s.published.date <= now;
const files = [
  story('moved', '2015-06-11T20:31:00+02:00', ['/2015/06/11/old-slug/', '/?p=41', '/archives/caf%C3%A9.html']),
  story('draft', '2015-06-12T20:31:00+02:00', ['/?p=42'], 'draft: true\n'),
  story('later', '2030-01-01T12:00:00+01:00', ['/?p=43']),
  // Refused by the schema (no headline, no date…): no record to redirect to, and the content check names it.
  { file: 'c/articles/plain.md', ...storyContent('---\nslug: plain\n---\nNo aliases.\n') },
];

describe('collectRedirects', () => {
  test("every published story's old addresses, base path included, to its permalink; drafts and scheduled stories none", () => {
    expect(collectRedirects(files, '/news/', published)).toEqual([
      {
        from: '/news/',
        fromDecoded: '/news/',
        p: '41',
        to: '/news/2015/06/11/moved/',
        headline: 'Story moved',
        file: 'c/articles/moved.md',
      },
      {
        from: '/news/2015/06/11/old-slug/',
        fromDecoded: '/news/2015/06/11/old-slug/',
        to: '/news/2015/06/11/moved/',
        headline: 'Story moved',
        file: 'c/articles/moved.md',
      },
      {
        from: '/news/archives/caf%C3%A9.html',
        fromDecoded: '/news/archives/café.html',
        to: '/news/2015/06/11/moved/',
        headline: 'Story moved',
        file: 'c/articles/moved.md',
      },
    ]);
  });
});

const redirects: Redirect[] = collectRedirects(files, '/', published);

describe('_redirects (Netlify, Cloudflare Pages)', () => {
  test('paths as 301s first (Cloudflare counts static rules first); /?p= rules forced, for Netlify only', () => {
    expect(redirectLines(redirects)).toEqual([
      '/2015/06/11/old-slug/ /2015/06/11/moved/ 301',
      '/archives/caf%C3%A9.html /2015/06/11/moved/ 301',
      '# Netlify only: WordPress links "/?p=<id>". Cloudflare Pages cannot match a query string and skips these.',
      '/ p=41 /2015/06/11/moved/ 301!',
    ]);
  });
  test('under a base path the old addresses come before the rewrite that serves the base', () => {
    const lines = (redirectsFile('/news/', collectRedirects(files, '/news/', published)) as string).split('\n');
    expect(lines.slice(1, -1)).toEqual([
      '/news/2015/06/11/old-slug/ /news/2015/06/11/moved/ 301',
      '/news/archives/caf%C3%A9.html /news/2015/06/11/moved/ 301',
      '# Netlify only: WordPress links "/?p=<id>". Cloudflare Pages cannot match a query string and skips these.',
      '/news/ p=41 /news/2015/06/11/moved/ 301!',
      '/ /news/ 302',
      '/news/* /:splat 200',
    ]);
  });
  test('no old addresses and no base path: no file', () => expect(redirectsFile('/', [])).toBeUndefined());
});

describe('nginx maps', () => {
  test('decoded paths, with and without the trailing slash; /?p= by $uri and $arg_p', () => {
    const maps = nginxRedirectMaps(redirects);
    expect(maps.paths.split('\n').slice(1)).toEqual([
      '"/2015/06/11/old-slug/" "/2015/06/11/moved/";',
      '"/2015/06/11/old-slug" "/2015/06/11/moved/";',
      '"/archives/café.html" "/2015/06/11/moved/";',
      '',
    ]);
    expect(maps.queries.split('\n').slice(1)).toEqual(['"/?p=41" "/2015/06/11/moved/";', '']);
  });
});

describe('vercel.json', () => {
  test('paths, and /?p= with `has`, as permanent redirects', () => {
    expect(JSON.parse(vercelConfig(redirects)).redirects).toEqual([
      {
        source: '/',
        has: [{ type: 'query', key: 'p', value: '41' }],
        destination: '/2015/06/11/moved/',
        statusCode: 301,
      },
      { source: '/2015/06/11/old-slug/', destination: '/2015/06/11/moved/', statusCode: 301 },
      { source: '/archives/caf%C3%A9.html', destination: '/2015/06/11/moved/', statusCode: 301 },
    ]);
  });
  test("path-to-regexp's special characters are escaped", () => {
    expect(
      vercelRedirects([{ from: '/a:b(1)*/', fromDecoded: '/a:b(1)*/', to: '/x/', headline: '', file: 'x.md' }]),
    ).toEqual([{ source: '/a\\:b\\(1\\)\\*/', destination: '/x/', statusCode: 301 }]);
  });
  test(`past ${MAX_VERCEL_REDIRECTS} (Vercel's limit of routes per deployment), vercel.json carries none`, () => {
    const many = Array.from({ length: MAX_VERCEL_REDIRECTS + 1 }, (_, i) => ({
      from: `/old/${i}/`,
      fromDecoded: `/old/${i}/`,
      to: '/x/',
      headline: '',
      file: 'x.md',
    }));
    expect(JSON.parse(vercelConfig(many)).redirects).toBeUndefined();
  });
});

describe('the static page at an old path (GitHub Pages)', () => {
  const page = refreshPage(redirects[1], 'https://news.example.org', '/') as { file: string; html: string };
  test('is at the old path, refreshes at once to the permalink, canonical to it, noindex', () => {
    expect(page.file).toBe('2015/06/11/old-slug/index.html');
    expect(page.html).toContain(
      '<meta http-equiv="refresh" content="0; url=https://news.example.org/2015/06/11/moved/">',
    );
    expect(page.html).toContain('<link rel="canonical" href="https://news.example.org/2015/06/11/moved/">');
    expect(page.html).toContain('<meta name="robots" content="noindex">');
    expect(page.html).toContain('<a href="/2015/06/11/moved/">Story moved</a>');
  });
  test('has no script or style for a CSP to refuse, and is valid HTML', async () => {
    expect(page.html).not.toMatch(/<script|<style|style=/);
    expect(await htmlErrors(page.html, page.file)).toEqual([]);
  });
  test('an old .html file is that file; "/?p=" and other file types cannot be a static page', () => {
    expect(refreshPage(redirects[2], 'https://news.example.org', '/')?.file).toBe('archives/café.html');
    expect(refreshPage(redirects[0], 'https://news.example.org', '/')).toBeUndefined();
    expect(
      refreshPage(
        { from: '/x.php', fromDecoded: '/x.php', to: '/y/', headline: '', file: 'x.md' },
        'https://news.example.org',
        '/',
      ),
    ).toBeUndefined();
    expect(
      refreshPage(
        { from: '/news/archives/42', fromDecoded: '/news/archives/42', to: '/news/y/', headline: '', file: 'x.md' },
        'https://news.example.org',
        '/news/',
      )?.file,
    ).toBe('archives/42/index.html');
  });
});

describe('an old address and a permalink in another script', () => {
  // As WordPress linked it: lower-case escapes. The permalink's slug is Persian.
  const oldPath = '/1394/03/21/%d8%ad%d9%85%d9%84%d9%87/';
  const permalink = '/news/2015/06/11/%D8%AD%D9%85%D9%84%D9%87-%D8%A8%D9%87-%D9%85%DB%8C%D8%B3%D9%86%DB%8C/';
  const persian = collectRedirects(
    [story('حمله-به-میسنی', '2015-06-11T20:31:00+02:00', [oldPath, '/archives/%D8%AD%D9%85%D9%84%D9%87'])],
    '/news/',
    published,
  );
  const ascii = /^[\x21-\x7e]+$/;

  test('collected: the old address as requested and decoded, the permalink percent-encoded', () => {
    expect(persian.map(({ from, fromDecoded, to }) => ({ from, fromDecoded, to }))).toEqual([
      { from: `/news${oldPath}`, fromDecoded: '/news/1394/03/21/حمله/', to: permalink },
      { from: '/news/archives/%D8%AD%D9%85%D9%84%D9%87', fromDecoded: '/news/archives/حمله', to: permalink },
    ]);
  });

  test('_redirects (Netlify, Cloudflare Pages): both sides percent-encoded, as their docs and rules engines ask', () => {
    const lines = redirectLines(persian);
    expect(lines).toEqual([
      `/news${oldPath} ${permalink} 301`,
      `/news/archives/%D8%AD%D9%85%D9%84%D9%87 ${permalink} 301`,
    ]);
    for (const line of lines) expect(line.replace(/ /g, '')).toMatch(ascii);
  });

  test('nginx: the decoded path, as $uri holds it; the encoded permalink, since Location must be ASCII', () => {
    expect(nginxRedirectMaps(persian).paths.split('\n').slice(1)).toEqual([
      `"/news/1394/03/21/حمله/" "${permalink}";`,
      `"/news/1394/03/21/حمله" "${permalink}";`,
      `"/news/archives/حمله" "${permalink}";`,
      '',
    ]);
  });

  test('vercel.json: source and destination percent-encoded', () => {
    const rules = JSON.parse(vercelConfig(persian)).redirects as { source: string; destination: string }[];
    expect(rules).toEqual([
      { source: `/news${oldPath}`, destination: permalink, statusCode: 301 },
      { source: '/news/archives/%D8%AD%D9%85%D9%84%D9%87', destination: permalink, statusCode: 301 },
    ]);
    for (const rule of rules) expect(rule.source + rule.destination).toMatch(ascii);
  });

  test('GitHub Pages: the static page is at the decoded path and sends the reader on to the encoded permalink', async () => {
    const page = refreshPage(persian[0], 'https://news.example.org', '/news/') as { file: string; html: string };
    expect(page.file).toBe('1394/03/21/حمله/index.html');
    expect(page.html).toContain(`<meta http-equiv="refresh" content="0; url=https://news.example.org${permalink}">`);
    expect(page.html).toContain(`<a href="${permalink}">`);
    expect(await htmlErrors(page.html, page.file)).toEqual([]);
  });
});
