/** The built site as files: every path under the output directory, and the text of those that refer to others. */
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './build-fixture.ts';

/** The site `npm test` built (scripts/test.ts), or GAZETTE_DIST. */
export const DIST = path.resolve(ROOT, process.env.GAZETTE_DIST || 'dist');

export function distFiles(dir: string = DIST): { files: Set<string>; texts: Map<string, string>; pages: string[] } {
  if (!fs.existsSync(dir)) throw new Error(`${dir} does not exist: build the site first (npm run build).`);
  const files = fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => f.split(path.sep).join('/'))
    .filter((f) => fs.statSync(path.join(dir, f)).isFile())
    .sort();
  const texts = new Map<string, string>();
  for (const f of files)
    if (/\.(html|css|xml|webmanifest)$|^robots\.txt$/.test(f)) texts.set(f, fs.readFileSync(path.join(dir, f), 'utf8'));
  return { files: new Set(files), texts, pages: files.filter((f) => f.endsWith('.html')) };
}
