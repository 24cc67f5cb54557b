/**
 * Finds a Chromium for Playwright, installing one if the machine has none, and
 * prints the path. Order: $CHROMIUM_PATH, Debian's /usr/bin/chromium, then
 * Playwright's own download. A fresh machine gets Debian's package when apt is
 * usable as root (Playwright's download cannot work on a closed network), and
 * Playwright's own browser elsewhere.
 */
import fs from 'node:fs';
import { chromium } from '@playwright/test';
import { aptInstall, canUseApt, run } from './apt-install.ts';

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

export function ensureBrowser(): string {
  const found = findBrowser();
  if (found) {
    console.log(`[browser] Using ${found}`);
    return found;
  }
  if (canUseApt()) {
    console.log("[browser] No Chromium found: installing Debian's chromium package with apt-get (a minute or two).");
    // Without recommends, Chromium comes with no font at all; DejaVu is in the page's font stacks.
    aptInstall('browser', 'chromium', 'fonts-dejavu-core');
  } else {
    console.log("[browser] No Chromium found and apt is not available as root: installing Playwright's own Chromium.");
    run('browser', process.execPath, ['node_modules/@playwright/test/cli.js', 'install', 'chromium']);
  }
  const installed = findBrowser();
  if (!installed) {
    throw new Error(
      '[browser] Could not find or install Chromium. Install it yourself and set CHROMIUM_PATH to its binary.',
    );
  }
  console.log(`[browser] Using ${installed}`);
  return installed;
}

if (import.meta.url === `file://${process.argv[1]}`) ensureBrowser();
