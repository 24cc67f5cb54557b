/** A directory as { relative path: sha256 }, to compare trees file by file. */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export function treeHashes(dir: string): Record<string, string> {
  const hashes: Record<string, string> = {};
  for (const file of fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const full = path.join(dir, file);
    if (fs.statSync(full).isFile())
      hashes[file.split(path.sep).join('/')] = createHash('sha256').update(fs.readFileSync(full)).digest('hex');
  }
  return hashes;
}
