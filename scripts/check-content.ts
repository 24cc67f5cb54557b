/**
 * `npm run check:content`, and the first step of every build: validates the
 * content tree (GAZETTE_CONTENT_DIR, default content/) and prints one plain line
 * per problem, "<file>: <field> <what is wrong>". Exits 1 if there is any.
 * Files that passed last time and have not changed are not checked again (src/lib/content/check-cache.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { contentDir } from '../src/lib/content/dir.ts';
import { checkAcrossFiles } from '../src/lib/content/check.ts';
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

const root = contentDir();
const authorsDir = path.relative(process.cwd(), path.join(root, 'authors'));
let site: ReturnType<typeof siteConfig>;
let now: Date;
try {
  site = siteConfig();
  now = buildNow();
} catch (error) {
  console.error(`\n${(error as Error).message}`);
  process.exit(1);
}
const stories = readStories(path.join(root, 'articles'), { cacheFile: articleScanCache() });
const articles = checkArticlesCached(stories, (s) => checkStory(s, fs.readFileSync(s.path, 'utf8'), now), {
  cacheFile: path.join(buildCacheDir(), 'content', 'check.v8'),
  rules: codeVersion(),
  now,
});
// Live coverage: its updates, folders and strays (src/lib/content/live-tree.ts).
const live = readLiveTree(path.join(root, 'articles'), new Set(stories.map((s) => s.id)), now);
const authors = readContentFiles(authorsDir, AUTHOR_EXTENSIONS);
const frontFile = readFrontPageFile(root);
const front = frontFile && { file: frontFile, articlesDir: path.relative(process.cwd(), path.join(root, 'articles')) };
// content/site.yaml: its own problems, the language a story without `lang` is in (and names fold in), and the editions.
const settings = readSiteSettings(root);
const problems = [
  ...settings.problems,
  ...checkAcrossFiles(
    { articles, authors, authorsDir, front, live },
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
if (warnings.length > 0) {
  console.warn('\nWarnings (the build goes on):\n');
  for (const w of warnings) console.warn(`  ${w}`);
}

if (problems.length > 0) {
  console.error(`\nThe content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n`);
  for (const p of problems) console.error(`  ${p}`);
  console.error('\nFix the file and field named on each line, then build again.');
  process.exit(1);
}
const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
const updates = live.updates.length > 0 ? `, ${count(live.updates.length, 'live update')}` : '';
console.log(
  `Content check: ${count(articles.length, 'article')}${updates} and ${count(authors.length, 'author')}${front ? `, and ${front.file.file},` : ''} are valid.`,
);
