/**
 * `npm test`: every check, in the order that fails fastest.
 *   1. a browser for Playwright (installed if missing, and it says so)
 *   2. astro check (types and templates), and committed locator maps up to date
 *   3. vitest (pure logic and components)
 *   4. a build with a pinned clock, then checks over its files, then Playwright against it;
 *      Playwright's nginx projects also build a fixture at / and /news/ and serve each with nginx
 * Steps 3 and 4 run with every process's clock 400 days ahead (scripts/clock-ahead.ts), so a test that reads the
 * real clock instead of pinning it fails now, not when the date its answer depends on comes round.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { CLOCK_AHEAD_DAYS, clockAheadEnv, ensureFaketime } from './clock-ahead.ts';
import { ensureBrowser } from './ensure-browser.ts';

/** The pinned build clock for tests: 2026-11-01T00:00:00Z. */
export const TEST_EPOCH = '1793491200';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SOURCE_DATE_EPOCH: TEST_EPOCH };

function step(name: string, args: string[], extraEnv: Record<string, string> = {}): void {
  console.log(`\n=== ${name} ===`);
  const result = spawnSync(process.execPath, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  if (result.status !== 0) {
    console.error(`\n${name} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}

const browser = ensureBrowser();
const faketime = ensureFaketime();
console.log(`[clock] Using ${faketime}: vitest, the build and Playwright run with the clock ${CLOCK_AHEAD_DAYS} days ahead.`);
const ahead = clockAheadEnv(faketime);
step('astro check', ['node_modules/astro/bin/astro.mjs', 'check']);
step('locator maps up to date', ['scripts/maps.ts', '--check']);
// Fixture builds scratch under here (tests/helpers/build-fixture.ts); start each run empty.
fs.rmSync('node_modules/.cache/gazette-fixtures', { recursive: true, force: true });
step('unit tests (vitest)', ['node_modules/vitest/vitest.mjs', 'run'], ahead);
step('build (clock pinned)', ['scripts/build.ts'], ahead);
step('checks over dist (vitest: valid HTML, links)', ['node_modules/vitest/vitest.mjs', 'run', '--config', 'vitest.dist.config.ts'], ahead);
step('browser tests (playwright)', ['node_modules/@playwright/test/cli.js', 'test'], { ...ahead, CHROMIUM_PATH: browser });
