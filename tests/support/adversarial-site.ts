/**
 * The adversarial fixture (tests/fixtures/adversarial): a draft, a story scheduled after the build clock, and a
 * published story, under a month old at build time, whose headline holds what breaks naive escaping. Built once by
 * its Playwright set-up (tests/e2e/fixtures.ts) and read from disk by a browser that is routed to the files (no server needed).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const ADVERSARIAL_CONTENT = 'tests/fixtures/adversarial';
/** Never resolved: the spec routes every request for it to the built files. */
export const ADVERSARIAL_ORIGIN = 'http://adversarial.test';
export const ADVERSARIAL_DIR = path.join(os.tmpdir(), `gazette-adversarial-${process.env.PREVIEW_PORT || 4329}`);
export const ADVERSARIAL_DIST = path.join(ADVERSARIAL_DIR, 'dist');

/** As written in the fixture's frontmatter; the page, its tags and the feed must give these back exactly. */
export const HOSTILE = {
  headline: 'Fixture </script><!-- & \u2028 \u2029 headline',
  standfirst: 'A standfirst with </script><!-- & \u2028 \u2029 in it too.',
  path: '/2026/10/20/hostile-headline/',
};

/** Stories that must appear nowhere in the build. */
export const UNPUBLISHED = [
  {
    why: 'draft',
    headline: 'Fixture Draft Marker Never Published',
    slug: 'fixture-draft-marker',
    path: '/2026/10/01/fixture-draft-marker/',
  },
  {
    why: 'scheduled after the build clock',
    headline: 'Fixture Scheduled Marker Not Yet Published',
    slug: 'fixture-scheduled-marker',
    path: '/2026/11/02/fixture-scheduled-marker/',
  },
];

/** Every file in the build, relative to it, with forward slashes. */
export function builtFiles(dir = ADVERSARIAL_DIST): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => f.split(path.sep).join('/'))
    .filter((f) => fs.statSync(path.join(dir, f)).isFile())
    .sort();
}
