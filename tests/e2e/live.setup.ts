/**
 * Builds the live coverage fixture once (tests/support/live-site.ts) and serves it with nginx and the shipped server
 * block, as a newsroom would; live.teardown.ts stops it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { test as setup } from '@playwright/test';
import { ensureNginx } from '../../scripts/ensure-nginx.ts';
import { LIVE_DIR, LIVE_ORIGIN, LIVE_PORT, liveSite } from '../support/live-site.ts';
import { startNginx, stopNginx } from '../support/nginx-server.ts';

setup('build the live coverage fixture and serve it with nginx', () => {
  setup.setTimeout(300_000);
  const nginx = ensureNginx();
  const server = { dir: path.join(LIVE_DIR, 'nginx'), dist: path.join(LIVE_DIR, 'dist'), base: '/', port: LIVE_PORT };
  // A run that was killed may have left its nginx behind.
  if (fs.existsSync(path.join(server.dir, 'nginx.pid'))) stopNginx(nginx, server);
  const site = liveSite(LIVE_DIR, LIVE_ORIGIN);
  site.build();
  fs.mkdirSync(server.dir, { recursive: true });
  const warnings = startNginx(nginx, server);
  if (warnings.trim()) throw new Error(`nginx warned about the shipped server block:\n${warnings}`);
});
