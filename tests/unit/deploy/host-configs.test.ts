import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { committedHostConfigs } from '../../../scripts/deploy/committed-configs.ts';
import { headersFile, redirectsFile, vercelConfig } from '../../../src/lib/deploy/host-configs.ts';
import {
  NGINX_LIVE_MAP,
  NGINX_REDIRECT_MAPS,
  nginxLiveMap,
  nginxServerBlock,
} from '../../../src/lib/deploy/nginx-config.ts';
import {
  DESK_OPENER_POLICY,
  deskPageCsp,
  headerCspDirectives,
  immutableCache,
  liveCache,
  searchPageCsp,
  securityHeaders,
  shortCache,
} from '../../../src/lib/deploy/security-headers.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');

test.each(committedHostConfigs())('$file is what `npm run deploy-configs` writes', ({ file, text }) => {
  expect(fs.readFileSync(path.join(ROOT, file), 'utf8')).toBe(text);
});

test('the header CSP leaves scripts and styles to the per-page hashes in the <meta> policy', () => {
  const names = headerCspDirectives.map((d) => d.split(' ')[0]);
  for (const governsScriptsOrStyles of ['default-src', 'script-src', 'script-src-elem', 'style-src', 'style-src-elem'])
    expect(names).not.toContain(governsScriptsOrStyles);
  // What only a header can do, and the usual lock-downs.
  expect(headerCspDirectives).toEqual(
    expect.arrayContaining(["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"]),
  );
});

test('every header the deploy issue names is in the list', () => {
  expect(securityHeaders.map((h) => h.name)).toEqual(
    expect.arrayContaining([
      'Content-Security-Policy',
      'Strict-Transport-Security',
      'X-Content-Type-Options',
      'Referrer-Policy',
      'Permissions-Policy',
      'X-Frame-Options',
      'Cross-Origin-Opener-Policy',
    ]),
  );
});

describe('every host gets every security header', () => {
  test.each([
    ['_headers', headersFile('/')],
    ['vercel.json', vercelConfig()],
    ['nginx', nginxServerBlock()],
  ])('%s', (_, text) => {
    for (const { name, value } of securityHeaders) {
      expect(text).toContain(name);
      expect(text).toContain(value);
    }
    expect(text).toContain(immutableCache);
  });
});

test('_headers caches hashed assets at the root and under the base path', () => {
  expect(headersFile('/').match(/^\/\S*/gm)).toEqual(['/*', '/search/', '/admin/', '/_astro/*', '/*/updates.json']);
  expect(headersFile('/news').match(/^\/\S*/gm)).toEqual([
    '/*',
    '/search/',
    '/news/search/',
    '/admin/',
    '/news/admin/',
    '/_astro/*',
    '/news/_astro/*',
    '/*/updates.json',
    '/news/*/updates.json',
  ]);
});

test("_headers' and vercel.json's header rules are ASCII, and their site-wide rule covers pages in any script", () => {
  // BASE_PATH is ASCII (src/lib/site/config.ts), so every rule is; a tag page at /tags/%D1%80…/ matches "/*" and
  // "/(.*)", which carry the security headers (served so by nginx: tests/e2e/deploy-unicode.spec.ts).
  for (const base of ['/', '/news/']) expect(headersFile(base)).toMatch(/^[\x00-\x7f]*$/);
  expect(headersFile('/').split('\n')[1]).toBe('/*');
  const sources = JSON.parse(vercelConfig()).headers.map((h: { source: string }) => h.source);
  expect(sources[0]).toBe('/(.*)');
  expect(new RegExp(`^${sources[0]}$`).test('/tags/%D1%80%D0%BE%D1%81%D1%81%D0%B8%D1%8F/')).toBe(true);
});

test('_redirects serves a base-path build from the root of Netlify or Cloudflare Pages', () => {
  expect(redirectsFile('/')).toBeUndefined();
  expect(
    redirectsFile('/news/')
      ?.split('\n')
      .filter((l) => !l.startsWith('#')),
  ).toEqual(['/ /news/ 302', '/news/* /:splat 200', '']);
});

