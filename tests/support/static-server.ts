/**
 * A built site served the way a plain static host serves it, for browser tests of fixture builds and for the
 * benchmarks: on a free loopback port with sirv (a directory's index.html, content types from mrmime), or, with no
 * server at all, by answering a page's requests for an origin from the files (Playwright's request interception).
 * Either way a miss gets the site's own 404.html with status 404.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import compression from '@polka/compression';
import type { BrowserContext, Page } from '@playwright/test';
import { lookup } from 'mrmime';
import sirv from 'sirv';

export type StaticServer = { url: string; close: () => Promise<void> };

/**
 * What a host compresses, by content type: text, SVG, XML and JSON. Pagefind's index files are gzipped already and
 * have no type of their own; WebAssembly was never compressed in the figures bench/ records, so it is not here.
 */
const COMPRESSIBLE = /^(text\/|image\/svg|application\/(xml|json))/;

/** A file's content type as the server and the interception send it (sirv's own rule: HTML labelled UTF-8). */
function contentType(file: string): string {
  const type = lookup(file) ?? 'application/octet-stream';
  return type === 'text/html' ? 'text/html;charset=utf-8' : type;
}

/**
 * Serves `root` on 127.0.0.1. With `gzip`, text is compressed on the fly (level 9, any size), as hosts do and as the
 * page budgets, Lighthouse and search's wire cost are measured; without it, files go as they are. Every response says
 * `Cache-Control: no-cache`, so a browser asks again rather than keeping a stale fixture, unless `cacheControl` names
 * another lifetime (a host that caches longer, for the live coverage tests).
 */
export async function serveStatic(
  root: string,
  { gzip = false, port = 0, cacheControl = 'no-cache' } = {},
): Promise<StaticServer> {
  const notFound = path.join(root, '404.html');
  // dev: the files are looked up at each request, as they are now, rather than listed once at start.
  const files = sirv(root, {
    dev: true,
    setHeaders: (res, pathname) => {
      res.setHeader('Cache-Control', cacheControl);
      // A file of a type mrmime does not know (Pagefind's index) would go with an empty type.
      if (path.extname(pathname) && !lookup(pathname)) res.setHeader('Content-Type', 'application/octet-stream');
    },
  });
  const compress = gzip ? compression({ level: 9, threshold: 0, mimes: COMPRESSIBLE }) : undefined;
  const server = http.createServer((req, res) => {
    const serve = () =>
      files(req, res, () => {
        res.writeHead(404, { 'Content-Type': contentType(notFound), 'Cache-Control': 'no-cache' });
        res.end(fs.existsSync(notFound) ? fs.readFileSync(notFound) : 'Not found');
      });
    if (compress) compress(req, res, serve);
    else serve();
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * Answers every request `target` makes to `origin` from the files in `root`, with no server to start, stop or leave
 * behind: a directory URL gets its index.html, a miss the 404 page.
 */
export async function routeToFiles(target: Page | BrowserContext, origin: string, root: string): Promise<void> {
  await target.route(`${origin}/**`, async (route) => {
    const { pathname } = new URL(route.request().url());
    const file = path.join(root, decodeURIComponent(pathname), pathname.endsWith('/') ? 'index.html' : '');
    const found = file.startsWith(root) && fs.existsSync(file) && fs.statSync(file).isFile();
    const served = found ? file : path.join(root, '404.html');
    await route.fulfill({ status: found ? 200 : 404, contentType: contentType(served), path: served });
  });
}
