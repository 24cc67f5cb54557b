/**
 * The content check's memory between builds: a file that passed last time, and has the same digest and is checked
 * by the same rules, is not read, parsed or validated again, so a build after one edit checks one file (and the
 * checks across files, which are cheap, run in full). Plain Node, in scripts/check-content.ts.
 *
 * Only passes are kept: a file with a problem is checked afresh every time, so its messages are always current. A
 * pass that depends on the clock (a correction must not be dated after the build's clock) is kept only for builds
 * at or after the latest correction's date.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { CheckedFile } from './check.ts';
import { readCacheFile, writeCacheFile } from '../incremental/cache-file.ts';
import type { ArticleSource } from './reader.ts';

type Entry = { digest: string; rules: string; checked: CheckedFile; clockFloor: number };
/** Bump when what is cached changes shape or meaning. */
const CHECK_CACHE_VERSION = 1;

/**
 * A digest of the code the check applies: the schema, the rules it calls and the packages they come from. Any change
 * to one of them checks every file again.
 */
export function rulesVersion(root: string): string {
  const hash = createHash('sha256');
  const files = [
    'src/content.config.ts',
    'scripts/content-schema.ts',
    'scripts/astro-content-stub.ts',
    'package-lock.json',
    ...fs
      .readdirSync(path.join(root, 'src/lib'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .map((f) => path.join('src/lib', f)),
  ].sort();
  for (const file of files)
    hash
      .update(file)
      .update('\0')
      .update(fs.readFileSync(path.join(root, file)))
      .update('\0');
  return hash.digest('hex');
}

/** The latest correction's date: a pass is only as good as a clock at or after it. */
function clockFloor(checked: CheckedFile): number {
  const corrections: { date: { date: Date } }[] = checked.valid?.data?.corrections ?? [];
  return Math.max(Number.NEGATIVE_INFINITY, ...corrections.map((c) => c.date.date.getTime()));
}

/** Each article checked by `check`, or its pass from `cacheFile`; the cache is rewritten when anything changed. */
export function checkArticlesCached(
  sources: readonly ArticleSource[],
  check: (source: ArticleSource) => CheckedFile,
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
