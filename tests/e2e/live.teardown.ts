import fs from 'node:fs';
import path from 'node:path';
import { test as teardown } from '@playwright/test';
import { findNginx } from '../../scripts/ensure-nginx.ts';
import { LIVE_DIR, LIVE_PORT } from '../support/live-site.ts';
import { stopNginx } from '../support/nginx-server.ts';

teardown('stop nginx and remove the live coverage build', () => {
  const nginx = findNginx();
  const server = { dir: path.join(LIVE_DIR, 'nginx'), dist: path.join(LIVE_DIR, 'dist'), base: '/', port: LIVE_PORT };
  if (nginx) stopNginx(nginx, server);
  fs.rmSync(LIVE_DIR, { recursive: true, force: true });
});
