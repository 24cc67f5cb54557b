/**
 * The archive fixture for the browser tests: built once by tests/e2e/archive.setup.ts
 * into a directory beside the preview port, and served to the page by request
 * interception (no second server to start, stop or leave behind).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';

export const ARCHIVE_DIR = path.join(os.tmpdir(), `gazette-archive-${process.env.PREVIEW_PORT || 4329}`);
export const ARCHIVE_DIST = path.join(ARCHIVE_DIR, 'dist');
export const ARCHIVE_ORIGIN = 'http://archive.test';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.avif': 'image/avif',
  '.webp': 'image/webp',
  '.xml': 'application/xml',
  '.webmanifest': 'application/manifest+json',
};

/** Answers every request to ARCHIVE_ORIGIN from the built files, as a static host would (404 page included). */
export async function serveArchive(page: Page): Promise<void> {
  await page.route(`${ARCHIVE_ORIGIN}/**`, async (route) => {
    const { pathname } = new URL(route.request().url());
    const file = path.join(ARCHIVE_DIST, decodeURIComponent(pathname), pathname.endsWith('/') ? 'index.html' : '');
    const found = file.startsWith(ARCHIVE_DIST) && fs.existsSync(file) && fs.statSync(file).isFile();
    const served = found ? file : path.join(ARCHIVE_DIST, '404.html');
    await route.fulfill({
      status: found ? 200 : 404,
      contentType: TYPES[path.extname(served)] ?? 'application/octet-stream',
      body: fs.readFileSync(served),
    });
  });
}
