/**
 * The theme unit test data imported with `npm run import` (the command line itself, in a child process), built, and
 * served by nginx with the shipped server block, for tests/e2e/import.*: one port above the deploy tests' two.
 */
import os from 'node:os';
import path from 'node:path';

const port = Number(process.env.NGINX_PORT || Number(process.env.PREVIEW_PORT || 4329) + 1000) + 2;

export const IMPORT_SITE = {
  port,
  base: '/',
  dir: path.join(os.tmpdir(), `gazette-import-site-${port}`),
};
export const importOrigin = `http://127.0.0.1:${port}`;
export const importDist = path.join(IMPORT_SITE.dir, 'dist');
