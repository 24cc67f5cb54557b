/**
 * The archive fixture for the browser tests: built once by its Playwright set-up (tests/e2e/fixtures.ts)
 * into a directory beside the preview port, and served to the page by request
 * interception (no second server to start, stop or leave behind).
 */
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { routeToFiles } from './static-server.ts';

export const ARCHIVE_DIR = path.join(os.tmpdir(), `gazette-archive-${process.env.PREVIEW_PORT || 4329}`);
export const ARCHIVE_DIST = path.join(ARCHIVE_DIR, 'dist');
export const ARCHIVE_ORIGIN = 'http://archive.test';

/** Answers every request to ARCHIVE_ORIGIN from the built files, as a static host would (404 page included). */
export const serveArchive = (page: Page): Promise<void> => routeToFiles(page, ARCHIVE_ORIGIN, ARCHIVE_DIST);
