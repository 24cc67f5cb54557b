/**
 * Serves a built dist/ on a free loopback port, for browser tests of fixture
 * builds that run beside the main preview server. Directory URLs get their
 * index.html, as every static host does.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain',
};

/** `headers` are sent with every response (a host's Cache-Control, say). */
export async function serveDist(
  dist: string,
  headers: Record<string, string> = {},
): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = path.join(dist, pathname);
    if (!file.startsWith(dist)) file = path.join(dist, '404.html');
    if (pathname.endsWith('/')) file = path.join(file, 'index.html');
    const found = fs.existsSync(file) && fs.statSync(file).isFile();
    res.writeHead(found ? 200 : 404, {
      ...headers,
      'Content-Type': TYPES[path.extname(found ? file : '.html')] ?? 'application/octet-stream',
    });
    res.end(fs.readFileSync(found ? file : path.join(dist, '404.html')));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
