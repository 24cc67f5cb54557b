/**
 * `npm test`: every check, in the order that fails fastest.
 *   0. the lockfile is as committed, and `npm ci` (what the deploy workflow and vercel.json run) accepts it
 *   1. a browser for Playwright (installed if missing, and it says so)
 *   2. astro check (types and templates), the house rules (ESLint, with the walls between src/'s rooms;
 *      Stylelint, with logical properties; Prettier's formatting), and committed locator maps up to date
 *   3. vitest (pure logic and components)
 *   4. a build with a pinned clock, then checks over its files, then Playwright against it;
 *      Playwright's nginx projects also build a fixture at / and /news/ and serve each with nginx
 *   5. nothing left behind in the run's temp directory
 * Steps 3 and 4 run with every process's clock 400 days ahead (scripts/clock-ahead.ts), so a test that reads the
 * real clock instead of pinning it fails now, not when the date its answer depends on comes round.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { CLOCK_AHEAD_DAYS, clockAheadEnv, ensureFaketime } from './clock-ahead.ts';
import { ensureBrowser } from './ensure-browser.ts';
import { freshTempDir, leftovers, lockfileDrift } from './test-hygiene.ts';

/** The pinned build clock for tests: 2026-11-01T00:00:00Z. */
export const TEST_EPOCH = '1793491200';

const drift = lockfileDrift(process.cwd());
if (drift) {
  console.error(`\n${drift}`);
  process.exit(1);
}

// Every step's temp files go here, so a test that leaves one behind is caught below, not piled up on the machine.
const tmp = freshTempDir(process.cwd());
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SOURCE_DATE_EPOCH: TEST_EPOCH, TMPDIR: tmp };

function step(name: string, args: string[], extraEnv: Record<string, string> = {}): void {
  console.log(`\n=== ${name} ===`);
  const result = spawnSync(process.execPath, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  if (result.status !== 0) {
    console.error(`\n${name} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}

console.log('\n=== npm ci accepts the lockfile (dry run) ===');
const ci = spawnSync('npm', ['ci', '--dry-run', '--ignore-scripts', '--no-audit', '--no-fund'], {
  stdio: 'inherit',
  env,
});
if (ci.status !== 0) {
  console.error(
    '\nnpm ci refuses package-lock.json, so the deploy workflow would fail. Run npm install and commit the lockfile.',
  );
  process.exit(ci.status ?? 1);
}

const browser = ensureBrowser();
const faketime = ensureFaketime();
console.log(
  `[clock] Using ${faketime}: vitest, the build and Playwright run with the clock ${CLOCK_AHEAD_DAYS} days ahead.`,
);
const ahead = clockAheadEnv(faketime);
step('astro check', ['node_modules/astro/bin/astro.mjs', 'check']);
houseRules();
step('locator maps up to date', ['scripts/maps.ts', '--check']);
// Fixture builds scratch under here (tests/support/build-fixture.ts); start each run empty.
fs.rmSync('node_modules/.cache/gazette-fixtures', { recursive: true, force: true });
// Incremental-build sandboxes (tests/support/incremental-site.ts), left only by a run that was killed.
fs.rmSync('.cache/test-sandboxes', { recursive: true, force: true });
step('unit tests (vitest)', ['node_modules/vitest/vitest.mjs', 'run'], ahead);
step('build (clock pinned)', ['scripts/build.ts'], ahead);
step(
  'checks over dist (vitest: valid HTML, links)',
  ['node_modules/vitest/vitest.mjs', 'run', '--config', 'vitest.dist.config.ts'],
  ahead,
);
step('browser tests (playwright)', ['node_modules/@playwright/test/cli.js', 'test'], {
  ...ahead,
  CHROMIUM_PATH: browser,
});

/**
 * The linters (ESLint, then Stylelint), then Prettier, through the npm scripts a developer runs, so `npm test` checks
 * exactly what they check. Lint and formatting both run before it fails, so one round of fixes answers both.
 */
function houseRules(): void {
  const checks = [
    {
      name: 'lint (ESLint: mistakes, and the walls between rooms; Stylelint: sides by the flow of the text)',
      script: 'lint:check',
      fix:
        'Run `npm run lint`, which fixes what it safely can, then fix the rest by hand; the walls, and why each ' +
        'holds, are in src/lib/README.md (the room map), and how to write CSS that mirrors in CONTRIBUTING.md ' +
        '(house rules).',
    },
    {
      name: 'formatting (Prettier)',
      script: 'format:check',
      fix: 'Run `npm run format`, which rewrites the files listed above.',
    },
  ];
  const failed = checks.filter(({ name, script }) => {
    console.log(`\n=== ${name} ===`);
    return spawnSync('npm', ['run', '--silent', script], { stdio: 'inherit', env }).status !== 0;
  });
  if (failed.length === 0) return;
  for (const { name, fix } of failed) {
    console.error(`\n${name} failed. ${fix}`);
  }
  process.exit(1);
}

const left = leftovers(tmp);
if (left.length > 0) {
  console.error(
    `\nThe tests left ${left.length} temporary item(s) behind in ${tmp}: ${left.join(', ')}. Remove each where the test makes it.`,
  );
  process.exit(1);
}
fs.rmSync(tmp, { recursive: true, force: true });
