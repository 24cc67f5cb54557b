/**
 * Weighs every page of a built site with whatever CSS, JS and images it refers
 * to, so a new script or stylesheet from any feature is counted without a test
 * naming it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { type Check, type PageKind, pageChecks, pageKind, weighPage } from './budget.ts';
import { siteConfig } from '../../src/lib/site/config.ts';

const ORIGIN = 'http://gazette.invalid';

/** The bytes a same-site URL would serve from `dist`, or undefined. Pages refer to files under the base path; dist/ has no base directory. */
function fileFor(dist: string, base: string, pageUrl: string, ref: string): Uint8Array | undefined {
  const url = new URL(ref, new URL(pageUrl, ORIGIN));
  if (url.origin !== ORIGIN) return undefined;
  const sitePath = url.pathname.startsWith(base) ? `/${url.pathname.slice(base.length)}` : url.pathname;
  let file = path.join(dist, decodeURIComponent(sitePath));
  if (url.pathname.endsWith('/')) file = path.join(file, 'index.html');
  return fs.existsSync(file) && fs.statSync(file).isFile() ? fs.readFileSync(file) : undefined;
}

export function weighSite(dist: string, base = siteConfig().base): { checks: Check[]; kinds: PageKind[] } {
  const pages = fs
    .readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .sort();
  const checks: Check[] = [];
  const kinds: PageKind[] = [];
  for (const rel of pages) {
    const kind = pageKind(rel);
    // Exempt from every budget (pageChecks says why); weighing its 2 MB of Sveltia would only cost seconds of brotli.
    if (kind === 'desk') continue;
    const pageUrl = `${base}${rel.replace(/\\/g, '/').replace(/index\.html$/, '')}`;
    const html = fs.readFileSync(path.join(dist, rel), 'utf8');
    kinds.push(kind);
    checks.push(...pageChecks(weighPage(pageUrl, kind, html, (ref) => fileFor(dist, base, pageUrl, ref))));
  }
  return { checks, kinds };
}
