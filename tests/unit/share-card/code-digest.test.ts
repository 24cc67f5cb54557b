/**
 * The share-card cache key hashes the modules found by following the worker's imports (code-digest.ts). If that walk
 * missed a module Node actually loads for the worker, a change there would serve stale cards. This loads the worker's
 * module graph in a real Node process, records every project module it resolves, and compares.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect, test } from 'vitest';
import { moduleSources } from '../../../src/lib/share-card/code-digest.ts';

const WORKER = path.resolve('src/lib/share-card/worker.ts');

/** Every file under src/ that Node resolves while importing `entry`. */
function modulesNodeLoads(entry: string): string[] {
  const script = `
    import { registerHooks } from 'node:module';
    import { fileURLToPath, pathToFileURL } from 'node:url';
    const seen = new Set();
    registerHooks({ resolve(specifier, context, next) {
      const result = next(specifier, context);
      if (result.url.startsWith(pathToFileURL(process.cwd() + '/src/').href)) seen.add(fileURLToPath(result.url));
      return result;
    } });
    await import(${JSON.stringify(entry)});
    console.log(JSON.stringify([...seen].sort()));
    process.exit(0);
  `;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout);
}

test('the card cache key covers every module the worker loads, and only those', () => {
  const loaded = modulesNodeLoads(WORKER);
  // The walk found the drawing code, not just the worker file (a walk that stopped at the entry would pass otherwise).
  expect(loaded).toContain(path.resolve('src/lib/share-card/draw.ts'));
  expect(loaded).toContain(path.resolve('src/lib/fonts/font-store.ts'));
  expect([...moduleSources(WORKER).keys()]).toEqual([WORKER, ...loaded.filter((f) => f !== WORKER)].sort());
});
