/**
 * Old addresses (`aliases`) in real builds of a small fixture: under BASE_PATH every redirect and static page lives
 * under the base, and an old address that is a file the site builds stops the build, naming the story's file.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildFixture, type FixtureBuild } from '../support/build-fixture.ts';

const FIXTURE = 'tests/fixtures/figure-and-internal-related';
const made: string[] = [];
afterAll(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

/** The fixture with old addresses added to its story with an image. */
function withAliases(aliases: string[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gazette-aliases-'));
  made.push(dir);
  fs.cpSync(FIXTURE, dir, { recursive: true });
  const story = path.join(dir, 'articles/with-image.md');
  fs.writeFileSync(
    story,
    fs
      .readFileSync(story, 'utf8')
      .replace('\nrelated:', `\naliases:\n${aliases.map((a) => `  - "${a}"`).join('\n')}\nrelated:`),
  );
  return dir;
}

function built(content: string, env: Record<string, string>): FixtureBuild {
  const build = buildFixture(content, env);
  made.push(path.dirname(build.dist));
  return build;
}

describe('under a base path', () => {
  const build = () =>
    built(withAliases(['/2020/02/29/old-slug/', '/?p=7']), {
      BASE_PATH: '/news/',
      SITE_URL: 'https://news.example.org',
    });
  test('every host file and static page carries the base', () => {
    const b = build();
    expect(b.status, b.output).toBe(0);
    const read = (f: string) => fs.readFileSync(path.join(b.dist, f), 'utf8');
    expect(read('_redirects')).toContain('/news/2020/02/29/old-slug/ /news/2020/03/01/fixture-with-image/ 301\n');
    expect(read('_redirects')).toContain('/news/ p=7 /news/2020/03/01/fixture-with-image/ 301!\n');
    // Old addresses before the rewrite that serves the base, so they are matched first.
    expect(read('_redirects').indexOf('old-slug')).toBeLessThan(read('_redirects').indexOf('/news/* /:splat 200'));
    expect(read('_nginx-redirects.map')).toContain(
      '"/news/2020/02/29/old-slug/" "/news/2020/03/01/fixture-with-image/";',
    );
    expect(read('_nginx-redirects-p.map')).toContain('"/news/?p=7" "/news/2020/03/01/fixture-with-image/";');
    const page = read('2020/02/29/old-slug/index.html');
    expect(page).toContain(
      '<meta http-equiv="refresh" content="0; url=https://news.example.org/news/2020/03/01/fixture-with-image/">',
    );
    expect(page).toContain('<a href="/news/2020/03/01/fixture-with-image/">');
  }, 180_000);
});

describe('an old address that is a file the site builds', () => {
  test('stops the build, naming the story, and dist/ is not replaced', () => {
    const b = built(withAliases(['/404.html']), {});
    expect(b.status).toBe(1);
    expect(b.output).toMatch(
      /articles\/with-image\.md: aliases "\/404\.html" is the address of 404\.html, which the site builds; remove it from the story's aliases/,
    );
    expect(fs.existsSync(b.dist)).toBe(false);
  }, 180_000);
});
