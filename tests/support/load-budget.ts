/**
 * The budget checks on a real page load in a browser (tests/e2e/budget.spec.ts): what the page fetched, counted
 * from the responses, against the transfer budget. The static counterpart is budget.ts.
 */
import { BUDGETS } from './budget.ts';
import type { Check } from './budget-report.ts';

/** One response as the browser received it: its resource type and bytes on the wire (headers + body). */
export type Transfer = { url: string; type: string; bytes: number };

/** Per resource type: how many requests and how many bytes. */
export function transfersByType(transfers: Transfer[]): Record<string, { requests: number; bytes: number }> {
  const out: Record<string, { requests: number; bytes: number }> = {};
  for (const t of transfers) {
    const row = (out[t.type] ??= { requests: 0, bytes: 0 });
    row.requests += 1;
    row.bytes += t.bytes;
  }
  return out;
}

/** The pages a real load is measured on, each with its transfer budget. */
export type LoadedKind = 'article' | 'front';
// A function, not a table: budget.ts re-exports this module, so BUDGETS is not there yet while this one loads.
const transferBudget = (kind: LoadedKind) => (kind === 'front' ? BUDGETS.frontTransfer : BUDGETS.articleTransfer);

/**
 * The checks on a real load of an article page or the front page: all it fetched within its transfer budget, one
 * HTML document, nothing from another origin, and no layout shift.
 */
export function loadChecks(
  page: string,
  origin: string,
  transfers: Transfer[],
  cumulativeLayoutShift: number,
  kind: LoadedKind = 'article',
): Check[] {
  const byType = transfersByType(transfers);
  const summary = Object.entries(byType)
    .map(([type, r]) => `${type} ${r.requests}×${r.bytes.toLocaleString('en-US')} B`)
    .join(', ');
  const foreign = transfers.filter((t) => new URL(t.url).origin !== origin);
  return [
    {
      page,
      what: 'everything loaded at 375 px, cold cache (wire bytes)',
      actual: transfers.reduce((n, t) => n + t.bytes, 0),
      limit: transferBudget(kind),
      unit: 'B',
      note: summary,
    },
    { page, what: 'HTML documents requested', actual: byType.document?.requests ?? 0, limit: 1, unit: 'count' },
    {
      page,
      what: 'requests to other origins',
      actual: foreign.length,
      limit: 0,
      unit: 'count',
      note: foreign.map((t) => t.url).join(' '),
    },
    { page, what: 'cumulative layout shift', actual: cumulativeLayoutShift, limit: 0, unit: 'score' },
  ];
}
