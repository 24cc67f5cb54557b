/**
 * bench/README.md's tables for what issues 16, 17 and 24 added: the search figures under each scale run, one-off
 * builds at sizes too large to run side by side (bench/build-once.ts), and the import (bench/import.ts).
 * Assembled by summary.ts.
 */
import type { ScaleFile } from './summary.ts';

/** Seconds and table rows, as every table in bench/README.md writes them. */
export const s = (x: number) => `${x.toFixed(2)} s`;
export const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;

const ratio = (a: number, b?: number) => (b ? `${(a / b).toFixed(2)}×` : '–');

/**
 * Runs since issue 23, whose builds say when the pages went live and when the search index followed: the one-edit
 * build against Hugo's cold and warm builds of the same pages, and against Gazette's own cold build.
 */
export function pipelineTable(file: ScaleFile): string[] {
  return [
    '"One edit" is one story\'s body changed, rebuilt from the cold build\'s cache and `dist/`: "pages live" is when',
    '`npm run build` printed `Built dist/`, "search live" when the search index followed (the same time when it was',
    'ready first). Hugo builds pages, feed and sitemap only, cold and then warm with its caches kept. "edit = clean":',
    'the one-edit tree compared file by file with a build from nothing of the same corpus (run at one size).',
    '',
    '| N | images | Gazette cold | Hugo cold | **cold / Hugo** | Gazette peak | Hugo peak | one edit: pages live | search live | Hugo warm | **edit / Hugo warm** | edit / Hugo cold | edit / cold | clock only | edit = clean | images reused | load avg |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...file.scale.map((r) => {
      const g = r.gazette;
      const h = r.hugoPages!;
      const live = g.warm.pagesLiveSeconds ?? g.warm.wallSeconds;
      return row([
        r.n.toLocaleString('en-US'),
        r.images,
        s(g.cold.pagesLiveSeconds ?? g.cold.wallSeconds),
        s(h.cold.wallSeconds),
        `**${ratio(g.cold.pagesLiveSeconds ?? g.cold.wallSeconds, h.cold.wallSeconds)}**`,
        `${g.cold.peakMB} MB`,
        `${h.cold.peakMB} MB`,
        s(live),
        g.warm.searchLiveSeconds === undefined ? '–' : s(g.warm.searchLiveSeconds),
        s(h.warm.wallSeconds),
        `**${ratio(live, h.warm.wallSeconds)}**`,
        ratio(live, h.cold.wallSeconds),
        ratio(live, g.cold.pagesLiveSeconds ?? g.cold.wallSeconds),
        g.clock ? s(g.clock.pagesLiveSeconds ?? g.clock.wallSeconds) : '–',
        r.verify ? (r.verify.matches ? 'yes' : `**no** (${r.verify.differing.length})`) : '–',
        g.warm.images ? `${g.warm.imagesReused} of ${g.warm.images}` : '–',
        r.loadAverage1m ?? '',
      ]);
    }),
    '',
  ];
}

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
      const kinds = x.query.byKind
        ? Object.entries(x.query.byKind)
            .map(([k, v]) => `${k} ${v}`)
            .join(', ')
        : '–';
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

type Timed = { wallSeconds: number; peakMB: number; ok: boolean };
export type OnceFile = {
  date: string;
  n: number;
  cores: number;
  memoryGB: number;
  loadAverage1m: number;
  corpusMB: number;
  ok: boolean;
  wallSeconds: number;
  peakMB: number;
  memorySource: string;
  pages: number;
  stages: string[];
  tail: string[];
  /** Since issue 23: when the pages and the search index went live, a rebuild after one edit, and Hugo beside it. */
  pagesLiveSeconds?: number;
  searchLiveSeconds?: number;
  edit?: Timed & { pagesLiveSeconds: number; searchLiveSeconds: number };
  hugo?: { cold: Timed; warm?: Timed };
};

/** bench/build-once.ts: one cold build at a size too large for the side-by-side run (issue 17's 100,000). */
export function onceTable(label: string, file: OnceFile): string[] {
  return [
    `### One cold build (${label})`,
    '',
    `${file.date.slice(0, 16).replace('T', ' ')} UTC · ${file.cores} cores, ${file.memoryGB} GB · load average at start ${file.loadAverage1m} · \`node bench/build-once.ts --n ${file.n}\``,
    '',
    '| N | corpus | result | wall | peak | pages |',
    '|---|---|---|---|---|---|',
    row([
      file.n.toLocaleString('en-US'),
      `${file.corpusMB} MB`,
      file.ok ? 'built' : '**failed**',
      s(file.wallSeconds),
      `${file.peakMB} MB (${file.memorySource})`,
      file.pages.toLocaleString('en-US'),
    ]),
    '',
    ...(file.edit || file.hugo
      ? [
          '| cold: pages live | search live | one edit: pages live | search live | edit peak | Hugo cold (pages only) | **cold / Hugo** | Hugo warm | **edit / Hugo warm** | Hugo peak |',
          '|---|---|---|---|---|---|---|---|---|---|',
          row([
            file.pagesLiveSeconds === undefined ? '–' : s(file.pagesLiveSeconds),
            file.searchLiveSeconds === undefined ? '–' : s(file.searchLiveSeconds),
            file.edit ? (file.edit.ok ? s(file.edit.pagesLiveSeconds) : '**failed**') : '–',
            file.edit?.ok ? s(file.edit.searchLiveSeconds) : '–',
            file.edit ? `${file.edit.peakMB} MB` : '–',
            file.hugo ? (file.hugo.cold.ok ? s(file.hugo.cold.wallSeconds) : '**failed**') : '–',
            file.hugo?.cold.ok && file.pagesLiveSeconds
              ? `**${(file.pagesLiveSeconds / file.hugo.cold.wallSeconds).toFixed(2)}×**`
              : '–',
            file.hugo?.warm?.ok ? s(file.hugo.warm.wallSeconds) : '–',
            file.hugo?.warm?.ok && file.edit?.ok
              ? `**${(file.edit.pagesLiveSeconds / file.hugo.warm.wallSeconds).toFixed(2)}×**`
              : '–',
            file.hugo ? `${file.hugo.cold.peakMB} MB` : '–',
          ]),
          '',
        ]
      : []),
    "Astro's phase lines, as logged:",
    '',
    '```',
    ...file.stages,
    ...(file.ok ? [] : ['', '(last lines of output)', ...file.tail]),
    '```',
    '',
  ];
}

