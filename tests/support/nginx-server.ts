/**
 * Runs a built site under a real nginx with the shipped server block
 * (scripts/deploy/nginx/gazette.conf): only its lines marked EDIT are filled
 * in, as an operator would. Everything nginx writes stays in one scratch dir.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { NGINX_SERVER_BLOCK } from '../../scripts/deploy/committed-configs.ts';
import { NGINX_DEFAULT_TYPE } from '../../src/lib/deploy/content-types.ts';
import { ROOT } from './build-fixture.ts';

export type NginxSite = { dir: string; dist: string; base: string; port: number };

/** The system's mime.types, which the server block includes (as in /etc/nginx); the deploy tests read it too. */
export const SYSTEM_MIME_TYPES = '/etc/nginx/mime.types';

function edit(block: string, pattern: RegExp, line: string): string {
  if (!pattern.test(block))
    throw new Error(
      `The shipped server block has no line matching ${pattern}; update ${path.basename(import.meta.filename)}.`,
    );
  return block.replace(pattern, line);
}

/** The shipped server block, filled in for this site. */
export function serverBlockFor(site: NginxSite, webRoot: string): string {
  let block = fs.readFileSync(path.join(ROOT, NGINX_SERVER_BLOCK), 'utf8');
  block = edit(block, /^ {4}listen 80;.*$/m, `    listen 127.0.0.1:${site.port};`);
  block = edit(block, /^ {4}server_name .*$/m, '    server_name 127.0.0.1;');
  block = edit(block, /^ {4}root .*$/m, `    root ${webRoot};`);
  // The redirect maps the build writes beside the site, at <root><BASE_PATH>.
  const mount = path.join(webRoot, site.base);
  block = edit(
    block,
    /^ {4}include \/var\/www\/gazette\/(_nginx-redirects\.map);.*$/m,
    `    include ${path.join(mount, '_nginx-redirects.map')};`,
  );
  block = edit(
    block,
    /^ {4}include \/var\/www\/gazette\/(_nginx-redirects-p\.map);.*$/m,
    `    include ${path.join(mount, '_nginx-redirects-p.map')};`,
  );
  block = edit(
    block,
    /^ {4}include \/var\/www\/gazette\/(_nginx-live\.map);.*$/m,
    `    include ${path.join(mount, '_nginx-live.map')};`,
  );
  return edit(block, /^ {4}set \$gazette_base .*$/m, `    set $gazette_base "${site.base.replace(/\/$/, '')}";`);
}

/** Writes nginx.conf into site.dir, with the build at <webRoot><base> as on a real server. */
export function writeNginxConf(site: NginxSite): string {
  const webRoot = path.join(site.dir, 'www');
  const mount = path.join(webRoot, site.base);
  fs.mkdirSync(path.dirname(mount), { recursive: true });
  if (site.base === '/') fs.rmSync(webRoot, { recursive: true, force: true });
  fs.symlinkSync(site.dist, site.base === '/' ? webRoot : mount.replace(/\/$/, ''));
  fs.mkdirSync(path.join(site.dir, 'temp'), { recursive: true });
  // The server block says `include mime.types;`, relative to the config's directory, as in /etc/nginx.
  fs.copyFileSync(SYSTEM_MIME_TYPES, path.join(site.dir, 'mime.types'));
  const temp = (name: string) => `${name}_temp_path ${path.join(site.dir, 'temp', name)};`;
  const conf = [
    // As root, workers would otherwise drop to "nobody" and could not read a private temp dir.
    process.getuid?.() === 0 ? 'user root;' : '',
    'worker_processes 1;',
    `pid ${path.join(site.dir, 'nginx.pid')};`,
    `error_log ${path.join(site.dir, 'error.log')} warn;`,
    'events { worker_connections 64; }',
    'http {',
    `    access_log ${path.join(site.dir, 'access.log')};`,
    `    ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n    ')}`,
    `    default_type ${NGINX_DEFAULT_TYPE};`,
    '    sendfile on;',
    serverBlockFor(site, webRoot),
    '}',
    '',
  ].join('\n');
  const file = path.join(site.dir, 'nginx.conf');
  fs.writeFileSync(file, conf);
  return file;
}

function nginx(binary: string, site: NginxSite, ...args: string[]) {
  const result = spawnSync(
    binary,
    ['-p', site.dir, '-e', path.join(site.dir, 'error.log'), '-c', path.join(site.dir, 'nginx.conf'), ...args],
    {
      encoding: 'utf8',
    },
  );
  if (result.status !== 0) throw new Error(`nginx ${args.join(' ')} failed:\n${result.stderr}`);
  return result.stderr;
}

/** Starts nginx in the background (it daemonises) and returns its warnings, if any. */
export function startNginx(binary: string, site: NginxSite): string {
  writeNginxConf(site);
  nginx(binary, site, '-t');
  return nginx(binary, site);
}

/** Stops nginx and returns once it has gone, so its directory can be deleted. */
export function stopNginx(binary: string, site: NginxSite): void {
  const pidFile = path.join(site.dir, 'nginx.pid');
  if (!fs.existsSync(pidFile)) return;
  nginx(binary, site, '-s', 'stop');
  // `-s stop` only signals the master, which deletes its pid file as it exits. A teardown that deleted the directory
  // meanwhile lost the race: the pid file vanishing under fs.rmSync ended it early and silently, leaving files behind.
  const deadline = Date.now() + 10_000;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  while (fs.existsSync(pidFile) && Date.now() < deadline) Atomics.wait(pause, 0, 0, 20);
}
