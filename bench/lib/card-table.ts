/** bench/README.md's section for a share-card run (bench/share-cards.ts): per card, before and after, per script. */
import { row } from './summary-tables.ts';

type Side = {
  wallMedianMs: number;
  cpuMsPerCard: number;
  wallP90Ms: number;
  firstCardMs: number;
  rounds: { wallMedianMs: number[]; cpuMsPerCard: number[] };
  bytes: number;
  missing: string[];
  rssMB: number;
};
export type CardsFile = {
  machine: { date: string; cpu: string; cores: number; memoryGB: number; node: string; loadAverage1m: number };
  base: string;
  head: string;
  cards: number;
  rounds: number;
  results: {
    id: string;
    lang: string;
    base?: Side | { error: string };
    head?: Side | { error: string };
    headOverBase?: { wall: number; cpu: number; rounds: { wall: number[]; cpu: number[] } };
  }[];
};

const ms = (x: number) => x.toFixed(2);
const spread = (xs: number[]) => `${ms(Math.min(...xs))}–${ms(Math.max(...xs))}`;
const cell = (side: Side | { error: string } | undefined, pick: (s: Side) => string) =>
  !side ? '–' : 'error' in side ? `fails: ${side.error.replace(/\|/g, '\\|').slice(0, 60)}…` : pick(side);

export function cardsTable(label: string, file: CardsFile): string[] {
  const { machine: m } = file;
  return [
    `### Share cards, before and after (${label})`,
    '',
    `${m.date.slice(0, 16).replace('T', ' ')} UTC · base \`${file.base}\`, head \`${file.head}\` · ${m.cpu}, **${m.cores} cores**, ${m.memoryGB} GB · Node ${m.node} · load average at start ${m.loadAverage1m} · \`npm run bench:cards\``,
    '',
    `One card drawn in one thread (\`drawShareCard\`, what a worker runs), ${file.cards} new headlines per process after three warm-up cards, ${file.rounds} rounds alternating base and head processes; medians over rounds, the rounds' spread in brackets. CPU is the whole process's (libvips's threads included) per card. Head/base is the median of each round's ratio (its two processes ran back to back).`,
    '',
    '| sample | lang | base wall ms | head wall ms | base CPU ms | head CPU ms | head/base wall, CPU | head p90 ms | head first card ms | head KB | head left out |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
    ...file.results.map((r) =>
      row([
        r.id,
        r.lang,
        cell(r.base, (s) => `${ms(s.wallMedianMs)} (${spread(s.rounds.wallMedianMs)})`),
        cell(r.head, (s) => `${ms(s.wallMedianMs)} (${spread(s.rounds.wallMedianMs)})`),
        cell(r.base, (s) => `${ms(s.cpuMsPerCard)} (${spread(s.rounds.cpuMsPerCard)})`),
        cell(r.head, (s) => `${ms(s.cpuMsPerCard)} (${spread(s.rounds.cpuMsPerCard)})`),
        r.headOverBase ? `${r.headOverBase.wall}×, ${r.headOverBase.cpu}×` : '–',
        cell(r.head, (s) => ms(s.wallP90Ms)),
        cell(r.head, (s) => ms(s.firstCardMs)),
        cell(r.head, (s) => (s.bytes / 1024).toFixed(1)),
        cell(r.head, (s) => s.missing.join(' ') || '–'),
      ]),
    ),
    '',
  ];
}
