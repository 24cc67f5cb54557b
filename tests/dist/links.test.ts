/**
 * Every internal reference in the built site resolves to a file, at the root and
 * under a sub-path base. External links are written to a report, not fetched.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { checkLinks } from '../support/link-check.ts';
import { siteConfig } from '../../src/lib/site/config.ts';
import { buildFixture, ROOT } from '../support/build-fixture.ts';
import { DIST, distFiles } from '../support/dist-files.ts';

const REPORT = path.join(ROOT, 'test-results/external-links.txt');

describe('the site npm test built', () => {
  const { site, base } = siteConfig();
  const { files, texts, pages } = distFiles(DIST);
  const result = checkLinks(texts, files, { origin: site, base });

  test('every internal href, src, srcset and asset reference resolves', () => {
    expect(pages.length).toBeGreaterThan(0);
    expect(result.checked).toBeGreaterThan(pages.length);
    expect(result.broken).toEqual([]);
  });

  test('external links are listed in test-results/external-links.txt, not fetched', () => {
    fs.mkdirSync(path.dirname(REPORT), { recursive: true });
    const lines = [...new Set(result.external.map((e) => `${e.url}\t${e.from}`))].sort();
    fs.writeFileSync(
      REPORT,
      `# External links in ${path.relative(ROOT, DIST)}/ (url, page); not fetched\n${lines.join('\n')}\n`,
    );
    // The seed links its original at VICE News; a site with no external links at all would be a changed seed.
    expect(result.external.some((e) => e.url.startsWith('https://www.vice.com/'))).toBe(true);
  });
});

describe('the same content built under BASE_PATH=/news/', () => {
  let result: ReturnType<typeof checkLinks>;
  beforeAll(() => {
    const build = buildFixture('content', { BASE_PATH: '/news/' });
    if (build.status !== 0) throw new Error(build.output);
    const { files, texts } = distFiles(build.dist);
    result = checkLinks(texts, files, { origin: siteConfig().site, base: '/news/' });
    fs.rmSync(path.dirname(build.dist), { recursive: true, force: true });
  }, 120_000);

  test('every internal reference stays under /news/ and resolves', () => {
    expect(result.checked).toBeGreaterThan(0);
    expect(result.broken).toEqual([]);
  });
});
