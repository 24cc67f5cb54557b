/**
 * `npm run check:content`, and the first step of every build: validates the
 * content tree (GAZETTE_CONTENT_DIR, default content/) and prints one plain line
 * per problem, "<file>: <field> <what is wrong>". Exits 1 if there is any.
 */
import fs from 'node:fs';
import path from 'node:path';
import { contentDir } from '../src/lib/content/dir.ts';
import { checkContent } from '../src/lib/content/check.ts';
import { ARTICLE_EXTENSIONS, AUTHOR_EXTENSIONS, readContentFiles } from '../src/lib/content/reader.ts';
import { siteConfig } from '../src/lib/site/config.ts';
import { loadSchemas } from './content-schema.ts';

const root = contentDir();
const authorsDir = path.relative(process.cwd(), path.join(root, 'authors'));
const tree = {
  articles: readContentFiles(path.join(root, 'articles'), ARTICLE_EXTENSIONS),
  authors: readContentFiles(authorsDir, AUTHOR_EXTENSIONS),
  authorsDir,
};
let site: ReturnType<typeof siteConfig>;
try {
  site = siteConfig();
} catch (error) {
  console.error(`\n${(error as Error).message}`);
  process.exit(1);
}
const problems = checkContent(tree, { schemas: (await loadSchemas()) as any, exists: fs.existsSync, ...site });

if (problems.length > 0) {
  console.error(`\nThe content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n`);
  for (const p of problems) console.error(`  ${p}`);
  console.error('\nFix the file and field named on each line, then build again.');
  process.exit(1);
}
console.log(`Content check: ${tree.articles.length} articles and ${tree.authors.length} authors are valid.`);
