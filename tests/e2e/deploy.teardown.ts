import fs from 'node:fs';
import { test as teardown } from '@playwright/test';
import { findNginx } from '../../scripts/ensure-nginx.ts';
import { allDeploySites, DEPLOY_DIR, distOf } from '../support/deploy-sites.ts';
import { stopNginx } from '../support/nginx-server.ts';

teardown('stop the nginx servers', () => {
  const nginx = findNginx();
  if (nginx) for (const site of allDeploySites) stopNginx(nginx, { ...site, dist: distOf(site) });
  fs.rmSync(DEPLOY_DIR, { recursive: true, force: true });
});