type ImportRun = {
  n: number;
  exportMB: number;
  images: number;
  first: { wallSeconds: number; cpuSeconds?: number; peakMB: number };
  again: { wallSeconds: number; cpuSeconds?: number; peakMB: number };
  report: string[];
};
export type ImportFile = {
  date: string;
  cores: number;
  memoryGB: number;
  loadAverage1m: number;
  imageEvery: number;
  memorySource: string;
  runs: ImportRun[];
};

/** bench/import.ts: `npm run import` of a synthetic WordPress export, then the same again (nothing to write). */
export function importTable(label: string, file: ImportFile): string[] {
  return [
    `### Import (${label}): \`npm run import -- wordpress\` of a synthetic export`,
    '',
    `${file.date.slice(0, 16).replace('T', ' ')} UTC · ${file.cores} cores, ${file.memoryGB} GB · load average at start ${file.loadAverage1m} · \`npx node bench/import.ts\``,
    '',
    `The export (\`bench/lib/wxr-corpus.ts\`) has N posts of filler text, half block-editor and half classic, a [caption] in one in five, a shortcode to leave out in one in twenty, and a featured image in one in ${file.imageEvery} (copied from \`--media\`). "Again": the same import once more, which writes nothing. Peak memory: ${file.memorySource}.`,
    '',
    'CPU is user + system seconds (GNU time): other work on the machine lengthens wall time, much less CPU time.',
    '',
    '| N | export | images | import | CPU | peak | again | CPU (again) | peak (again) |',
    '|---|---|---|---|---|---|---|---|---|',
    ...file.runs.map((r) =>
      row([
        r.n.toLocaleString('en-US'),
        `${r.exportMB} MB`,
        r.images,
        s(r.first.wallSeconds),
        r.first.cpuSeconds === undefined ? '–' : s(r.first.cpuSeconds),
        `${r.first.peakMB} MB`,
        s(r.again.wallSeconds),
        r.again.cpuSeconds === undefined ? '–' : s(r.again.cpuSeconds),
        `${r.again.peakMB} MB`,
      ]),
    ),
    '',
    'The report of the largest run:',
    '',
    '```',
    ...(file.runs[file.runs.length - 1]?.report ?? []),
    '```',
    '',
  ];
}

type PublishFile = {
  hugo: string;
  imageEvery: number;
  publish: import('../publish.ts').PublishResult[];
};

const mid = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

/** The warm publisher (issue 34) against Hugo's full build of the same corpus in the same run. */
export function publishTable(label: string, file: PublishFile, machine: string): string[] {
  return [
    `### Warm publisher (${label})`,
    '',
    machine,
    '',
    `Hugo: \`${file.hugo}\`, cold, building pages, author, tag and section pages, RSS and a sitemap (no share cards). One`,
    `article in ${file.imageEvery} has an image. "Live" is from the save to the new file renamed into dist/; a fix is the`,
    "median of the fixes measured, each to another story's body. Memory: summed resident memory of the publisher's",
    'process tree (supervisor, worker, search indexer and Pagefind), sampled every 250 ms.',
    '',
    '| N | Hugo full build | fix: page live | **fix / Hugo** | new story: page and front live | **new / Hugo** | published line (fix / new) | search live (fix / new) | cold npm run build | **cold / Hugo** | first build | tree memory idle / peak | soak: saves, every | soak memory first / last / max | load avg |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...file.publish.map((r) =>
      row([
        r.n.toLocaleString('en-US'),
        s(r.hugo.seconds),
        s(mid(r.fixes.map((f) => f.pageLive))),
        `**${r.ratios.fixToHugo}×**`,
        s(r.newStory.bothLive),
        `**${r.ratios.newStoryToHugo}×**`,
        `${s(mid(r.fixes.map((f) => f.publishedLine)))} / ${s(r.newStory.publishedLine)} (${r.newStory.pages} pages)`,
        `${s(mid(r.fixes.map((f) => f.searchLive)))} / ${s(r.newStory.searchLive)}`,
        s(r.cold.seconds),
        `**${r.ratios.coldToHugo}×**`,
        s(r.firstBuildSeconds),
        `${r.memory.idleMB} / ${r.memory.peakMB} MB`,
        `${r.soak.saves}, ${r.soak.intervalSeconds} s`,
        r.soak.treeMB.length > 0
          ? `${r.soak.treeMB[0]} / ${r.soak.treeMB.at(-1)} / ${Math.max(...r.soak.treeMB)} MB`
          : '–',
        r.loadAverage1m,
      ]),
    ),
    '',
    ...file.publish.flatMap((r) =>
      r.verify
        ? [
            `At ${r.n.toLocaleString('en-US')} stories, after the fixes, the new story and the soak, the publisher's dist/ ${r.verify.matches ? '**equals** a clean build of the same content, file by file' : `**differs** from a clean build's in ${r.verify.differing.length} files (${r.verify.differing.slice(0, 5).join(', ')})`}.`,
            '',
          ]
        : [],
    ),
  ];
}
