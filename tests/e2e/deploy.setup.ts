/**
 * Builds the fixture at the root and under /news/ and serves each with nginx
 * and the shipped server block. deploy.teardown.ts stops them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { test as setup } from '@playwright/test';
import { ensureNginx } from '../../scripts/ensure-nginx.ts';
import { buildFixture } from '../helpers/build-fixture.ts';
import { DEPLOY_CONTENT, DEPLOY_DIR, deploySites, distOf, origin } from '../helpers/deploy-sites.ts';
import { startNginx, stopNginx } from '../helpers/nginx-server.ts';

/** Files the build does not make yet: a feed-sized XML file and a web app manifest, to check their types and compression. */
function writeProbes(dist: string): void {
  const dir = path.join(dist, 'deploy-probe');
  fs.mkdirSync(dir);
  const items = Array.from({ length: 8 }, (_, i) => `<item><title>Probe story ${i}</title></item>`).join('');
  fs.writeFileSync(path.join(dir, 'feed.xml'), `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>${items}</channel></rss>\n`);
  fs.writeFileSync(path.join(dir, 'site.webmanifest'), `${JSON.stringify({ name: 'Gazette deploy probe', icons: [], display: 'browser', description: 'x'.repeat(300) })}\n`);
}

setup('build at the root and under /news/, and serve each with nginx', () => {
  setup.setTimeout(600_000);
  const nginx = ensureNginx();
  for (const site of deploySites) {
    // A run that was killed may have left its nginx behind.
    if (fs.existsSync(path.join(site.dir, 'nginx.pid'))) stopNginx(nginx, { ...site, dist: distOf(site) });
  }
  fs.rmSync(DEPLOY_DIR, { recursive: true, force: true });
  for (const site of deploySites) {
    const build = buildFixture(DEPLOY_CONTENT, { BASE_PATH: site.base, SITE_URL: origin(site) });
    if (build.status !== 0) throw new Error(`Build for ${site.base} failed:\n${build.output}`);
    fs.mkdirSync(site.dir, { recursive: true });
    fs.renameSync(build.dist, distOf(site));
    fs.rmSync(path.dirname(build.dist), { recursive: true, force: true });
    writeProbes(distOf(site));
    const warnings = startNginx(nginx, { ...site, dist: distOf(site) });
    if (warnings.trim()) throw new Error(`nginx warned about the shipped server block:\n${warnings}`);
  }
});
