/** Budget checks and the plain-text table a failing one is reported with. */

export type Check = {
  page: string;
  what: string;
  actual: number;
  limit: number;
  unit: 'B' | 'count' | 'score';
  /** Shown beside the figure, e.g. the brotli size. */
  note?: string;
};

export const passes = (c: Check): boolean => c.actual <= c.limit;

function cell(n: number, unit: Check['unit']): string {
  if (unit === 'B') return `${n.toLocaleString('en-US')} B`;
  return unit === 'score' ? n.toFixed(4) : String(n);
}

/** A plain-text table, one row per check, failing rows marked, for test output and logs. */
export function budgetTable(checks: Check[]): string {
  const rows = checks.map((c) => [
    passes(c) ? 'ok' : 'OVER',
    c.page,
    c.what,
    cell(c.actual, c.unit),
    cell(c.limit, c.unit),
    c.note ?? '',
  ]);
  const header = ['', 'page', 'budget', 'actual', 'limit', 'note'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) =>
    r
      .map((v, i) => v.padEnd(widths[i]))
      .join(' | ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map(line)].join('\n');
}

/** Names the failing checks first, then the whole table, so an overrun reads at a glance. */
export function budgetReport(checks: Check[]): { ok: boolean; text: string } {
  const over = checks.filter((c) => !passes(c));
  const head = over.length === 0 ? 'All page budgets met.' : `${over.length} page budget(s) exceeded:`;
  return { ok: over.length === 0, text: `${head}\n${budgetTable(checks)}` };
}
