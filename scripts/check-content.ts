/**
 * `npm run check:content`, and the first step of every build: validates the
 * content tree (GAZETTE_CONTENT_DIR, default content/) and prints one plain line
 * per problem, "<file>: <field> <what is wrong>". Exits 1 if there is any.
 */
import fs from 'node:fs';
import path from 'node:path';
import { contentDir } from '../src/lib/content-dir.ts';
import { checkContent, type SourceFile } from '../src/lib/content-check.ts';
import { siteConfig } from '../src/lib/site-config.ts';
import { loadSchemas } from './content-schema.ts';

/** Files as the collections' glob loaders pick them: names starting with "_" are left out. */
function read(dir: string, extensions: string[]): SourceFile[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => extensions.includes(path.extname(f)) && !path.basename(f).startsWith('_'))
    .sort()
    .map((f) => {
      const file = path.relative(process.cwd(), path.join(dir, f));
      return { file, text: fs.readFileSync(file, 'utf8') };
    });
}

const root = contentDir();
const authorsDir = path.relative(process.cwd(), path.join(root, 'authors'));
const tree = {
  articles: read(path.join(root, 'articles'), ['.md']),
  authors: read(authorsDir, ['.yaml', '.yml', '.json']),
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
