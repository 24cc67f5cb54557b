/**
 * Screenshots of a built page for the docs: serves dist/ with astro preview, opens the page in Chromium at a phone
 * and a desktop width, saves the first screen of each as docs/images/<name>-<width>.png, and stops the server.
 * Build first (`npm run build`). Usage: npx node scripts/screenshot.ts [page path] [name]; the default page is the
 * first story in dist/ (/<year>/<month>/<day>/<slug>/), the default name "story".
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium } from '@playwright/test';
import { findBrowser } from './ensure-browser.ts';

const root = path.resolve(import.meta.dirname, '..');
const port = Number(process.env.SCREENSHOT_PORT ?? 4400);
const SCREENS = [
  { width: 375, height: 812 },
  { width: 1280, height: 900 },
];

const firstStory = fs
  .globSync('[0-9][0-9][0-9][0-9]/[0-9][0-9]/[0-9][0-9]/*/index.html', { cwd: path.join(root, 'dist') })
  .filter((file) => !file.includes('/page/'))
  .sort()[0];
const page = process.argv[2] ?? (firstStory && `/${path.dirname(firstStory)}/`);
const name = process.argv[3] ?? 'story';
if (!page) throw new Error('[screenshot] No story in dist/: run npm run build first.');

const astro = path.join(root, 'node_modules/astro/bin/astro.mjs');
const server = spawn(process.execPath, [astro, 'preview', '--ignore-lock', '--port', String(port)], { cwd: root });
try {
  const url = `http://localhost:${port}${page}`;
  for (let tries = 0; !(await fetch(url).catch(() => undefined))?.ok; tries++) {
    if (tries === 120 || server.exitCode !== null) throw new Error(`[screenshot] astro preview did not serve ${url}`);
    await sleep(500);
  }
  const browser = await chromium.launch({
    executablePath: findBrowser(),
    args: ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
  for (const viewport of SCREENS) {
    const tab = await browser.newPage({ viewport, colorScheme: 'light' });
    await tab.goto(url, { waitUntil: 'load' });
    const file = path.join(root, 'docs/images', `${name}-${viewport.width}.png`);
    await tab.screenshot({ path: file });
    console.log(`[screenshot] ${page} at ${viewport.width} px: ${path.relative(root, file)}`);
  }
  await browser.close();
} finally {
  server.kill();
}
