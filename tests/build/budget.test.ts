/**
 * Page budgets, by bytes, on the built site: every page in dist/ is weighed
 * with whatever CSS, JS and images it refers to, so a new script or stylesheet
 * from any feature is counted without this test naming it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { budgetReport, type Check, pageChecks, pageKind, weighPage } from '../../src/lib/budget.ts';
import { siteConfig } from '../../src/lib/site-config.ts';
import { buildFixture, type FixtureBuild } from '../helpers/build-fixture.ts';

const ORIGIN = 'http://gazette.invalid';
/** The build inherits BASE_PATH, so its pages refer to files under it; dist/ itself has no base directory. */
const BASE = siteConfig().base;

/** The bytes a same-site URL would serve from this dist/, or undefined. */
function fileFor(dist: string, pageUrl: string, ref: string): Uint8Array | undefined {
  const url = new URL(ref, new URL(pageUrl, ORIGIN));
  if (url.origin !== ORIGIN) return undefined;
  const sitePath = url.pathname.startsWith(BASE) ? `/${url.pathname.slice(BASE.length)}` : url.pathname;
  let file = path.join(dist, decodeURIComponent(sitePath));
  if (url.pathname.endsWith('/')) file = path.join(file, 'index.html');
  return fs.existsSync(file) && fs.statSync(file).isFile() ? fs.readFileSync(file) : undefined;
}

function weighSite(dist: string): { checks: Check[]; kinds: string[] } {
  const pages = fs
    .readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .sort();
  const checks: Check[] = [];
  const kinds: string[] = [];
  for (const rel of pages) {
    const kind = pageKind(rel);
    const pageUrl = `${BASE}${rel.replace(/\\/g, '/').replace(/index\.html$/, '')}`;
    const weight = weighPage(pageUrl, kind, fs.readFileSync(path.join(dist, rel), 'utf8'), (ref) =>
      fileFor(dist, pageUrl, ref),
    );
    kinds.push(kind);
    checks.push(...pageChecks(weight));
  }
  return { checks, kinds };
}

let site: FixtureBuild;
let withImage: FixtureBuild;
beforeAll(() => {
  site = buildFixture('content');
  if (site.status !== 0) throw new Error(site.output);
  withImage = buildFixture('tests/fixtures/figure-and-internal-related');
  if (withImage.status !== 0) throw new Error(withImage.output);
}, 180_000);

test('every page of the real site is within its byte budgets', () => {
  const { checks, kinds } = weighSite(site.dist);
  // The budgets that matter most are the article's: make sure one was weighed.
  expect(kinds).toContain('article');
  expect(kinds).toContain('front');
  const report = budgetReport(checks);
  console.log(report.text);
  expect(report.ok, report.text).toBe(true);
});

test('pages with a main image are within budget and every image reserves its space', () => {
  const { checks } = weighSite(withImage.dist);
  const images = checks.filter((c) => c.what === 'images without width and height');
  expect(images.length).toBeGreaterThan(0);
  // The fixture really has images, so the check above counted something.
  expect(withImage.page('/2020/03/01/fixture-with-image/')).toMatch(/<img /);
  const report = budgetReport(checks);
  expect(report.ok, report.text).toBe(true);
});
