/**
 * Runs the tests with every process's wall clock (test runner, builds, Chromium, nginx) moved 400 days ahead by
 * libfaketime, so a test that reads the real clock instead of pinning it (SOURCE_DATE_EPOCH for builds,
 * page.clock for the browser, an injected `now` for logic) fails today rather than on the day its answer changes.
 * 400 days is more than a year, so every "over N years", "N months" and printed year read from the clock differs
 * from today's. File times stay real (NO_FAKE_STAT): the guard's own tests compare the two.
 *
 * Usage: node scripts/clock-ahead.ts <script.js> [args…]  (scripts/test.ts calls clockAheadEnv() directly)
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { aptInstall, canUseApt } from './apt-install.ts';

export const CLOCK_AHEAD_DAYS = 400;

export function findFaketime(): string | undefined {
  const candidates = [
    process.env.FAKETIME_LIB,
    '/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1',
    '/usr/lib/aarch64-linux-gnu/faketime/libfaketime.so.1',
    '/usr/lib/faketime/libfaketime.so.1',
    '/usr/local/lib/faketime/libfaketime.so.1',
  ];
  return candidates.find((c) => c && fs.existsSync(c));
}

export function ensureFaketime(): string {
  const found = findFaketime();
  if (found) return found;
  if (!canUseApt()) {
    throw new Error(
      '[clock] libfaketime is not installed and apt-get is not usable as root. Install it (Debian: faketime), or set FAKETIME_LIB to libfaketime.so.1.',
    );
  }
  console.log("[clock] No libfaketime found: installing Debian's faketime package with apt-get (a few seconds).");
  aptInstall('clock', 'faketime');
  const installed = findFaketime();
  if (!installed) throw new Error('[clock] Installing faketime failed; see the apt-get output above.');
  return installed;
}

/**
 * The environment that moves the clock. The monotonic clocks move by the same constant, which keeps intervals
 * true; leaving them alone (FAKETIME_DONT_FAKE_MONOTONIC) made each Chromium launch crawl (docs/performance.md, "Figures behind the code's comments").
 */
export function clockAheadEnv(lib = ensureFaketime()): Record<string, string> {
  const preload = [lib, process.env.LD_PRELOAD].filter(Boolean).join(':');
  return {
    LD_PRELOAD: preload,
    FAKETIME: `+${CLOCK_AHEAD_DAYS}d`,
    NO_FAKE_STAT: '1',
    GAZETTE_CLOCK_AHEAD_DAYS: String(CLOCK_AHEAD_DAYS),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const env = clockAheadEnv();
  console.log(
    `[clock] Running with the clock ${CLOCK_AHEAD_DAYS} days ahead (libfaketime): a test that reads the real clock fails.`,
  );
  const result = spawnSync(process.execPath, process.argv.slice(2), {
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  process.exit(result.status ?? 1);
}
