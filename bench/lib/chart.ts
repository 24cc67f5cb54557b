/**
 * A small, dependency-free SVG line chart: build time against N, log-log, one
 * line per generator. Plain SVG so it renders on GitHub and in any browser.
 */
import { escapeText } from '../../src/lib/markup/escape.ts';

export type Series = { name: string; color: string; points: { n: number; seconds: number }[] };

const W = 640;
const H = 400;
const PAD = { left: 64, right: 150, top: 40, bottom: 52 };

/** Powers of ten covering [lo, hi]. */
export function decades(lo: number, hi: number): number[] {
  const out: number[] = [];
  for (let e = Math.floor(Math.log10(lo)); e <= Math.ceil(Math.log10(hi)); e++) out.push(10 ** e);
  return out;
}

export function buildTimeChart(title: string, series: Series[]): string {
  const all = series.flatMap((s) => s.points);
  if (all.length === 0) throw new Error('buildTimeChart: no points to draw');
  const xs = decades(Math.min(...all.map((p) => p.n)), Math.max(...all.map((p) => p.n)));
  const ys = decades(Math.min(...all.map((p) => p.seconds)), Math.max(...all.map((p) => p.seconds)));
  const [x0, x1] = [Math.log10(xs[0]), Math.log10(xs.at(-1) as number)];
  const [y0, y1] = [Math.log10(ys[0]), Math.log10(ys.at(-1) as number)];
  const span = (a: number, b: number) => (b - a === 0 ? 1 : b - a);
  const x = (n: number) => PAD.left + ((Math.log10(n) - x0) / span(x0, x1)) * (W - PAD.left - PAD.right);
  const y = (s: number) => H - PAD.bottom - ((Math.log10(s) - y0) / span(y0, y1)) * (H - PAD.top - PAD.bottom);
  const f = (v: number) => v.toFixed(1);

  const grid = [
    ...xs.map(
      (n) =>
        `<line x1="${f(x(n))}" x2="${f(x(n))}" y1="${PAD.top}" y2="${H - PAD.bottom}" stroke="#ddd"/><text x="${f(x(n))}" y="${H - PAD.bottom + 18}" text-anchor="middle">${n.toLocaleString('en-US')}</text>`,
    ),
    ...ys.map(
      (s) =>
        `<line x1="${PAD.left}" x2="${W - PAD.right}" y1="${f(y(s))}" y2="${f(y(s))}" stroke="#ddd"/><text x="${PAD.left - 8}" y="${f(y(s) + 4)}" text-anchor="end">${s} s</text>`,
    ),
  ];
  const lines = series.map((s, i) => {
    const pts = [...s.points].sort((a, b) => a.n - b.n);
    const path = pts.map((p, j) => `${j === 0 ? 'M' : 'L'}${f(x(p.n))},${f(y(p.seconds))}`).join(' ');
    const dots = pts.map(
      (p) =>
        `<circle cx="${f(x(p.n))}" cy="${f(y(p.seconds))}" r="3.5" fill="${s.color}"><title>${escapeText(s.name)}: ${p.n} articles, ${p.seconds} s</title></circle>`,
    );
    const ly = PAD.top + 10 + i * 22;
    return `<path d="${path}" fill="none" stroke="${s.color}" stroke-width="2"/>${dots.join('')}<line x1="${W - PAD.right + 14}" x2="${W - PAD.right + 34}" y1="${ly}" y2="${ly}" stroke="${s.color}" stroke-width="2"/><text x="${W - PAD.right + 40}" y="${ly + 4}">${escapeText(s.name)}</text>`;
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" font-family="system-ui, sans-serif" font-size="12" role="img" aria-labelledby="chart-title">`,
    `<title id="chart-title">${escapeText(title)}</title>`,
    `<rect width="${W}" height="${H}" fill="#fff"/>`,
    `<text x="${PAD.left}" y="22" font-size="14" font-weight="700">${escapeText(title)}</text>`,
    ...grid,
    `<text x="${(PAD.left + W - PAD.right) / 2}" y="${H - 12}" text-anchor="middle">articles (N, log scale)</text>`,
    `<text transform="translate(16 ${(PAD.top + H - PAD.bottom) / 2}) rotate(-90)" text-anchor="middle">wall time (log scale)</text>`,
    ...lines,
    '</svg>',
    '',
  ].join('\n');
}
