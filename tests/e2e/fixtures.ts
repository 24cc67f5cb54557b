/**
 * The fixtures the browser tests build once, by name: a Playwright project `<project>-setup` names one in its metadata
 * (playwright.config.ts), fixture.setup.ts builds it, and fixture.teardown.ts removes it after its specs.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {
  ADVERSARIAL_CONTENT,
  ADVERSARIAL_DIR,
  ADVERSARIAL_DIST,
  ADVERSARIAL_ORIGIN,
} from '../support/adversarial-site.ts';
import { writeArchiveFixture } from '../support/archive-fixture.ts';
import { ARCHIVE_DIR, ARCHIVE_DIST } from '../support/archive-site.ts';
import { ROOT, TEST_EPOCH } from '../support/build-fixture.ts';
import {
  DEPLOY_CONTENT,
  DEPLOY_DIR,
  deploySites,
  distOf,
  origin,
  UNICODE_DEPLOY_DIR,
  unicodeDeploySite,
} from '../support/deploy-sites.ts';
import { defineFixture, type Fixture } from '../support/fixture-project.ts';
import { IMPORT_OPTIONS, MISSING_UPLOAD, THEME_UNIT_TEST_DATA } from '../support/imported-site.ts';
import { LIVE_CONTENT, LIVE_DIR, LIVE_DIST, LIVE_ORIGIN, LIVE_PORT } from '../support/live-site.ts';
import { IMPORT_SITE, importDist, importOrigin } from '../support/import-site.ts';
import {
  SEARCH_BUNDLE_STORIES,
  SEARCH_CORPUS_DIR,
  searchCorpusDist,
  writeSearchCorpus,
} from '../support/search-corpus.ts';
import { UNICODE_CONTENT } from '../support/unicode-site.ts';
import { drawUploads, referencedUploads } from '../support/wordpress-media.ts';

/**
 * WordPress's theme unit test data brought in with `npm run import` (the command line itself, in a child process),
 * with stand-in images at its upload paths, one left out.
 */
async function importedContent(): Promise<string> {
  const content = path.join(IMPORT_SITE.dir, 'content');
  const media = path.join(IMPORT_SITE.dir, 'media');
  fs.mkdirSync(content, { recursive: true });
  await drawUploads(media, referencedUploads(fs.readFileSync(THEME_UNIT_TEST_DATA, 'utf8')), [MISSING_UPLOAD]);
  const args = ['wordpress', THEME_UNIT_TEST_DATA, '--media', media];
  args.push('--time-zone', IMPORT_OPTIONS.timeZone, '--image-credit', IMPORT_OPTIONS.imageCredit);
  const imported = spawnSync(process.execPath, [path.join(ROOT, 'scripts/import.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, GAZETTE_CONTENT_DIR: content, SOURCE_DATE_EPOCH: TEST_EPOCH },
  });
  if (imported.status !== 0) throw new Error(`npm run import failed:\n${imported.stdout}${imported.stderr}`);
  return content;
}

export const FIXTURES: Record<string, Fixture> = {
  // A generated newsroom of a few hundred stories, for the listings and the front page (archive.spec.ts,
  // front-page.spec.ts, and the front page's weight in budget.spec.ts).
  archive: defineFixture({
    name: 'the archive fixture',
    dir: ARCHIVE_DIR,
    timeout: 600_000,
    // A folder named content/ is refused by the corpus writer, which guards the newsroom's own.
    content: () => writeArchiveFixture(path.join(ARCHIVE_DIR, 'corpus')),
    builds: [{ dist: ARCHIVE_DIST }],
  }),
  // A few dozen stories with words only one of them holds, and their search index (search-corpus.spec.ts).
  search: defineFixture({
    name: 'the search corpus',
    dir: SEARCH_CORPUS_DIR,
    timeout: 300_000,
    content: () => {
      const content = path.join(SEARCH_CORPUS_DIR, 'content');
      writeSearchCorpus(content);
      return content;
    },
    // Eight stories a bundle: the index is cut into bundles (src/lib/search/bundles.ts), as at 10,000 stories, and
    // every search here merges them.
    builds: [{ dist: searchCorpusDist, env: { GAZETTE_SEARCH_BUNDLE_STORIES: String(SEARCH_BUNDLE_STORIES) } }],
  }),
  // Drafts, a scheduled story and a hostile headline (tests/fixtures/adversarial), read from disk.
  adversarial: defineFixture({
    name: 'the adversarial fixture',
    dir: ADVERSARIAL_DIR,
    timeout: 300_000,
    content: ADVERSARIAL_CONTENT,
    builds: [{ dist: ADVERSARIAL_DIST, env: { SITE_URL: ADVERSARIAL_ORIGIN } }],
  }),
  // The imported site behind nginx and the shipped server block (import.spec.ts).
  import: defineFixture({
    name: 'the imported theme unit test data',
    dir: IMPORT_SITE.dir,
    timeout: 600_000,
    content: importedContent,
    builds: [{ dist: importDist, env: { SITE_URL: importOrigin }, serve: IMPORT_SITE }],
  }),
  // The same site at the root and under /news/, each behind its own nginx (deploy.spec.ts).
  deploy: defineFixture({
    name: 'the deploy fixture, at the root and under /news/',
    dir: DEPLOY_DIR,
    timeout: 600_000,
    content: DEPLOY_CONTENT,
    builds: deploySites.map((site) => ({
      dist: distOf(site),
      env: { BASE_PATH: site.base, SITE_URL: origin(site) },
      serve: { dir: site.dir, base: site.base, port: site.port },
    })),
  }),
  // Sections, tags, permalinks and an old address in other scripts, under /news/ behind nginx (deploy-unicode.spec.ts).
  unicode: defineFixture({
    name: 'the Unicode URLs fixture, under /news/',
    dir: UNICODE_DEPLOY_DIR,
    timeout: 300_000,
    content: UNICODE_CONTENT,
    builds: [
      {
        dist: distOf(unicodeDeploySite),
        env: { BASE_PATH: unicodeDeploySite.base, SITE_URL: origin(unicodeDeploySite) },
        serve: { dir: unicodeDeploySite.dir, base: unicodeDeploySite.base, port: unicodeDeploySite.port },
      },
    ],
  }),
  // Live coverage: one live story of 45 updates (tests/fixtures/live), behind nginx and the shipped server block, whose
  // cache lifetimes for live pages and updates.json the specs read (live.spec.ts).
  live: defineFixture({
    name: 'the live coverage fixture',
    dir: LIVE_DIR,
    timeout: 300_000,
    content: LIVE_CONTENT,
    builds: [
      {
        dist: LIVE_DIST,
        env: { SITE_URL: LIVE_ORIGIN },
        serve: { dir: path.join(LIVE_DIR, 'nginx'), base: '/', port: LIVE_PORT },
      },
    ],
  }),
};

/** The fixture a set-up or tear-down project names in its metadata. */
export function projectFixture(metadata: Record<string, unknown>): Fixture {
  const fixture = FIXTURES[String(metadata.fixture)];
  if (!fixture) throw new Error(`No fixture named "${metadata.fixture}": name one of tests/e2e/fixtures.ts's.`);
  return fixture;
}
