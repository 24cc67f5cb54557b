import { defineConfig, devices } from '@playwright/test';
import { findBrowser } from './scripts/ensure-browser.ts';
import { deploySites, siteUrl } from './tests/support/deploy-sites.ts';

/** Specs with their own build, run by the projects below rather than against the site preview. */
// Specs that build and serve a site of their own, so the projects on the seed build skip them.
const ownBuild = /(deploy|adversarial|archive|search-corpus|import|desk)\./;

const port = Number(process.env.PREVIEW_PORT || 4329);
const executablePath = findBrowser();
const PHONE = { ...devices['Pixel 7'], browserName: 'chromium' as const };
const DESKTOP = { ...devices['Desktop Chrome'], viewport: { width: 1366, height: 900 } };

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
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
    // Listing pages of a generated newsroom of a few hundred stories (tests/e2e/archive.*), at both widths.
    { name: 'archive-setup', testMatch: /archive\.setup\.ts/, teardown: 'archive-teardown' },
    { name: 'archive-teardown', testMatch: /archive\.teardown\.ts/ },
    { name: 'archive-phone', testMatch: /archive\.spec\.ts/, dependencies: ['archive-setup'], use: PHONE },
    { name: 'archive-desktop', testMatch: /archive\.spec\.ts/, dependencies: ['archive-setup'], use: DESKTOP },
    // Search on a generated corpus (tests/e2e/search-corpus.*), built once and served from its own directory.
    { name: 'search-setup', testMatch: /search-corpus\.setup\.ts/, teardown: 'search-teardown' },
    { name: 'search-teardown', testMatch: /search-corpus\.teardown\.ts/ },
    { name: 'search-phone', testMatch: /search-corpus\.spec\.ts/, dependencies: ['search-setup'], use: PHONE },
    { name: 'search-desktop', testMatch: /search-corpus\.spec\.ts/, dependencies: ['search-setup'], use: DESKTOP },
    // Drafts, a scheduled story and a hostile headline (tests/fixtures/adversarial), built once, read from disk.
    { name: 'adversarial-setup', testMatch: /adversarial\.setup\.ts/, teardown: 'adversarial-teardown' },
    { name: 'adversarial-teardown', testMatch: /adversarial\.teardown\.ts/ },
    { name: 'adversarial', testMatch: /adversarial\.spec\.ts/, dependencies: ['adversarial-setup'], use: DESKTOP },
    // WordPress's theme unit test data imported with npm run import, built and served by nginx (tests/e2e/import.*).
    { name: 'import-setup', testMatch: /import\.setup\.ts/, teardown: 'import-teardown' },
    { name: 'import-teardown', testMatch: /import\.teardown\.ts/ },
    { name: 'import', testMatch: /import\.spec\.ts/, dependencies: ['import-setup'], use: DESKTOP },
    // The editors' desk (/admin/) driven offline, and the site built from what it saved (tests/e2e/desk.spec.ts).
    { name: 'desk', testMatch: /desk\.spec\.ts/, use: DESKTOP },
    // The built site behind real nginx servers (tests/e2e/deploy.*), at the root and under /news/.
    { name: 'nginx-setup', testMatch: /deploy\.setup\.ts/, teardown: 'nginx-teardown' },
    { name: 'nginx-teardown', testMatch: /deploy\.teardown\.ts/ },
    ...deploySites.map((site) => ({
      name: site.project,
      testMatch: /deploy\.spec\.ts/,
      dependencies: ['nginx-setup'],
      use: { ...devices['Desktop Chrome'], baseURL: siteUrl(site) },
    })),
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
