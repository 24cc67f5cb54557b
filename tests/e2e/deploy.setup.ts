/**
 * Builds the fixture at the root and under /news/, and the Unicode fixture under /news/, and serves each with nginx
 * and the shipped server block. deploy.teardown.ts stops them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { test as setup } from '@playwright/test';
import { ensureNginx } from '../../scripts/ensure-nginx.ts';
import { buildFixture } from '../support/build-fixture.ts';
import { allDeploySites, DEPLOY_DIR, distOf, origin } from '../support/deploy-sites.ts';
import { startNginx, stopNginx } from '../support/nginx-server.ts';

setup('build at the root and under /news/ (and the Unicode fixture), and serve each with nginx', () => {
  setup.setTimeout(600_000);
  const nginx = ensureNginx();
  for (const site of allDeploySites) {
    // A run that was killed may have left its nginx behind.
    if (fs.existsSync(path.join(site.dir, 'nginx.pid'))) stopNginx(nginx, { ...site, dist: distOf(site) });
  }
  fs.rmSync(DEPLOY_DIR, { recursive: true, force: true });
  for (const site of allDeploySites) {
    const build = buildFixture(site.content, { BASE_PATH: site.base, SITE_URL: origin(site) });
    if (build.status !== 0) throw new Error(`Build for ${site.base} failed:\n${build.output}`);
    fs.mkdirSync(site.dir, { recursive: true });
    fs.renameSync(build.dist, distOf(site));
    fs.rmSync(path.dirname(build.dist), { recursive: true, force: true });
    const warnings = startNginx(nginx, { ...site, dist: distOf(site) });
    if (warnings.trim()) throw new Error(`nginx warned about the shipped server block:\n${warnings}`);
  }
});
