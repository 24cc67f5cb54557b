/**
 * Runs the importer as `npm run import` does, on a temporary content tree: the real schema and content check, a
 * pinned clock, and a folder the test removes. Used only by tests.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkContent } from '../../src/lib/content/check.ts';
import { type ImportOptions, runImport } from '../../src/lib/import/run.ts';
import { wordpressSource } from '../../src/lib/import/wordpress/source.ts';

/** The tests' build clock, as build-fixture.ts pins it: 2026-11-01T00:00:00Z. */
export const TEST_NOW = new Date(1793491200 * 1000);

export type Sandbox = { dir: string; content: string; exportFile: string; media: string; remove: () => void };

/** A temporary folder with `content/` (empty), `export.xml` and `media/`. */
export function sandbox(exportXml: string): Sandbox {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gazette-import-'));
  const content = path.join(dir, 'content');
  fs.mkdirSync(content);
  fs.mkdirSync(path.join(dir, 'media'));
  fs.writeFileSync(path.join(dir, 'export.xml'), exportXml);
  return {
    dir,
    content,
    exportFile: path.join(dir, 'export.xml'),
    media: path.join(dir, 'media'),
    remove: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

/** runImport with the real content check, site and clock of the tests' builds. */
export async function importInto(box: Sandbox, options: Partial<ImportOptions> = {}) {
  return runImport({
    source: wordpressSource(box.exportFile),
    contentDir: box.content,
    timeZone: 'UTC',
    site: { language: 'en' },
    dryRun: false,
    force: false,
    now: TEST_NOW,
    check: (tree, exists) => checkContent(tree, { exists, site: 'https://news.example.org', base: '/', now: TEST_NOW }),
    ...options,
  });
}

/** Every file under `dir`, relative, with its bytes, for comparing trees. */
export function treeBytes(dir: string): Record<string, string> {
  if (!fs.existsSync(dir)) return {};
  return Object.fromEntries(
    fs
      .readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => {
        const file = path.join(e.parentPath, e.name);
        return [path.relative(dir, file), fs.readFileSync(file).toString('base64')];
      })
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
}
