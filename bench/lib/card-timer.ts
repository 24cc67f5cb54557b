/**
 * Times one checkout's share-card drawing in this process: `drawShareCard`, the function the card worker calls,
 * imported from the checkout named on the command line and run in this thread with that checkout as the working
 * directory (the cards find their fonts from it). Prints one JSON line per sample.
 *
 *   node bench/lib/card-timer.ts <checkout> <cards> <sample id>…
 *
 * Each sample: the first card (cold: fonts opened, masks drawn), three warm-up cards, then <cards> new headlines
 * (variant()), timed one by one (wall) and together (CPU of the whole process, libvips's threads included).
 */
import path from 'node:path';
import { CARD_SAMPLES, variant } from './card-samples.ts';
import { cardByline } from '../../src/lib/share-card/card-byline.ts';
import { translator } from '../../src/lib/i18n/translator.ts';
import { median } from './stats.ts';

const [checkout, cards, ...ids] = process.argv.slice(2);
process.chdir(checkout);
const n = Number(cards);

const importStart = performance.now();
const { drawShareCard } = (await import(path.join(checkout, 'src/lib/share-card/draw.ts'))) as {
  drawShareCard: (request: object) => Promise<Uint8Array | { png: Uint8Array; missing: string[] }>;
};
const importMs = performance.now() - importStart;

const round2 = (x: number) => Math.round(x * 100) / 100;
for (const id of ids) {
  const sample = CARD_SAMPLES.find((s) => s.id === id);
  if (!sample) throw new Error(`no sample ${id}`);
  const request = (headline: string) => ({
    width: 1200,
    height: 630,
    siteName: 'Gazette',
    dateText: 'June 11, 2015',
    year: '2015',
    ...sample,
    // Both shapes of the byline: `byline` (its words in the sample's language) since the cards learnt languages,
    // `authors` before, so an older base checkout draws the same card.
    byline: cardByline(translator(sample.lang), sample.authors),
    headline,
  });
  let firstCardMs: number;
  let bytes: number;
  let missing: string[] = [];
  try {
    const start = performance.now();
    const drawn = await drawShareCard(request(sample.headline));
    firstCardMs = performance.now() - start;
    bytes = drawn instanceof Uint8Array ? drawn.byteLength : drawn.png.byteLength;
    if (!(drawn instanceof Uint8Array)) missing = drawn.missing;
  } catch (error) {
    console.log(JSON.stringify({ id, error: (error as Error).message }));
    continue;
  }
  for (let i = 0; i < 3; i++) await drawShareCard(request(variant(sample.headline, 1000 + i)));
  const wall: number[] = [];
  const cpuStart = process.cpuUsage();
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    await drawShareCard(request(variant(sample.headline, i)));
    wall.push(performance.now() - start);
  }
  const cpu = process.cpuUsage(cpuStart);
  const sorted = [...wall].sort((a, b) => a - b);
  console.log(
    JSON.stringify({
      id,
      cards: n,
      importMs: round2(importMs),
      firstCardMs: round2(firstCardMs),
      wallMedianMs: round2(median(wall)),
      wallP90Ms: round2(sorted[Math.floor(0.9 * (sorted.length - 1))]),
      cpuMsPerCard: round2((cpu.user + cpu.system) / 1000 / n),
      bytes,
      missing,
      rssMB: Math.round(process.memoryUsage().rss / 2 ** 20),
    }),
  );
}
