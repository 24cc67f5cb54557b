/**
 * One cache file between builds: a value written whole with V8's serializer (Dates and Maps survive) and renamed into
 * place, so a reader in another process never sees half of it, and read back only when its version is the one this
 * code writes. Plain Node: the content check, the loader, config time and the search index share these files.
 */
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';

/** The cached value, or undefined when there is none, it cannot be read, or it was written by another version. */
export function readCacheFile<T>(file: string, version: number | string): T | undefined {
  try {
    const cached = v8.deserialize(fs.readFileSync(file)) as { version: number | string; value: T };
    return cached.version === version ? cached.value : undefined;
  } catch {
    return undefined;
  }
}

export function writeCacheFile(file: string, version: number | string, value: unknown): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, v8.serialize({ version, value }));
  fs.renameSync(temporary, file);
}
