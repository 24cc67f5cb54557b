import { defineConfig, devices } from '@playwright/test';
import { findBrowser } from './scripts/ensure-browser.ts';
import { deploySites, siteUrl, unicodeDeploySite } from './tests/support/deploy-sites.ts';

/** Specs with their own build, run by the projects below rather than against the site preview. */
// Specs that build and serve a site of their own, so the projects on the seed build skip them.
const ownBuild = /(deploy|deploy-unicode|adversarial|archive|front-page|search-corpus|import|desk|languages|live)\./;

const port = Number(process.env.PREVIEW_PORT || 4329);
const executablePath = findBrowser();
const PHONE = { ...devices['Pixel 7'], browserName: 'chromium' as const };
const DESKTOP = { ...devices['Desktop Chrome'], viewport: { width: 1366, height: 900 } };
/** The widths a reader tried the archive and the front page at (issue 26): a small phone and a laptop. */
const PHONE_375 = { ...PHONE, viewport: { width: 375, height: 740 } };
const DESKTOP_1280 = { ...DESKTOP, viewport: { width: 1280, height: 800 } };
/** The archive fixture's specs: its listings, its front page (pins, blocks, thumbnails) and, on the phone, that front page's weight. */
const ARCHIVE_SPECS = /(archive|front-page)\.spec\.ts/;

/**
 * The projects that build a fixture once before its specs (`<project>-setup`) and remove it after them
 * (`<project>-teardown`): one set-up and one tear-down file for all, told which fixture by the project's metadata
 * (tests/e2e/fixtures.ts). Specs depend on `<project>-setup`.
 */
const fixtureProjects = (project: string, fixture: string) => [
  {
    name: `${project}-setup`,
    testMatch: /fixture\.setup\.ts/,
    teardown: `${project}-teardown`,
    metadata: { fixture },
  },
  { name: `${project}-teardown`, testMatch: /fixture\.teardown\.ts/, metadata: { fixture } },
];

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: Boolean(process.env.CI),
  // The HTML report keeps each test's attachments, among them the front page's screenshots (tests/e2e/front-page.spec.ts).
  reporter: [
    ['list'],
    ['json', { outputFile: 'test-results/e2e.json' }],
    ['html', { outputFolder: 'playwright-report', open: 'never' }],
  ],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath,
      // Without these, Chromium's background connections are refused by the closed network, many at a time.
      args: ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    },
  },
  projects: [
    { name: 'phone', testIgnore: ownBuild, use: PHONE },
    { name: 'desktop', testIgnore: ownBuild, use: DESKTOP },
    // Listing pages and the front page of a generated newsroom of a few hundred stories (tests/e2e/archive.*,
    // front-page.spec.ts), at 375 and 1280 px; the phone also weighs that front page (budget.spec.ts).
    ...fixtureProjects('archive', 'archive'),
    {
      name: 'archive-phone',
      testMatch: [ARCHIVE_SPECS, /budget\.spec\.ts/],
      dependencies: ['archive-setup'],
      use: PHONE_375,
    },
    { name: 'archive-desktop', testMatch: ARCHIVE_SPECS, dependencies: ['archive-setup'], use: DESKTOP_1280 },
    // Search on a generated corpus (tests/e2e/search-corpus.*), built once and served from its own directory.
    ...fixtureProjects('search', 'search'),
    { name: 'search-phone', testMatch: /search-corpus\.spec\.ts/, dependencies: ['search-setup'], use: PHONE },
    { name: 'search-desktop', testMatch: /search-corpus\.spec\.ts/, dependencies: ['search-setup'], use: DESKTOP },
    // Drafts, a scheduled story and a hostile headline (tests/fixtures/adversarial), built once, read from disk.
    ...fixtureProjects('adversarial', 'adversarial'),
    { name: 'adversarial', testMatch: /adversarial\.spec\.ts/, dependencies: ['adversarial-setup'], use: DESKTOP },
    // WordPress's theme unit test data imported with npm run import, built and served by nginx (tests/e2e/import.*).
    ...fixtureProjects('import', 'import'),
    { name: 'import', testMatch: /import\.spec\.ts/, dependencies: ['import-setup'], use: DESKTOP },
    // A Persian newsroom with English and Russian editions (tests/fixtures/languages), at 375 and 1280 px.
    { name: 'languages', testMatch: /languages\.spec\.ts/, use: DESKTOP },
    // Live coverage (tests/e2e/live.spec.ts): the 45-update fixture, built once and served by nginx, at 375 and
    // 1280 px; each project also rebuilds a copy of its own while pages are open.
    ...fixtureProjects('live', 'live'),
    { name: 'live-phone', testMatch: /live\.spec\.ts/, dependencies: ['live-setup'], use: PHONE_375 },
    { name: 'live-desktop', testMatch: /live\.spec\.ts/, dependencies: ['live-setup'], use: DESKTOP_1280 },
    // The editors' desk (/admin/) driven offline, and the site built from what it saved (tests/e2e/desk.spec.ts).
    { name: 'desk', testMatch: /desk\.spec\.ts/, use: DESKTOP },
    // The built site behind real nginx servers (tests/e2e/deploy.*), at the root and under /news/.
    ...fixtureProjects('nginx', 'deploy'),
    ...deploySites.map((site) => ({
      name: site.project,
      testMatch: /deploy\.spec\.ts/,
      dependencies: ['nginx-setup'],
      use: { ...devices['Desktop Chrome'], baseURL: siteUrl(site) },
    })),
    // Sections, tags and permalinks in other scripts behind nginx, under /news/ (deploy-unicode.spec.ts).
    ...fixtureProjects('nginx-unicode', 'unicode'),
    {
      name: unicodeDeploySite.project,
      testMatch: /deploy-unicode\.spec\.ts/,
      dependencies: ['nginx-unicode-setup'],
      use: { ...devices['Desktop Chrome'], baseURL: siteUrl(unicodeDeploySite) },
    },
  ],
  webServer: {
    // dist/ is built by scripts/test.ts with a pinned clock before this runs.
    // The Node running Playwright (the project's own, via npm test), not whichever `node` is first on PATH: run
    // directly, scripts/test.ts has no node_modules/.bin on PATH, and the machine's Node may be too old for Astro.
    command: `"${process.execPath}" node_modules/astro/bin/astro.mjs preview --ignore-lock --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    env: { ASTRO_TELEMETRY_DISABLED: '1' },
  },
});
