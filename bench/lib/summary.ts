/**
 * bench/README.md, regenerated from every results file in bench/results/, so
 * earlier labelled runs ("before", "after") stay side by side with the latest.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ScaleResult } from '../build-scale.ts';
import type { LighthouseResult } from '../lighthouse.ts';
import { cardsTable } from './card-table.ts';
import { importTable, onceTable, pipelineTable, publishTable, row, s, searchTable } from './summary-tables.ts';

type Machine = {
  date: string;
  commit: string;
  cpu: string;
  cores: number;
  memoryGB: number;
  os: string;
  node: string;
  loadAverage1m?: number;
};

const machineLine = (m: Machine) =>
  `${m.date.slice(0, 16).replace('T', ' ')} UTC · commit \`${m.commit}\` · ${m.cpu}, **${m.cores} cores**, ${m.memoryGB} GB · ${m.os} · Node ${m.node}${m.loadAverage1m === undefined ? '' : ` · load average at start ${m.loadAverage1m}`}`;

function lighthouseTable(label: string, file: { machine: Machine; lighthouse: LighthouseResult[] }): string[] {
  const runs = file.lighthouse[0]?.runs ?? 0;
  return [
    `### Lighthouse (${label}), mobile preset, median of ${runs}`,
    '',
    machineLine(file.machine),
    '',
    '| page | performance | accessibility | best practices | SEO | LCP | CLS | TBT | total bytes |',
    '|---|---|---|---|---|---|---|---|---|',
    ...file.lighthouse.map(({ page, path: p, median: m }) =>
      [
        `${page} (\`${p.length > 40 ? `${p.slice(0, 37)}…` : p}\`)`,
        m.scores.performance,
        m.scores.accessibility,
        m.scores['best-practices'],
        m.scores.seo,
        `${(m.lcpMs / 1000).toFixed(2)} s`,
        m.cls,
        `${m.tbtMs} ms`,
        m.totalBytes.toLocaleString('en-US'),
      ]
        .join(' | ')
        .replace(/^/, '| ')
        .replace(/$/, ' |'),
    ),
    '',
  ];
}

export type ScaleFile = { machine: Machine; hugo: string; imageEvery: number; scale: ScaleResult[] };

function scaleHeader(label: string, file: ScaleFile): string[] {
  return [
    `### Build at scale (${label})`,
    '',
    machineLine(file.machine),
    '',
    `Hugo: \`${file.hugo}\`. One article in ${file.imageEvery} has an 800×450 main image. Peak memory: ${file.scale[0]?.memorySource ?? ''}.`,
    '',
  ];
}

/** Runs with both Hugo builds: the same output as Gazette (share cards included), and pages only. */
function scaleTable(label: string, file: ScaleFile): string[] {
  if (file.scale.some((r) => r.gazette.warm.pagesLiveSeconds !== undefined)) {
    return [
      ...scaleHeader(label, file),
      ...pipelineTable(file),
      `![Cold build time against N](results/build-time-${label}.svg)`,
      '',
      ...searchTable(file),
    ];
  }
  return [
    ...scaleHeader(label, file),
    '"Hugo, same output" draws the same share cards as Gazette (four per article until issue 17, one since);',
    '"Hugo, pages only" skips them, so it does less work than Gazette. A dash: not run at that size (`--hugo-cards-max`).',
    ...(file.scale.some((r) => r.gazette.clock)
      ? [
          "Gazette's warm builds are incremental from the cold build's cache: \"1 edit\" after one story's body changed,",
          '"clock only" with nothing changed but the clock, one day later (only stories whose anniversary passed re-render).',
        ]
      : []),
    '',
    '| N | images | Gazette cold | Hugo, same output | **ratio** | Hugo, pages only | **ratio** | Gazette peak | Hugo peak (same / pages) | Gazette warm (1 edit) | Hugo warm (same / pages) | Gazette clock only | share PNGs (G/H) | Gazette listing pages | load avg |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...file.scale.map((r) => {
      const same = r.hugo;
      const pages = r.hugoPages;
      return row([
        r.n.toLocaleString('en-US'),
        r.images,
        s(r.gazette.cold.wallSeconds),
        same ? s(same.cold.wallSeconds) : '–',
        r.ratio.cold === undefined ? '–' : `**${r.ratio.cold}×**`,
        pages ? s(pages.cold.wallSeconds) : '–',
        r.ratio.coldPages === undefined ? '–' : `**${r.ratio.coldPages}×**`,
        `${r.gazette.cold.peakMB} MB`,
        `${same ? `${same.cold.peakMB} MB` : '–'} / ${pages ? `${pages.cold.peakMB} MB` : '–'}`,
        s(r.gazette.warm.wallSeconds),
        `${same ? s(same.warm.wallSeconds) : '–'} / ${pages ? s(pages.warm.wallSeconds) : '–'}`,
        r.gazette.clock ? s(r.gazette.clock.wallSeconds) : '–',
        `${r.gazette.cold.shareImages}/${same ? same.cold.shareImages : '–'}`,
        // Runs from before the archive (issue 15) did not count them.
        r.gazette.cold.listingPages ?? '–',
        r.loadAverage1m ?? '',
      ]);
    }),
    '',
    `![Cold build time against N](results/build-time-${label}.svg)`,
    '',
    ...searchTable(file),
  ];
}

