/**
 * Share cards before and after, side by side: the drawing function of another commit (a temporary git worktree
 * sharing this checkout's node_modules) and of this checkout, each in fresh processes, alternating round by round so
 * both see the same machine load. The base draws the Latin sample (it draws nothing else); this checkout draws every
 * sample in bench/lib/card-samples.ts. Writes bench/results/share-cards-<label>.json and bench/README.md.
 *
 *   npm run bench:cards -- --base 77dc817 --cards 300 --rounds 3 --label scripts
 *
 * Per card: wall time (median and 90th percentile of `cards` new headlines) and CPU (the process's, libvips's threads
 * included, divided by `cards`), after three warm-up cards; the first card of each process is reported apart.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CARD_SAMPLES } from './lib/card-samples.ts';
import { median } from './lib/stats.ts';
import { summaryMarkdown } from './lib/summary.ts';
import { machineInfo } from './lib/machine.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    base: { type: 'string' },
    cards: { type: 'string', default: '300' },
    rounds: { type: 'string', default: '3' },
    label: { type: 'string', default: 'latest' },
  },
});
if (!values.base) throw new Error('--base <commit> is required: the commit whose cards to measure against');
const label = values.label ?? 'latest';
if (!/^[a-z0-9-]+$/.test(label)) throw new Error('--label must be lower-case letters, digits and hyphens');
const [cards, rounds] = [Number(values.cards), Number(values.rounds)];
if (![cards, rounds].every((v) => Number.isInteger(v) && v > 0)) throw new Error('--cards and --rounds: whole numbers');

const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
const baseCommit = git('rev-parse', '--short', values.base);
const headCommit =
  git('rev-parse', '--short', 'HEAD') + (git('status', '--porcelain') ? ' (with uncommitted changes)' : '');

export type CardTiming = {
  id: string;
  cards: number;
  importMs: number;
  firstCardMs: number;
  wallMedianMs: number;
  wallP90Ms: number;
  cpuMsPerCard: number;
  bytes: number;
  missing: string[];
  rssMB: number;
};
const TIMER = path.join(ROOT, 'bench/lib/card-timer.ts');
/** One process of `checkout` drawing `ids`; the base cannot draw most scripts, and says so as an error. */
function time(checkout: string, ids: string[]): (CardTiming | { id: string; error: string })[] {
  const out = execFileSync(process.execPath, [TIMER, checkout, String(cards), ...ids], { encoding: 'utf8' });
  return out
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gazette-cards-'));
const baseDir = path.join(tmp, 'base');
const runs: { round: number; side: 'base' | 'head'; timings: ReturnType<typeof time> }[] = [];
try {
  git('worktree', 'add', '--detach', baseDir, values.base);
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(baseDir, 'node_modules'));
  for (let round = 1; round <= rounds; round++) {
    runs.push({ round, side: 'base', timings: time(baseDir, ['latin', 'combining', 'russian']) });
    for (const sample of CARD_SAMPLES) runs.push({ round, side: 'head', timings: time(ROOT, [sample.id]) });
    console.log(`[cards] round ${round} of ${rounds} done`);
  }
} finally {
  git('worktree', 'remove', '--force', baseDir);
  fs.rmSync(tmp, { recursive: true, force: true });
}

/** Each sample's figures on each side: the median over rounds, and every round's for the spread. */
const summarise = (side: 'base' | 'head', id: string) => {
  const all = runs.filter((r) => r.side === side).flatMap((r) => r.timings.filter((t) => t.id === id));
  const ok = all.filter((t): t is CardTiming => !('error' in t));
  if (ok.length === 0) return all[0] && 'error' in all[0] ? { error: all[0].error } : undefined;
  const of = (k: 'wallMedianMs' | 'cpuMsPerCard' | 'firstCardMs' | 'wallP90Ms') => ok.map((t) => t[k]);
  return {
    wallMedianMs: median(of('wallMedianMs')),
    cpuMsPerCard: median(of('cpuMsPerCard')),
    wallP90Ms: median(of('wallP90Ms')),
    firstCardMs: median(of('firstCardMs')),
    rounds: { wallMedianMs: of('wallMedianMs'), cpuMsPerCard: of('cpuMsPerCard') },
    bytes: ok[0].bytes,
    missing: ok[0].missing,
    rssMB: Math.max(...ok.map((t) => t.rssMB)),
    importMs: median(ok.map((t) => t.importMs)),
  };
};
const machine = machineInfo(headCommit);
/**
 * Head over base for a sample both draw, round by round (the two processes ran one after the other, so each pair saw
 * the same load), and the median of those ratios: steadier than a ratio of medians on a shared machine.
 */
const paired = (id: string) => {
  const of = (side: 'base' | 'head', round: number) =>
    runs
      .find((r) => r.side === side && r.round === round && r.timings.some((t) => t.id === id))
      ?.timings.find((t): t is CardTiming => t.id === id && !('error' in t));
  const pairs = runs
    .filter((r) => r.side === 'base')
    .map((r) => [of('base', r.round), of('head', r.round)] as const)
    .filter((p): p is readonly [CardTiming, CardTiming] => Boolean(p[0] && p[1]));
  if (pairs.length === 0) return undefined;
  const ratio = (k: 'wallMedianMs' | 'cpuMsPerCard') => pairs.map(([b, h]) => Number((h[k] / b[k]).toFixed(3)));
  return {
    wall: median(ratio('wallMedianMs')),
    cpu: median(ratio('cpuMsPerCard')),
    rounds: { wall: ratio('wallMedianMs'), cpu: ratio('cpuMsPerCard') },
  };
};
const results = CARD_SAMPLES.map(({ id, lang }) => ({
  id,
  lang,
  base: summarise('base', id),
  head: summarise('head', id),
  headOverBase: paired(id),
}));
const file = path.join(ROOT, 'bench/results', `share-cards-${label}.json`);
fs.writeFileSync(
  file,
  `${JSON.stringify({ machine, base: baseCommit, head: headCommit, cards, rounds, results }, null, 2)}\n`,
);
console.log(`[cards] wrote ${path.relative(ROOT, file)}`);
fs.writeFileSync(path.join(ROOT, 'bench/README.md'), summaryMarkdown(path.join(ROOT, 'bench/results')));
console.log('[cards] wrote bench/README.md');
