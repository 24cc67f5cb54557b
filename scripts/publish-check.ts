/**
 * The content check inside the warm publisher: what `npm run check:content` (scripts/check-content.ts) runs, with the
 * same functions and caches in the same order, returned rather than printed and exited on, so a publisher that keeps
 * running can refuse one save and go on watching. Files that passed and have not changed are not checked again (the
 * check's cache), so a save costs its own files plus the checks across files. Keep it in step with check-content.ts:
 * tests/build/publisher.test.ts compares their messages on the same broken tree.
 */
import fs from 'node:fs';
import path from 'node:path';
import { contentDir } from '../src/lib/content/dir.ts';
import { checkAcrossFiles, checkFile } from '../src/lib/content/check.ts';
import { checkArticlesCached, rulesVersion } from '../src/lib/content/check-cache.ts';
import { AUTHOR_EXTENSIONS, readContentFiles, readFrontPageFile, scanArticles } from '../src/lib/content/reader.ts';
import { articleScanCache, buildCacheDir } from '../src/lib/incremental/cache-dir.ts';
import { buildNow } from '../src/lib/site/clock.ts';
import { siteConfig } from '../src/lib/site/config.ts';
import { loadSchemas } from './content-schema.ts';

export type CheckResult = { problems: string[]; warnings: string[] };

let schemas: Promise<Record<string, unknown>> | undefined;
/** The rules' digest is of code, which a running publisher never changes (a code change is a full build). */
let rules: string | undefined;

export async function checkContentTree(): Promise<CheckResult> {
  const root = contentDir();
  const authorsDir = path.relative(process.cwd(), path.join(root, 'authors'));
  const site = siteConfig();
  const now = buildNow();
  const loaded = (await (schemas ??= loadSchemas())) as any;
  rules ??= rulesVersion(process.cwd());
  const sources = scanArticles(path.join(root, 'articles'), { cacheFile: articleScanCache() });
  const articles = checkArticlesCached(
    sources,
    (s) => checkFile({ file: s.file, text: fs.readFileSync(s.path, 'utf8') }, loaded.articles, true),
    { cacheFile: path.join(buildCacheDir(), 'content', 'check.v8'), rules, now },
  );
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