/** Runs from before the Hugo side could draw share cards: one Hugo build, of pages only. */
function legacyScaleTable(label: string, file: ScaleFile): string[] {
  return [
    ...scaleHeader(label, file),
    'Hugo here built pages only: no share cards, feed or sitemap.',
    '',
    '| N | images | Gazette cold | Hugo cold | **ratio** | Gazette peak | Hugo peak | Gazette warm (1 edit) | Hugo warm | warm ratio | pages (G/H) | load avg |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...file.scale.map((r) =>
      row([
        r.n.toLocaleString('en-US'),
        r.images,
        s(r.gazette.cold.wallSeconds),
        r.hugo ? s(r.hugo.cold.wallSeconds) : '–',
        `**${r.ratio.cold}×**`,
        `${r.gazette.cold.peakMB} MB`,
        `${r.hugo?.cold.peakMB} MB`,
        s(r.gazette.warm.wallSeconds),
        r.hugo ? s(r.hugo.warm.wallSeconds) : '–',
        `${r.ratio.warm}×`,
        `${r.gazette.cold.pages}/${r.hugo?.cold.pages}`,
        r.loadAverage1m ?? '',
      ]),
    ),
    '',
    `![Cold build time against N](results/build-time-${label}.svg)`,
    '',
  ];
}

type CompareFile = {
  machine: Machine;
  base: string;
  head: string;
  runs: number;
  imageEvery: number;
  results: {
    n: number;
    base: { wallSeconds: number[]; peakMB: number[] };
    head: { wallSeconds: number[]; peakMB: number[] };
    ratio: number;
  }[];
};

/** `npm run bench:compare`: one commit against another on the same corpus, builds alternating. */
function compareTable(label: string, file: CompareFile): string[] {
  const list = (xs: number[], unit: string) => xs.map((x) => `${x}${unit}`).join(', ');
  return [
    `### Before and after (${label}): \`${file.base}\` → \`${file.head}\``,
    '',
    machineLine(file.machine),
    '',
    `Cold Gazette builds of the same corpus (one article in ${file.imageEvery} with an image), ${file.runs} of each, alternating. Ratio = median after / median before.`,
    '',
    '| N | before: wall | after: wall | **after/before** | before: peak | after: peak |',
    '|---|---|---|---|---|---|',
    ...file.results.map((r) =>
      row([
        r.n.toLocaleString('en-US'),
        list(r.base.wallSeconds, ' s'),
        list(r.head.wallSeconds, ' s'),
        `**${r.ratio}×**`,
        list(r.base.peakMB, ' MB'),
        list(r.head.peakMB, ' MB'),
      ]),
    ),
    '',
  ];
}

