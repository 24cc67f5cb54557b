/**
 * The content check inside the warm publisher: what `npm run check:content` (scripts/check-content.ts) runs, with the
 * same functions in the same order, returned rather than printed and exited on, so a publisher that keeps running can
 * refuse one save and go on watching. A file that passed and has not changed is not checked again, as the check's
 * cache file does it for builds (src/lib/content/check-cache.ts), but kept in memory: the first run reads that file,
 * later ones check only the files a save changed, plus the checks across files. Keep it in step with
 * check-content.ts (live coverage included: src/lib/content/live-tree.ts): tests/build/publisher.test.ts reads the messages of a save it refuses.
 */
import fs from 'node:fs';
import path from 'node:path';
import { contentDir } from '../src/lib/content/dir.ts';
import { type CheckedFile, checkAcrossFiles } from '../src/lib/content/check.ts';
import { cardWarnings, checkStory, checkYamlFile } from '../src/lib/content/check-file.ts';
import { readLiveTree } from '../src/lib/content/live-tree.ts';
import { authorSchema } from '../src/lib/content/schema/collections.ts';
import { checkArticlesCached } from '../src/lib/content/check-cache.ts';
import { AUTHOR_EXTENSIONS, readContentFiles, readFrontPageFile, readStories } from '../src/lib/content/reader.ts';
import { articleScanCache, buildCacheDir } from '../src/lib/incremental/cache-dir.ts';
import { codeVersion } from '../src/lib/incremental/code-version.ts';
import { buildNow } from '../src/lib/site/clock.ts';
import { siteConfig } from '../src/lib/site/config.ts';
import { readSiteSettings } from '../src/lib/site/settings.ts';

export type CheckResult = { problems: string[]; warnings: string[] };

/** Files that passed, by path: their digest, their result, and the clock their pass needs (check-cache.ts). */
let passes: Map<string, { digest: string; checked: CheckedFile; clockFloor: number }> | undefined;

/** A pass that depends on the clock (a correction must not be dated after it) holds from its latest correction on. */
function clockFloor(checked: CheckedFile): number {
  const corrections = checked.valid?.data.corrections ?? [];
  return Math.max(Number.NEGATIVE_INFINITY, ...corrections.map((c) => c.date.date.getTime()));
}

export function checkContentTree(): CheckResult {
  const root = contentDir();
  const authorsDir = path.relative(process.cwd(), path.join(root, 'authors'));
  const site = siteConfig();
  const now = buildNow();
  const stories = readStories(path.join(root, 'articles'), { cacheFile: articleScanCache() });
  const check = (s: (typeof stories)[number]) => checkStory(s, fs.readFileSync(s.path, 'utf8'), now);
  let articles: CheckedFile[];
  if (!passes) {
    // The first run goes through the check's cache file, which the build has just brought up to date.
    articles = checkArticlesCached(stories, check, {
      cacheFile: path.join(buildCacheDir(), 'content', 'check.v8'),
      rules: codeVersion(),
      now,
    });
  } else {
    const known = passes;
    articles = stories.map((s) => {
      const hit = known.get(s.file);
      return hit && hit.digest === s.digest && now.getTime() >= hit.clockFloor ? hit.checked : check(s);
    });
  }
  passes = new Map();
  stories.forEach((s, i) => {
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
  const settings = readSiteSettings(root);
  const problems = [
    ...settings.problems,
    ...checkAcrossFiles(
      {
        articles,
        authors,
        authorsDir,
        front,
        live: readLiveTree(path.join(root, 'articles'), new Set(stories.map((s) => s.id)), now),
      },
      {
        exists: fs.existsSync,
        ...site,
        language: settings.settings?.language,
        languages: settings.settings?.languages,
      },
    ),
  ];
  const warnings = [
    ...articles.flatMap((a) => a.warnings ?? []),
    ...authors.flatMap((f) => {
      const name = checkYamlFile(f, authorSchema).data?.name;
      return typeof name === 'string' ? cardWarnings(f.file, 'name', name) : [];
    }),
  ];
  return { problems, warnings };
}

/** Prints the check's warnings and problems as the build does; whether the content passed. */
export function reportCheck({ problems, warnings }: CheckResult): boolean {
  if (warnings.length > 0) {
    console.warn('\nWarnings (the publish goes on):\n');
    for (const w of warnings) console.warn(`  ${w}`);
  }
  if (problems.length === 0) return true;
  console.error(`\nThe content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n`);
  for (const p of problems) console.error(`  ${p}`);
  console.error('\nNot published: fix the file and field named on each line and save again. Still watching.');
  return false;
}
