/**
 * bench/README.md's tables for what issues 16 and 17 added: the search figures under each scale run, and one-off
 * builds at sizes too large to run side by side (bench/build-once.ts). Assembled by summary.ts.
 */
import type { ScaleFile } from './summary.ts';

/** Seconds and table rows, as every table in bench/README.md writes them. */
export const s = (x: number) => `${x.toFixed(2)} s`;
export const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;

/** Pagefind over each cold build (issue 16); absent from runs before search. */
export function searchTable(file: ScaleFile): string[] {
  const rows = file.scale.filter((r) => r.search);
  if (rows.length === 0) return [];
  const word = rows[0].search!.query.word;
  return [
    `Search over the cold build: indexing as the build logged it, the indexer alone over the same pages (time and peak),`,
    `the index, every file the deploy uploads, and one query for "${word}" typed into \`/search/\` in Chromium with a cold`,
    'cache (bytes on the wire, headers included; by kind where the run recorded it).',
    '',
    '| N | indexing in the build | indexer alone | index | files to deploy | results | requests | **query** | by kind (KB) |',
    '|---|---|---|---|---|---|---|---|---|',
    ...rows.map((r) => {
      const x = r.search!;
      const kinds = x.query.byKind ? Object.entries(x.query.byKind).map(([k, v]) => `${k} ${v}`).join(', ') : '–';
      return row([
        r.n.toLocaleString('en-US'),
        x.inBuildSeconds === undefined ? '–' : s(x.inBuildSeconds),
        `${s(x.aloneSeconds)}, ${x.alonePeakMB} MB`,
        `${x.indexMB} MB, ${x.indexFiles.toLocaleString('en-US')} files`,
        x.distFiles.toLocaleString('en-US'),
        x.query.results.toLocaleString('en-US'),
        x.query.requests,
        `**${x.query.wireKB} KB**`,
        kinds,
      ]);
    }),
    '',
  ];
}

export type OnceFile = { date: string; n: number; cores: number; memoryGB: number; loadAverage1m: number; corpusMB: number; ok: boolean; wallSeconds: number; peakMB: number; memorySource: string; pages: number; stages: string[]; tail: string[] };

/** bench/build-once.ts: one cold build at a size too large for the side-by-side run (issue 17's 100,000). */
export function onceTable(label: string, file: OnceFile): string[] {
  return [
    `### One cold build (${label})`,
    '',
    `${file.date.slice(0, 16).replace('T', ' ')} UTC · ${file.cores} cores, ${file.memoryGB} GB · load average at start ${file.loadAverage1m} · \`node bench/build-once.ts --n ${file.n}\``,
    '',
    '| N | corpus | result | wall | peak | pages |',
    '|---|---|---|---|---|---|',
    row([file.n.toLocaleString('en-US'), `${file.corpusMB} MB`, file.ok ? 'built' : '**failed**', s(file.wallSeconds), `${file.peakMB} MB (${file.memorySource})`, file.pages.toLocaleString('en-US')]),
    '',
    "Astro's phase lines, as logged:",
    '',
    '```',
    ...file.stages,
    ...(file.ok ? [] : ['', '(last lines of output)', ...file.tail]),
    '```',
    '',
  ];
}
