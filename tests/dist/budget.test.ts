/** Page budgets, by bytes, on the site npm test built: every page, whatever it loads. */
import { expect, test } from 'vitest';
import { budgetReport } from '../support/budget.ts';
import { DIST } from '../support/dist-files.ts';
import { weighSite } from '../support/weigh-site.ts';

test('every page of the built site is within its byte budgets', () => {
  const { checks, kinds } = weighSite(DIST);
  // The budgets that matter most are the article's: make sure one was weighed.
  expect(kinds).toContain('article');
  expect(kinds).toContain('front');
  const report = budgetReport(checks);
  console.log(report.text);
  expect(report.ok, report.text).toBe(true);
});
