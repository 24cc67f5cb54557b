/** Generates the search corpus and builds it once; the search-corpus specs serve the build. */
import fs from 'node:fs';
import path from 'node:path';
import { test as setup } from '@playwright/test';
import { buildFixture } from '../support/build-fixture.ts';
import { SEARCH_CORPUS_DIR, searchCorpusDist, writeSearchCorpus } from '../support/search-corpus.ts';

setup('generate a few dozen stories and build them with their search index', () => {
  setup.setTimeout(300_000);
  fs.rmSync(SEARCH_CORPUS_DIR, { recursive: true, force: true });
  const content = path.join(SEARCH_CORPUS_DIR, 'content');
  writeSearchCorpus(content);
  const build = buildFixture(content);
  if (build.status !== 0) throw new Error(`The search corpus did not build:\n${build.output}`);
  fs.renameSync(build.dist, searchCorpusDist);
  fs.rmSync(path.dirname(build.dist), { recursive: true, force: true });
});
