/**
 * The search index after a publish: written only when what it is made of changed, re-indexing only the bundles that
 * changed (src/lib/search/write-bundles.ts), and swapped into the live site whole. A save that arrives while it is
 * written takes it over (the next publish writes it); a stop waits a few seconds for it, then gives it up. Plain Node.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildPublication, isPublished } from '../content/publication.ts';
import { stableHash } from '../incremental/stable-hash.ts';
import { pagesStore } from './bundle-hooks.ts';
import type { Interruption, SearchIndexRun } from './publish-types.ts';
import type { DistTransaction } from './transaction.ts';

/** How long a stopping publisher waits for a search index before it rolls the publish back. */
const STOP_GRACE_MS = 5000;

type Clocked = { draft?: boolean; published?: { date?: Date }; timeZone?: string; slug?: string };

export class SearchStep {
  private written: string | undefined;
  private readonly start: (outDir: string) => SearchIndexRun;

  constructor(start: (outDir: string) => SearchIndexRun) {
    this.start = start;
  }

  /** The index now live is made of the content as the build read it. */
  isCurrent(): void {
    this.written = inputs();
  }

  /** Writes the index into `out` and swaps it in through `tx`, when its inputs changed. */
  async run(
    tx: DistTransaction,
    out: string,
    interrupt: Interruption,
  ): Promise<'written' | 'unchanged' | 'yielded' | 'stopped'> {
    const digest = inputs();
    if (digest === this.written) return 'unchanged';
    fs.rmSync(out, { recursive: true, force: true });
    const run = this.start(out);
    let stopAt: number | undefined;
    for (;;) {
      const status = await Promise.race([run.done, new Promise<'tick'>((r) => setTimeout(() => r('tick'), 250))]);
      if (status !== 'tick') {
        if (status !== 0) throw new Error('the search index could not be written');
        break;
      }
      const asked = interrupt();
      if (
        asked === 'yield' ||
        (asked === 'stop' && performance.now() > (stopAt ??= performance.now() + STOP_GRACE_MS))
      ) {
        run.stop();
        await run.done;
        return asked === 'yield' ? 'yielded' : 'stopped';
      }
    }
    tx.swapDir('pagefind', path.join(out, 'pagefind'));
    this.written = digest;
    return 'written';
  }
}

/**
 * What the search index is made of: every article, author and live update entry by digest, which stories are out,
 * and which updates have come (each update is a record of its own, at its anchor: src/lib/search/story-records.ts).
 */
function inputs(): string {
  const store = pagesStore();
  const publication = buildPublication();
  const facts: unknown[] = [];
  for (const name of ['articles', 'authors']) {
    for (const [id, entry] of store?.get(name) ?? []) {
      const data = entry.data as Clocked;
      const date = data.published?.date;
      const out =
        name === 'articles' &&
        date instanceof Date &&
        isPublished(
          { draft: data.draft === true, published: { date }, timeZone: String(data.timeZone), slug: String(data.slug) },
          publication,
        );
      facts.push([name, id, entry.digest, out]);
    }
  }
  for (const [id, entry] of store?.get('liveUpdates') ?? []) {
    const date = (entry.data as Clocked).published?.date;
    facts.push(['liveUpdates', id, entry.digest, date instanceof Date && date <= publication.now]);
  }
  return stableHash(facts);
}
