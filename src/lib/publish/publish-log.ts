/** What the warm publisher prints while a publish runs. Plain Node. */

/** How often a pending sitemap or search index is reported. */
const PENDING_EVERY_MS = 5000;

export const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(2);

/** Lines while the sitemap or search index is pending: one at least every PENDING_EVERY_MS. */
export function pendingTicker(log: (line: string) => void, started: number, cause = 'the save') {
  let pending = 'the sitemap';
  const timer = setInterval(() => log(`  ${pending} pending, ${seconds(started)} s after ${cause}`), PENDING_EVERY_MS);
  return {
    pending(what: string) {
      pending = what;
    },
    done(note?: string) {
      log(`  sitemap and search index live${note ? ` (${note})` : ''}, ${seconds(started)} s after ${cause}`);
    },
    stop() {
      clearInterval(timer);
    },
  };
}

/** How long each step of a publish took, for GAZETTE_PUBLISH_TIMINGS. */
export function phaseTimer() {
  let last = performance.now();
  const marks: string[] = [];
  return {
    mark(name: string) {
      const now = performance.now();
      marks.push(`${name} ${((now - last) / 1000).toFixed(2)}`);
      last = now;
    },
    report: () => marks.join(', '),
  };
}

/** The published line: the pages written (the first few of many) and the seconds taken. */
export function publishedLine(written: string[], removed: string[], started: number): string {
  const shown = [...written, ...removed.map((f) => `${f} (removed)`)];
  const first = shown.slice(0, 4).map((f) => `/${f.replace(/index\.html$/, '')}`);
  const files = shown.length > 4 ? `${first.join(', ')} and ${shown.length - 4} more` : first.join(', ');
  const pages = `${written.length} page${written.length === 1 ? '' : 's'}`;
  const gone = removed.length > 0 ? `, ${removed.length} removed,` : '';
  return `published ${pages}${gone} in ${seconds(started)} s${files ? `: ${files}` : ''}`;
}
