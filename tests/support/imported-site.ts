/**
 * WordPress's theme unit test data (tests/fixtures/wordpress), imported into a temporary content tree as a newsroom
 * would: stand-in images at every upload path it names except one (so a story meets a missing file), the newsroom's
 * zone and a credit for photos whose file names none. No --dateline: WordPress keeps none, and none is made up.
 * Shared by the build test and the Playwright setup.
 */
import fs from 'node:fs';
import path from 'node:path';
import { importInto, type Sandbox, sandbox } from './import-harness.ts';
import { drawUploads, referencedUploads } from './wordpress-media.ts';

export const THEME_UNIT_TEST_DATA = path.resolve(import.meta.dirname, '../fixtures/wordpress/theme-unit-test-data.xml');

/** The featured image of "Post Format: Image (Caption)" (post 1163), left out of the stand-in uploads. */
export const MISSING_UPLOAD = '2010/08/triforce-wallpaper.jpg';

export const IMPORT_OPTIONS = {
  timeZone: 'America/Los_Angeles',
  imageCredit: "Stand-in image drawn by Gazette's tests",
};

/** Imports the theme unit test data into a new sandbox; the caller removes it. */
export async function importThemeUnitTestData(): Promise<{
  box: Sandbox;
  result: Awaited<ReturnType<typeof importInto>>;
}> {
  const xml = fs.readFileSync(THEME_UNIT_TEST_DATA, 'utf8');
  const box = sandbox(xml);
  try {
    await drawUploads(box.media, referencedUploads(xml), [MISSING_UPLOAD]);
    const result = await importInto(box, { ...IMPORT_OPTIONS, mediaDir: box.media });
    return { box, result };
  } catch (error) {
    box.remove();
    throw error;
  }
}
