/**
 * Where a build of one output directory keeps its working files, beside the output and in the cache, so that
 * `npm run build` (scripts/build.ts) and the warm publisher (scripts/publish.ts) agree on them. Plain Node.
 */
import path from 'node:path';
import { buildCacheDir } from './cache-dir.ts';

export type BuildPaths = {
  /** The live site: dist/, or GAZETTE_DIST. */
  finalDir: string;
  /**
   * Astro's scratch output, beside it. A fixed name, not one per process: astro:assets compiles the output directory
   * into its module, so a new name each build changes every page's code hash and Astro's incremental build silently
   * re-renders every page.
   */
  scratch: string;
  /** The build lock: one build (or publisher) at a time per output directory (scripts/build-lock.ts). */
  lock: string;
  /** Astro's manifest of the build now live in the output directory (reuse-output.ts), one per output directory. */
  liveManifest: string;
};

export function buildPaths(
  env: Record<string, string | undefined> = process.env,
  root: string = process.cwd(),
): BuildPaths {
  const finalDir = path.resolve(root, env.GAZETTE_DIST || 'dist');
  const scratch = `${path.dirname(finalDir)}/.${path.basename(finalDir)}-building`;
  return {
    finalDir,
    scratch,
    lock: `${scratch}.lock`,
    liveManifest: path.join(buildCacheDir(env, root), `live-${path.basename(finalDir)}-manifest.json`),
  };
}