test('vercel.json matches the trailing-slash policy and installs the committed lockfile with npm ci', () => {
  const config = JSON.parse(vercelConfig());
  expect(config).toMatchObject({ trailingSlash: true, outputDirectory: 'dist', installCommand: 'npm ci' });
  expect(config.headers.map((h: { source: string }) => h.source)).toEqual([
    '/(.*)',
    '/_astro/(.*)',
    '/search/',
    '/admin/',
    '/(.*)/updates.json',
  ]);
});

test('the nginx server block sends the 404 page from the base path and repeats the headers in each location', () => {
  const block = nginxServerBlock();
  expect(block).toContain('error_page 404 $gazette_base/404.html;');
  const locations = block.split(/\n\s*location /).slice(1);
  const withHeaders = locations.filter((l) => l.includes('add_header'));
  // Pages and files, hashed assets, and live coverage's updates.json.
  expect(withHeaders).toHaveLength(3);
  for (const l of withHeaders) expect(l.match(/ always;/g)).toHaveLength(securityHeaders.length);
});

describe("'wasm-unsafe-eval' (Pagefind's WebAssembly) is sent for the search page and no other path", () => {
  const WASM = "'wasm-unsafe-eval'";
  test('_headers: only the search page rules carry it', () => {
    for (const base of ['/', '/news/']) {
      const rules = headersFile(base)
        .split(/\n(?=\/)/)
        .filter((r) => r.startsWith('/'));
      const withWasm = rules.filter((r) => r.includes(WASM)).map((r) => r.split('\n')[0]);
      expect(withWasm).toEqual(base === '/' ? ['/search/'] : ['/search/', '/news/search/']);
    }
  });
  test('vercel.json: only the /search/ rule carries it', () => {
    const { headers } = JSON.parse(vercelConfig()) as { headers: { source: string; headers: { value: string }[] }[] };
    expect(headers.filter((r) => r.headers.some((h) => h.value.includes(WASM))).map((r) => r.source)).toEqual([
      '/search/',
    ]);
  });
  test("nginx: only the search pages set it, every edition's, under the base and nowhere else", () => {
    const block = nginxServerBlock();
    const lines = block.split('\n').filter((l) => l.includes(WASM));
    expect(lines.map((l) => l.trim().split(') {')[0])).toEqual(['if ($gazette_search = $gazette_base']);
    // The path before a search page, as the server block's regex captures it, then compares with the base.
    const pattern = new RegExp(/if \(\$uri ~ "([^"]+)"\)/.exec(block)![1].replace(/\\\\/g, '\\'));
    const before = (uri: string) => pattern.exec(uri)?.groups?.gazette_before;
    expect(before('/search/')).toBe('');
    expect(before('/search/index.html')).toBe('');
    expect(before('/news/search/')).toBe('/news');
    expect(before('/news/fa/search/')).toBe('/news');
    expect(before('/zh-hans/search/index.html')).toBe('');
    // A story whose slug is "search" is not a search page: what comes before it is not the base.
    expect(before('/2015/06/11/search/')).toBe('/2015/06/11');
    expect(before('/searching/')).toBeUndefined();
    // Every location sends the variable those conditions set, not a fixed policy that would ignore them.
    expect(nginxServerBlock()).not.toMatch(/add_header Content-Security-Policy "/);
  });
});

describe("stories' old addresses", () => {
  test('vercel.json is regenerated from the content (so the test above fails while it is stale)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gazette-vercel-'));
    try {
      fs.mkdirSync(path.join(dir, 'articles'));
      fs.writeFileSync(
        path.join(dir, 'articles/a.md'),
        '---\nheadline: A\nstandfirst: S.\nauthor: ann\nsection: World\nslug: a\npublished: "2015-06-11T20:31:00+02:00"\ntimeZone: Europe/Paris\naliases:\n  - /2015/06/11/old/\n  - /?p=7\n---\nBody\n',
      );
      const vercel = committedHostConfigs({ GAZETTE_CONTENT_DIR: dir }).find((c) => c.file === 'vercel.json') as {
        text: string;
      };
      expect(JSON.parse(vercel.text).redirects.map((r: { source: string }) => r.source)).toEqual([
        '/',
        '/2015/06/11/old/',
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('in another script, vercel.json carries the old address and the permalink percent-encoded', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gazette-vercel-'));
    try {
      fs.mkdirSync(path.join(dir, 'articles'));
      fs.writeFileSync(
        path.join(dir, 'articles/a.md'),
        '---\nheadline: A\nstandfirst: S.\nauthor: ann\nsection: ایران\nslug: حمله\npublished: "2015-06-11T20:31:00+04:30"\ntimeZone: Asia/Tehran\naliases:\n  - /1394/03/21/%d8%ad%d9%85%d9%84%d9%87/\n---\nBody\n',
      );
      const vercel = committedHostConfigs({ GAZETTE_CONTENT_DIR: dir }).find((c) => c.file === 'vercel.json') as {
        text: string;
      };
      expect(JSON.parse(vercel.text).redirects).toEqual([
        {
          source: '/1394/03/21/%d8%ad%d9%85%d9%84%d9%87/',
          destination: '/2015/06/11/%D8%AD%D9%85%D9%84%D9%87/',
          statusCode: 301,
        },
      ]);
      // Every line ASCII: the whole file, headers included.
      expect(vercel.text).toMatch(/^[\x00-\x7f]*$/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('the nginx server block redirects by the two maps each build writes, before any file is served, and hides the maps', () => {
    const block = nginxServerBlock();
    expect(block).toContain(`map $uri $gazette_moved {\n    include /var/www/gazette/${NGINX_REDIRECT_MAPS.paths};`);
    expect(block).toContain(
      `map "$uri?p=$arg_p" $gazette_moved_p {\n    include /var/www/gazette/${NGINX_REDIRECT_MAPS.queries};`,
    );
    const server = block.slice(block.indexOf('server {'));
    expect(server.indexOf('if ($gazette_moved) { return 301 $gazette_moved; }')).toBeLessThan(
      server.indexOf('location /'),
    );
    expect(server.indexOf('if ($gazette_moved_p) { return 301 $gazette_moved_p; }')).toBeLessThan(
      server.indexOf('location /'),
    );
    expect(block).toContain(
      'location ~ "/_(headers|redirects|nginx-(redirects(-p)?|live)\\.map)$" {\n        return 404;',
    );
  });
});

describe('the desk (/admin/) gets its own CSP and opener policy on every host, and no other path does', () => {
  const SITE_CSP = securityHeaders.find((h) => h.name === 'Content-Security-Policy')!.value;
  const rules = (text: string) => text.split(/\n(?=\/)/).filter((r) => r.startsWith('/'));

  test('the desk policy widens only what the CMS needs, and keeps the lock-downs', () => {
    const directives = Object.fromEntries(deskPageCsp.split('; ').map((d) => [d.split(' ')[0], d]));
    expect(directives['connect-src']).toBe(
      "connect-src 'self' blob: data: https://api.github.com https://www.githubstatus.com https://gitlab.com https://status-api.hostedstatus.com",
    );
    expect(directives['frame-src']).toBe('frame-src blob:');
    for (const kept of [
      "frame-ancestors 'none'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "worker-src 'self'",
    ]) {
      expect(deskPageCsp).toContain(kept);
    }
    // Scripts and styles stay with the page's <meta> policy, as on every page.
    expect(deskPageCsp).not.toMatch(/(^|; )(default-src|script-src|style-src)/);
    expect(deskPageCsp).not.toContain('unsafe');
  });

  test('_headers: the desk rules drop the site CSP and opener policy (Cloudflare) and set their own', () => {
    for (const base of ['/', '/news/']) {
      const desk = rules(headersFile(base)).filter((r) => r.includes(deskPageCsp));
      expect(desk.map((r) => r.split('\n')[0])).toEqual(base === '/' ? ['/admin/'] : ['/admin/', '/news/admin/']);
      for (const rule of desk) {
        expect(rule.split('\n').slice(1)).toEqual([
          '  ! Content-Security-Policy',
          '  ! Cross-Origin-Opener-Policy',
          `  Content-Security-Policy: ${deskPageCsp}`,
          `  Cross-Origin-Opener-Policy: ${DESK_OPENER_POLICY}`,
        ]);
      }
      expect(rules(headersFile(base)).filter((r) => r.includes(DESK_OPENER_POLICY))).toEqual(desk);
    }
  });

  test('vercel.json: only the /admin/ rule, after the site-wide one it overrides', () => {
    const { headers } = JSON.parse(vercelConfig()) as {
      headers: { source: string; headers: { key: string; value: string }[] }[];
    };
    const desk = headers.filter((r) =>
      r.headers.some((h) => h.value === deskPageCsp || h.value === DESK_OPENER_POLICY),
    );
    expect(desk.map((r) => r.source)).toEqual(['/admin/']);
    expect(headers.findIndex((r) => r.source === '/admin/')).toBeGreaterThan(
      headers.findIndex((r) => r.source === '/(.*)'),
    );
  });

  test('nginx: only the conditions on the desk page set its policies; every other path keeps the site values', () => {
    const block = nginxServerBlock();
    const conditions = block
      .split('\n')
      .filter((l) => l.includes(deskPageCsp) || l.includes(`"${DESK_OPENER_POLICY}"`));
    expect(conditions.map((l) => l.trim().split(') {')[0])).toEqual([
      'if ($uri = "$gazette_base/admin/"',
      'if ($uri = "$gazette_base/admin/"',
      'if ($uri = "$gazette_base/admin/index.html"',
      'if ($uri = "$gazette_base/admin/index.html"',
    ]);
    expect(block).toContain(`set $gazette_csp "${SITE_CSP}";`);
    expect(block).toContain('set $gazette_coop "same-origin";');
    expect(block).not.toMatch(/add_header Cross-Origin-Opener-Policy "/);
  });

  test("the search page's policy does not change", () => {
    expect(searchPageCsp).toBe(`${SITE_CSP}; script-src 'self' 'wasm-unsafe-eval'`);
  });
});

describe('live coverage: updates.json, and the pages of coverage still open, are kept ten seconds at most on every host', () => {
  const LIVE = '/news/2026/10/31/storm/';
  const maxAge = (value: string) => Number(/max-age=(\d+)/.exec(value)?.[1]);

  test('the lifetime is at most 15 s', () => {
    expect(maxAge(liveCache)).toBeLessThanOrEqual(15);
  });

  test('_headers: every updates.json, at the root and under the base, and each open story and its later pages', () => {
    const text = headersFile('/news/', undefined, [LIVE]);
    for (const rule of ['/*/updates.json', '/news/*/updates.json', LIVE, `${LIVE}page/*`])
      expect(text).toContain(`\n${rule}\n  Cache-Control: ${liveCache}\n`);
    // Cloudflare drops a rule with two wildcards.
    for (const line of text.split('\n').filter((l) => l.startsWith('/')))
      expect(line.split('*').length).toBeLessThan(3);
    // A build with nothing live names no page.
    expect(headersFile('/news/')).not.toContain(`${LIVE}\n`);
  });

  test('vercel.json: every updates.json', () => {
    const rules = JSON.parse(vercelConfig()).headers as { source: string; headers: { key: string; value: string }[] }[];
    expect(rules.find((r) => r.source === '/(.*)/updates.json')?.headers).toEqual([
      { key: 'Cache-Control', value: liveCache },
    ]);
  });

  test('nginx: a location for updates.json with every security header, and the live map for open pages', () => {
    const block = nginxServerBlock();
    const location = block.slice(block.indexOf('location ~ "/updates\\.json$" {'));
    const body = location.slice(0, location.indexOf('}'));
    expect(body).toContain(`add_header Cache-Control "${liveCache}";`);
    for (const { name } of securityHeaders) expect(body).toContain(`add_header ${name} `);
    expect(block).toContain(
      `map $uri $gazette_cache {\n    default "${shortCache}";\n    include /var/www/gazette/${NGINX_LIVE_MAP};`,
    );
    expect(block).toContain('add_header Cache-Control $gazette_cache;');
    const map = nginxLiveMap([LIVE]);
    const [pattern] = /"~\^[^"]+"/.exec(map)!;
    const regex = new RegExp(pattern.slice(2, -1));
    for (const uri of [LIVE, `${LIVE}index.html`, `${LIVE}page/2/`, `${LIVE}page/12/index.html`])
      expect(uri).toMatch(regex);
    for (const uri of [`${LIVE}update/0815/index.html`, '/news/2026/10/31/storm-2/', `${LIVE}updates.json`])
      expect(uri).not.toMatch(regex);
    expect(map).toContain(`"${liveCache}";`);
  });
});
