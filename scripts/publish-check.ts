/**
 * The content check inside the warm publisher: what `npm run check:content` (scripts/check-content.ts) runs, with the
 * same functions in the same order, returned rather than printed and exited on, so a publisher that keeps running can
 * refuse one save and go on watching. A file that passed and has not changed is not checked again, as the check's
 * cache file does it for builds (src/lib/content/check-cache.ts), but kept in memory: the first run reads that file,
 * later ones check only the files a save changed, plus the checks across files. Keep it in step with
 * check-content.ts: tests/build/publisher.test.ts reads the messages of a save it refuses.
 */
import fs from 'node:fs';
import path from 'node:path';
import { contentDir } from '../src/lib/content/dir.ts';
import { type CheckedFile, checkAcrossFiles, checkFile } from '../src/lib/content/check.ts';
import { checkArticlesCached, rulesVersion } from '../src/lib/content/check-cache.ts';
import { AUTHOR_EXTENSIONS, readContentFiles, readFrontPageFile, scanArticles } from '../src/lib/content/reader.ts';
import { articleScanCache, buildCacheDir } from '../src/lib/incremental/cache-dir.ts';
import { buildNow } from '../src/lib/site/clock.ts';
import { siteConfig } from '../src/lib/site/config.ts';
import { loadSchemas } from './content-schema.ts';

export type CheckResult = { problems: string[]; warnings: string[] };

let schemas: Promise<Record<string, unknown>> | undefined;
/** Files that passed, by path: their digest, their result, and the clock their pass needs (check-cache.ts). */
let passes: Map<string, { digest: string; checked: CheckedFile; clockFloor: number }> | undefined;

/** A pass that depends on the clock (a correction must not be dated after it) holds from its latest correction on. */
function clockFloor(checked: CheckedFile): number {
  const corrections: { date: { date: Date } }[] = checked.valid?.data?.corrections ?? [];
  return Math.max(Number.NEGATIVE_INFINITY, ...corrections.map((c) => c.date.date.getTime()));
}

export async function checkContentTree(): Promise<CheckResult> {
  const root = contentDir();
  const authorsDir = path.relative(process.cwd(), path.join(root, 'authors'));
  const site = siteConfig();
  const now = buildNow();
  const loaded = (await (schemas ??= loadSchemas())) as any;
  const sources = scanArticles(path.join(root, 'articles'), { cacheFile: articleScanCache() });
  const check = (s: { file: string; path: string }) =>
    checkFile({ file: s.file, text: fs.readFileSync(s.path, 'utf8') }, loaded.articles, true);
  let articles: CheckedFile[];
  if (!passes) {
    // The first run goes through the check's cache file, which the build has just brought up to date.
    articles = checkArticlesCached(sources, check, {
      cacheFile: path.join(buildCacheDir(), 'content', 'check.v8'),
      rules: rulesVersion(process.cwd()),
      now,
    });
    passes = new Map();
  } else {
    articles = sources.map((s) => {
      const hit = passes!.get(s.file);
      return hit && hit.digest === s.digest && now.getTime() >= hit.clockFloor ? hit.checked : check(s);
    });
  }
  passes.clear();
  sources.forEach((s, i) => {
    const checked = articles[i];
    if (checked.problems.length === 0)
      passes!.set(s.file, { digest: s.digest, checked, clockFloor: clockFloor(checked) });
  });
  const authors = readContentFiles(authorsDir, AUTHOR_EXTENSIONS);
  const frontFile = readFrontPageFile(root);
  const front = frontFile && {
    file: frontFile,
    articlesDir: path.relative(process.cwd(), path.join(root, 'articles')),
  };
  const problems = checkAcrossFiles(
    { articles, authors, authorsDir, front },
    { schemas: loaded, exists: fs.existsSync, ...site },
  );
  return { problems, warnings: articles.flatMap((a) => a.warnings ?? []) };
}
