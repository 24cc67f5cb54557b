/**
 * Page budgets on a site whose article has a main image (the real site's are
 * checked in tests/dist/budget.test.ts): within budget, and every image
 * reserves its space (the check is shown to count this page's image, not just to report zero).
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { budgetReport, pageChecks, weighPage } from '../support/budget.ts';
import { buildFixture, type FixtureBuild } from '../support/build-fixture.ts';
import { weighSite } from '../support/weigh-site.ts';

let withImage: FixtureBuild;
/** A root-relative URL's bytes from the build (this fixture is built at /). */
const fetchFromDist = (dist: string, ref: string) => {
  const file = path.join(dist, new URL(ref, 'http://x.invalid').pathname);
  return fs.existsSync(file) && fs.statSync(file).isFile() ? fs.readFileSync(file) : undefined;
};
beforeAll(() => {
  withImage = buildFixture('tests/fixtures/figure-and-internal-related');
  if (withImage.status !== 0) throw new Error(withImage.output);
}, 180_000);

test('pages with a main image are within budget and every image reserves its space', () => {
  const { checks } = weighSite(withImage.dist);
  const report = budgetReport(checks);
  expect(report.ok, report.text).toBe(true);
});

test("the image check sees the fixture's main image, and flags it once it loses its size", () => {
  const articleUrl = '/2020/03/01/fixture-with-image/';
  const html = withImage.page(articleUrl);
  const sizeCheck = (page: string) => {
    const weight = weighPage(articleUrl, 'article', page, (ref) => fetchFromDist(withImage.dist, ref));
    return pageChecks(weight).find((c) => c.what === 'images without width and height')!;
  };
  // As built: the image is there and reserves its space.
  expect(html).toMatch(/<img [^>]*width="\d+"[^>]*height="\d+"/);
  expect(sizeCheck(html).actual).toBe(0);
  // The same page with the <img>'s width and height removed: the check now counts it, so the zero above
  // was measured, not a row that is zero on every page.
  const unsized = html.replace(/<img [^>]*>/g, (img) => img.replace(/\s(?:width|height)="[^"]*"/g, ''));
  expect(unsized).not.toBe(html);
  const flagged = sizeCheck(unsized);
  expect(flagged.actual).toBe(1);
  expect(flagged.note).toMatch(/^\/_astro\/\S+\.(?:jpg|jpeg|png|webp|avif)$/);
});
