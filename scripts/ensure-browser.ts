/**
 * Finds a Chromium for Playwright, installing one if the machine has none, and
 * prints the path. Order: $CHROMIUM_PATH, Debian's /usr/bin/chromium, then
 * Playwright's own download. A fresh machine gets Debian's package when apt is
 * usable as root (Playwright's download cannot work on a closed network), and
 * Playwright's own browser elsewhere.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { chromium } from '@playwright/test';

export function findBrowser(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const c of candidates) if (c && fs.existsSync(c)) return c;
  try {
    const own = chromium.executablePath();
    if (own && fs.existsSync(own)) return own;
  } catch {
    // Playwright has no browser of its own here.
  }
  return undefined;
}

function run(cmd: string, args: string[]): boolean {
  console.log(`[browser] $ ${cmd} ${args.join(' ')}`);
  return spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0;
}

export function ensureBrowser(): string {
  const found = findBrowser();
  if (found) {
    console.log(`[browser] Using ${found}`);
    return found;
  }
  const isRoot = process.getuid?.() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (isRoot && hasApt) {
    console.log("[browser] No Chromium found: installing Debian's chromium package with apt-get (a minute or two).");
    run('apt-get', ['update', '-qq']) && run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium']);
  } else {
    console.log("[browser] No Chromium found and apt is not available as root: installing Playwright's own Chromium.");
    run(process.execPath, ['node_modules/@playwright/test/cli.js', 'install', 'chromium']);
  }
  const installed = findBrowser();
  if (!installed) {
    throw new Error('[browser] Could not find or install Chromium. Install it yourself and set CHROMIUM_PATH to its binary.');
  }
  console.log(`[browser] Using ${installed}`);
  return installed;
}

if (import.meta.url === `file://${process.argv[1]}`) ensureBrowser();
