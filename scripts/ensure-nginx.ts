/**
 * Finds nginx for the production-like serve tests, installing Debian's `nginx`
 * package when it is missing and apt is usable as root (as on a fresh CI
 * machine), and says what it is doing. $NGINX_PATH overrides the search.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

export function findNginx(): string | undefined {
  const candidates = [process.env.NGINX_PATH, '/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx'];
  return candidates.find((c) => c && fs.existsSync(c));
}

function run(cmd: string, args: string[]): boolean {
  console.log(`[nginx] $ ${cmd} ${args.join(' ')}`);
  return spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0;
}

export function ensureNginx(): string {
  const found = findNginx();
  if (found) {
    console.log(`[nginx] Using ${found}`);
    return found;
  }
  const isRoot = process.getuid?.() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (!isRoot || !hasApt) {
    throw new Error('[nginx] nginx is not installed and apt-get is not usable as root. Install nginx and/or set NGINX_PATH.');
  }
  // Debian starts the service on install where it can; the tests run their own instances on loopback ports.
  console.log("[nginx] No nginx found: installing Debian's nginx package with apt-get (under a minute).");
  run('apt-get', ['update', '-qq']) && run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'nginx']);
  const installed = findNginx();
  if (!installed) throw new Error('[nginx] Installing nginx failed; see the apt-get output above.');
  console.log(`[nginx] Using ${installed}`);
  return installed;
}

if (import.meta.url === `file://${process.argv[1]}`) ensureNginx();
