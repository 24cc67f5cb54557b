/**
 * The content check's memory between builds: a file that passed last time, and has the same digest and is checked
 * by the same rules, is not read, parsed or validated again, so a build after one edit checks one file (and the
 * checks across files, which are cheap, run in full). Plain Node, in scripts/check-content.ts.
 *
 * Only passes are kept: a file with a problem is checked afresh every time, so its messages are always current. A
 * pass that depends on the clock (a correction must not be dated after the build's clock) is kept only for builds
 * at or after the latest correction's date.
 */
import type { CheckedFile } from './check-file.ts';
import { readCacheFile, writeCacheFile } from '../incremental/cache-file.ts';
import type { StoryRecord } from './reader.ts';

type Entry = { digest: string; rules: string; checked: CheckedFile; clockFloor: number };
/** Bump when what is cached changes shape or meaning. */
const CHECK_CACHE_VERSION = 2;

/** The latest correction's date: a pass is only as good as a clock at or after it. */
function clockFloor(checked: CheckedFile): number {
  const corrections = checked.valid?.data.corrections ?? [];
  return Math.max(Number.NEGATIVE_INFINITY, ...corrections.map((c) => c.date.date.getTime()));
}

/** Each article checked by `check`, or its pass from `cacheFile`; the cache is rewritten when anything changed. */
export function checkArticlesCached(
  sources: readonly StoryRecord[],
  check: (source: StoryRecord) => CheckedFile,
  { cacheFile, rules, now }: { cacheFile: string; rules: string; now: Date },
): CheckedFile[] {
  const cached = readCacheFile<Map<string, Entry>>(cacheFile, CHECK_CACHE_VERSION) ?? new Map<string, Entry>();
  const next = new Map<string, Entry>();
  let changed = false;
  const results = sources.map((source) => {
    const hit = cached.get(source.file);
    if (hit && hit.digest === source.digest && hit.rules === rules && now.getTime() >= hit.clockFloor) {
      next.set(source.file, hit);
      return hit.checked;
    }
    const checked = check(source);
    changed = true;
    if (checked.problems.length === 0)
      next.set(source.file, { digest: source.digest, rules, checked, clockFloor: clockFloor(checked) });
    return checked;
  });
  if (changed || next.size !== cached.size) writeCacheFile(cacheFile, CHECK_CACHE_VERSION, next);
  return results;
}
