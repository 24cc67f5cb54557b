/**
 * A digest of the code that turns content into records and verdicts: every module under src/lib/ and the lockfile
 * (the schema library's version among them). What is cached about a file by its digest (its story record, its
 * content-check pass) is kept only while this is unchanged, so editing a rule re-reads every file once. Computed
 * once per process: a few hundred small files. Plain Node.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const versions = new Map<string, string>();

export function codeVersion(root: string = process.cwd()): string {
  let version = versions.get(root);
  if (version === undefined) {
    const hash = createHash('sha256');
    const files = [
      'package-lock.json',
      ...fs
        .readdirSync(path.join(root, 'src/lib'), { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.ts'))
        .map((f) => path.join('src/lib', f)),
    ].sort();
    for (const file of files) {
      const full = path.join(root, file);
      if (fs.existsSync(full)) hash.update(file).update('\0').update(fs.readFileSync(full)).update('\0');
    }
    version = hash.digest('hex');
    versions.set(root, version);
  }
  return version;
}