export function summaryMarkdown(resultsDir: string): string {
  const files = fs.existsSync(resultsDir) ? fs.readdirSync(resultsDir).sort() : [];
  const read = (f: string) => JSON.parse(fs.readFileSync(path.join(resultsDir, f), 'utf8'));
  const labelOf = (f: string, prefix: string) => f.slice(prefix.length, -'.json'.length);
  const out = [
    '# Benchmarks',
    '',
    'Generated by `npm run bench` (see `bench/run.ts` for options, e.g. `npm run bench -- --sizes 100,1000`).',
    'Not part of `npm test`. Each section is one results file in `bench/results/`; labelled runs are kept side by side.',
    'What each round changed and measured is in [HISTORY.md](HISTORY.md); the budgets and the current figures are in',
    '[docs/performance.md](../docs/performance.md).',
    '',
    '- **Lighthouse**: the real site built into a temporary directory and served on a loopback port with gzip;',
    '  mobile preset (simulated throttling); Debian Chromium, headless.',
    '- **Build at scale**: a synthetic corpus (`bench/lib/corpus.ts`) in a temporary directory, built cold (empty cache)',
    '  by Gazette (`scripts/build.ts`, own `GAZETTE_CACHE_DIR`) and by Hugo (`bench/hugo/`, equivalent templates), then',
    '  rebuilt after one article is edited. Ratio = Gazette / Hugo wall time. Hugo builds twice: with the same output',
    '  (four PNG share cards per article and a default one, drawn with `images.Text`/`images.Overlay` in the same font),',
    '  and with pages, feed and sitemap only. Gazette writes AVIF + WebP, Hugo WebP only. Remaining differences:',
    '  `bench/hugo/README.md`.',
    '  Since the archive (issue 15) the corpus spans ten years with eight sections, forty tags and eight authors, and',
    '  "Gazette listing pages" counts the archive\'s pages (front, sections, tags, authors, dates). Runs before it had',
    '  five sections, four tags and dates one hour apart, and no listing pages beyond the front and author pages.',
    '- **Warm publisher** (`--only publish`, `bench/publish.ts`): the same corpus built by Hugo (pages, author, tag and',
    "  section pages, RSS and a sitemap; no share cards) and by Gazette's `npm run build`, then `npm run publish --",
    '  --watch` on that dist/: one-story body fixes and a new story, timed from the save to the new file renamed into',
    "  dist/, and the resident memory of the publisher's whole process tree over a soak of saves.",
    '',
  ];
  // Oldest first, so the sections read as the story of what changed.
  const byDate = (prefix: string) =>
    files
      .filter((f) => f.startsWith(prefix) && f.endsWith('.json'))
      .map((f) => ({ label: labelOf(f, prefix), data: read(f) }))
      .sort((a, b) => a.data.machine.date.localeCompare(b.data.machine.date));
  for (const { label, data } of byDate('build-scale-')) {
    const current = (data as ScaleFile).scale.some((r) => r.hugoPages);
    out.push(...(current ? scaleTable(label, data) : legacyScaleTable(label, data)));
  }
  for (const f of files.filter((f) => f.startsWith('build-once-') && f.endsWith('.json')))
    out.push(...onceTable(labelOf(f, 'build-once-'), read(f)));
  for (const { label, data } of byDate('publish-')) out.push(...publishTable(label, data, machineLine(data.machine)));
  for (const { label, data } of byDate('compare-')) out.push(...compareTable(label, data));
  for (const { label, data } of byDate('share-cards-')) out.push(...cardsTable(label, data));
  for (const { label, data } of byDate('lighthouse-')) out.push(...lighthouseTable(label, data));
  for (const f of files.filter((f) => f.startsWith('import-') && f.endsWith('.json')))
    out.push(...importTable(labelOf(f, 'import-'), read(f)));
  return `${out.join('\n').trimEnd()}\n`;
}
