/** Builds the adversarial fixture once for adversarial.spec.ts; adversarial.teardown.ts removes it. */
import fs from 'node:fs';
import path from 'node:path';
import { test as setup } from '@playwright/test';
import {
  ADVERSARIAL_CONTENT,
  ADVERSARIAL_DIR,
  ADVERSARIAL_DIST,
  ADVERSARIAL_ORIGIN,
} from '../support/adversarial-site.ts';
import { buildFixture } from '../support/build-fixture.ts';

setup('build the adversarial fixture', () => {
  setup.setTimeout(300_000);
  fs.rmSync(ADVERSARIAL_DIR, { recursive: true, force: true });
  const build = buildFixture(ADVERSARIAL_CONTENT, { SITE_URL: ADVERSARIAL_ORIGIN });
  if (build.status !== 0) throw new Error(`The adversarial fixture failed to build:\n${build.output}`);
  fs.mkdirSync(ADVERSARIAL_DIR, { recursive: true });
  fs.renameSync(build.dist, ADVERSARIAL_DIST);
  fs.rmSync(path.dirname(build.dist), { recursive: true, force: true });
});
