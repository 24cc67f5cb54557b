/** Every built page is valid HTML by html-validate's recommended rules. */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { DIST, distFiles } from '../support/dist-files.ts';
import { htmlErrors } from '../support/html-validity.ts';

const { pages } = distFiles(DIST);

test('the build has pages to validate', () => {
  expect(pages).toContain('index.html');
});

test.each(pages)('%s is valid HTML', async (page) => {
  expect(await htmlErrors(fs.readFileSync(path.join(DIST, page), 'utf8'), page)).toEqual([]);
});
