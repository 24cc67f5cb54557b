import fs from 'node:fs';
import { test as teardown } from '@playwright/test';
import { SEARCH_CORPUS_DIR } from '../support/search-corpus.ts';

teardown('remove the search corpus and its build', () => {
  fs.rmSync(SEARCH_CORPUS_DIR, { recursive: true, force: true });
});
