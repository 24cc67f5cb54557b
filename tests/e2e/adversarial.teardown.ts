import fs from 'node:fs';
import { test as teardown } from '@playwright/test';
import { ADVERSARIAL_DIR } from '../support/adversarial-site.ts';

teardown('remove the adversarial build', () => {
  fs.rmSync(ADVERSARIAL_DIR, { recursive: true, force: true });
});
