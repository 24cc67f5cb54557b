/**
 * The content schema's fields as the desk reads them (src/lib/desk/schema-shape.ts), computed in a plain Node process
 * the way the build does (scripts/desk-config.ts): scripts/content-schema.ts loads src/content.config.ts there, not
 * inside Vitest's module runner.
 */
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import type { CollectionShapes } from '../../src/lib/desk/cms-config.ts';
import { ROOT } from './build-fixture.ts';

export function schemaShapes(): CollectionShapes {
  const url = (file: string) => pathToFileURL(path.join(ROOT, file)).href;
  const code = [
    `import { loadSchemas } from '${url('scripts/content-schema.ts')}';`,
    `import { collectionFields } from '${url('src/lib/desk/schema-shape.ts')}';`,
    'const s = await loadSchemas();',
    'console.log(JSON.stringify({ articles: collectionFields(s.articles), authors: collectionFields(s.authors) }));',
  ].join('\n');
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`Could not read the schema's fields:\n${run.stderr}`);
  return JSON.parse(run.stdout);
}
