/**
 * The newsroom's own content has no main image or locator map yet, so the
 * HTML and link guards also run over fixture sites that do: a photograph with
 * caption and credit, internal related links, and an SVG locator map.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkLinks } from '../support/link-check.ts';
import { siteConfig } from '../../src/lib/site/config.ts';
import { buildFixture } from '../support/build-fixture.ts';
import { distFiles } from '../support/dist-files.ts';
import { htmlErrors } from '../support/html-validity.ts';

describe.each(['tests/fixtures/figure-and-internal-related', 'tests/fixtures/locator-map'])('%s', (fixture) => {
  test('every page is valid HTML and every internal reference resolves', async () => {
    const build = buildFixture(fixture);
    if (build.status !== 0) throw new Error(build.output);
    const { files, texts, pages } = distFiles(build.dist);
    expect(pages.length).toBeGreaterThan(3);
    for (const page of pages) expect(await htmlErrors(texts.get(page)!, page)).toEqual([]);
    const { broken, checked } = checkLinks(texts, files, { origin: siteConfig().site, base: '/' });
    expect(checked).toBeGreaterThan(pages.length);
    expect(broken).toEqual([]);
    fs.rmSync(path.dirname(build.dist), { recursive: true, force: true });
  }, 120_000);
});
