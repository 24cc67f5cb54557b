import fs from 'node:fs';
import { test as teardown } from '@playwright/test';
import { findNginx } from '../../scripts/ensure-nginx.ts';
import { IMPORT_SITE, importDist } from '../support/import-site.ts';
import { stopNginx } from '../support/nginx-server.ts';

teardown('stop the imported site', () => {
  const nginx = findNginx();
  if (nginx) stopNginx(nginx, { ...IMPORT_SITE, dist: importDist });
  fs.rmSync(IMPORT_SITE.dir, { recursive: true, force: true });
});
