import fs from 'node:fs';
import { test as teardown } from '@playwright/test';
import { ARCHIVE_DIR } from '../support/archive-site.ts';

teardown('remove the archive fixture', () => {
  fs.rmSync(ARCHIVE_DIR, { recursive: true, force: true });
});
