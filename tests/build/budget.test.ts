/**
 * Page budgets on a site whose article has a main image (the real site's are
 * checked in tests/dist/budget.test.ts): within budget, and every image
 * reserves its space.
 */
import { beforeAll, expect, test } from 'vitest';
import { budgetReport } from '../support/budget.ts';
import { buildFixture, type FixtureBuild } from '../support/build-fixture.ts';
import { weighSite } from '../support/weigh-site.ts';

let withImage: FixtureBuild;
beforeAll(() => {
  withImage = buildFixture('tests/fixtures/figure-and-internal-related');
  if (withImage.status !== 0) throw new Error(withImage.output);
}, 180_000);

test('pages with a main image are within budget and every image reserves its space', () => {
  const { checks } = weighSite(withImage.dist);
  // The fixture really has an image, so the image check below counted something.
  expect(withImage.page('/2020/03/01/fixture-with-image/')).toMatch(/<img /);
  expect(checks.filter((c) => c.what === 'images without width and height').length).toBeGreaterThan(0);
  const report = budgetReport(checks);
  expect(report.ok, report.text).toBe(true);
});
