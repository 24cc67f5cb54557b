/**
 * Finds nginx for the production-like serve tests, installing Debian's `nginx`
 * package when it is missing and apt is usable as root (as on a fresh CI
 * machine), and says what it is doing. $NGINX_PATH overrides the search.
 */
import fs from 'node:fs';
import { aptInstall, canUseApt } from './apt-install.ts';

export function findNginx(): string | undefined {
  const candidates = [process.env.NGINX_PATH, '/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx'];
  return candidates.find((c) => c && fs.existsSync(c));
}

export function ensureNginx(): string {
  const found = findNginx();
  if (found) {
    console.log(`[nginx] Using ${found}`);
    return found;
  }
  if (!canUseApt()) {
    throw new Error(
      '[nginx] nginx is not installed and apt-get is not usable as root. Install nginx, or set NGINX_PATH to its binary.',
    );
  }
  // Debian starts the service on install where it can; the tests run their own instances on loopback ports.
  console.log("[nginx] No nginx found: installing Debian's nginx package with apt-get (under a minute).");
  aptInstall('nginx', 'nginx');
  const installed = findNginx();
  if (!installed) throw new Error('[nginx] Installing nginx failed; see the apt-get output above.');
  console.log(`[nginx] Using ${installed}`);
  return installed;
}

if (import.meta.url === `file://${process.argv[1]}`) ensureNginx();
