/** Builds the archive fixture (a generated newsroom of a few hundred stories) once for tests/e2e/archive.spec.ts. */
import fs from 'node:fs';
import path from 'node:path';
import { test as setup } from '@playwright/test';
import { writeArchiveFixture } from '../support/archive-fixture.ts';
import { ARCHIVE_DIR, ARCHIVE_DIST } from '../support/archive-site.ts';
import { buildFixture } from '../support/build-fixture.ts';

setup('build the archive fixture', async () => {
  setup.setTimeout(600_000);
  fs.rmSync(ARCHIVE_DIR, { recursive: true, force: true });
  const corpus = await writeArchiveFixture();
  try {
    const build = buildFixture(corpus);
    if (build.status !== 0) throw new Error(`The archive fixture did not build:\n${build.output}`);
    fs.mkdirSync(ARCHIVE_DIR, { recursive: true });
    fs.renameSync(build.dist, ARCHIVE_DIST);
    fs.rmSync(path.dirname(build.dist), { recursive: true, force: true });
  } finally {
    fs.rmSync(corpus, { recursive: true, force: true });
  }
});
