/**
 * Imports WordPress's theme unit test data with `npm run import` (stand-in images at its upload paths, one left out),
 * builds it and serves it with nginx and the shipped server block. import.teardown.ts stops it.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test as setup } from '@playwright/test';
import { ensureNginx } from '../../scripts/ensure-nginx.ts';
import { buildFixture, ROOT } from '../support/build-fixture.ts';
import { IMPORT_OPTIONS, MISSING_UPLOAD, THEME_UNIT_TEST_DATA } from '../support/imported-site.ts';
import { IMPORT_SITE, importDist, importOrigin } from '../support/import-site.ts';
import { startNginx, stopNginx } from '../support/nginx-server.ts';
import { drawUploads, referencedUploads } from '../support/wordpress-media.ts';

setup('import the theme unit test data, build it and serve it with nginx', async () => {
  setup.setTimeout(600_000);
  const nginx = ensureNginx();
  if (fs.existsSync(path.join(IMPORT_SITE.dir, 'nginx.pid'))) stopNginx(nginx, { ...IMPORT_SITE, dist: importDist });
  fs.rmSync(IMPORT_SITE.dir, { recursive: true, force: true });
  const content = path.join(IMPORT_SITE.dir, 'content');
  const media = path.join(IMPORT_SITE.dir, 'media');
  fs.mkdirSync(content, { recursive: true });
  await drawUploads(media, referencedUploads(fs.readFileSync(THEME_UNIT_TEST_DATA, 'utf8')), [MISSING_UPLOAD]);

  const args = [
    'wordpress',
    THEME_UNIT_TEST_DATA,
    '--media',
    media,
    '--time-zone',
    IMPORT_OPTIONS.timeZone,
    '--image-credit',
    IMPORT_OPTIONS.imageCredit,
  ];
  const imported = spawnSync(process.execPath, [path.join(ROOT, 'scripts/import.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, GAZETTE_CONTENT_DIR: content, SOURCE_DATE_EPOCH: '1793491200' },
  });
  if (imported.status !== 0) throw new Error(`npm run import failed:\n${imported.stdout}${imported.stderr}`);

  const build = buildFixture(content, { SITE_URL: importOrigin });
  if (build.status !== 0) throw new Error(`The imported site failed to build:\n${build.output}`);
  fs.renameSync(build.dist, importDist);
  fs.rmSync(path.dirname(build.dist), { recursive: true, force: true });
  const warnings = startNginx(nginx, { ...IMPORT_SITE, dist: importDist });
  if (warnings.trim()) throw new Error(`nginx warned about the shipped server block:\n${warnings}`);
});
