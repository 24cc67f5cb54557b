/**
 * Reusing the live site's files instead of copying them. Plain Node: scripts/build.ts before and after Astro runs,
 * and the reuse-output integration inside Astro.
 *
 * Astro's incremental build writes nothing for a page whose key is unchanged when the page's file is already in the
 * output directory ("(cached)"), and copies it from its cache otherwise ("(restored)"): at 10,000 stories that was
 * 26,879 copies on every build. So before Astro starts, the scratch directory is filled with hard links to the live
 * site's keyed pages (`linkLiveOutputs`), which costs a link, not a copy. Only pages the live site holds exactly as
 * Astro's manifest describes them are linked (`reusableOutputs`): a build that failed after Astro finished has
 * recorded keys for pages that never went live. Two rules keep the live site safe:
 * - a page Astro renders again is unlinked just before it is written (the integration wraps Astro's prerenderer), so
 *   the new bytes go to a new file and the live one is never written through the link;
 * - a keyed page the new build no longer makes (a deleted story) is removed from the scratch tree afterwards
 *   (`removeUnbuilt`), since Astro never empties the directory it was given.
 */
import fs from 'node:fs';
import path from 'node:path';

/**
 * Astro's incremental manifest (`<cacheDir>/incremental-build.json`, written by astro/dist/core/build/incremental.js,
 * manifest version 1): for each route, its code's hash and, for each keyed path, its key and output file.
 */
export type BuildManifest = {
  version: number;
  configHash?: string;
  lockfileHash?: string;
  routes: Record<
    string,
    {
      dependencyHash?: string;
      paths: Record<string, { cacheKey?: string; outputFile?: string; contentHashes?: unknown }>;
    }
  >;
};

/** The manifest in `file`, or undefined when there is none or its version is not one this code knows. */
export function readManifest(file: string): BuildManifest | undefined {
  try {
    const manifest = JSON.parse(fs.readFileSync(file, 'utf8'));
    return manifest?.version === 1 && typeof manifest.routes === 'object' ? manifest : undefined;
  } catch {
    return undefined;
  }
}

/** The output file of every keyed path in a manifest, relative to the output directory. */
export function keyedOutputs(manifest: BuildManifest | undefined): Set<string> {
  const files = new Set<string>();
  for (const route of Object.values(manifest?.routes ?? {})) {
    for (const entry of Object.values(route.paths ?? {})) {
      if (typeof entry.outputFile === 'string' && isInside(entry.outputFile)) files.add(entry.outputFile);
    }
  }
  return files;
}

/**
 * The keyed outputs that Astro may skip and that the live site holds as Astro's manifest (`astro`) describes them:
 * same config and lockfile, same route code, same key and content hashes in the manifest of the build that went
 * live (`live`). Any other page is left for Astro to render, or to restore from its own cache.
 */
export function reusableOutputs(astro: BuildManifest | undefined, live: BuildManifest | undefined): Set<string> {
  const files = new Set<string>();
  if (!astro || !live || astro.configHash !== live.configHash || astro.lockfileHash !== live.lockfileHash) return files;
  for (const [component, route] of Object.entries(astro.routes)) {
    const liveRoute = live.routes[component];
    if (!liveRoute || liveRoute.dependencyHash !== route.dependencyHash) continue;
    for (const [pathname, entry] of Object.entries(route.paths ?? {})) {
      const liveEntry = liveRoute.paths?.[pathname];
      const same =
        liveEntry !== undefined &&
        liveEntry.cacheKey === entry.cacheKey &&
        liveEntry.outputFile === entry.outputFile &&
        JSON.stringify(liveEntry.contentHashes) === JSON.stringify(entry.contentHashes);
      if (same && typeof entry.outputFile === 'string' && isInside(entry.outputFile)) files.add(entry.outputFile);
    }
  }
  return files;
}

/** A relative path that stays inside the directory it is joined to. */
function isInside(relative: string): boolean {
  return relative !== '' && !path.isAbsolute(relative) && !relative.split(/[\\/]/).includes('..');
}

/** Hard-links each of `files` that exists under `live` into `scratch`; returns the ones linked. */
export function linkLiveOutputs(live: string, scratch: string, files: Iterable<string>): Set<string> {
  const linked = new Set<string>();
  const made = new Set<string>();
  for (const file of files) {
    const from = path.join(live, file);
    const to = path.join(scratch, file);
    const dir = path.dirname(to);
    if (!made.has(dir)) {
      fs.mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    try {
      fs.linkSync(from, to);
      linked.add(file);
    } catch (error) {
      // Not in the live site (it was deleted by hand, or never built): Astro restores or renders it.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  return linked;
}

/**
 * The file Astro writes for a prerendered path, relative to the output directory, for `build.format: 'directory'`
 * (astro/dist/core/build/common.js, getOutFolder and getOutFile): a page's `index.html` in its folder, the status
 * pages as `404.html` and `500.html`, an endpoint's file under its own name. `pathname` is without the base path.
 */
export function outputFileFor(pathname: string, routeType: string): string {
  const clean = decodeURI(pathname).replace(/^\/+/, '');
  // A dynamic endpoint's pathname ends in "/" under `trailingSlash: 'always'` ("…/updates.json/"), and Astro writes
  // the file its last segment names.
  if (routeType === 'endpoint') return clean.replace(/\/+$/, '');
  const bare = clean.replace(/\/+$/, '');
  if (bare === '404' || bare === '500') return `${bare}.html`;
  return path.posix.join(clean, 'index.html');
}

/** Unlinks the file about to be written, so a link to the live site is replaced, never written through. */
export function unlinkBeforeWrite(outDir: string, relative: string): void {
  if (!isInside(relative)) return;
  try {
    fs.unlinkSync(path.join(outDir, relative));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

/**
 * Removes every linked file the finished build neither kept nor wrote: not among its keyed outputs (`built`), and
 * still the live site's own file (one Astro wrote anew has another inode). Returns how many.
 */
export function removeUnbuilt(live: string, scratch: string, linked: Set<string>, built: Set<string>): number {
  let removed = 0;
  for (const file of linked) {
    if (built.has(file) || !sameFile(path.join(live, file), path.join(scratch, file))) continue;
    fs.rmSync(path.join(scratch, file), { force: true });
    removed++;
    // Leave no empty folder where a deleted story's page was.
    for (
      let dir = path.dirname(path.join(scratch, file));
      dir.startsWith(scratch + path.sep);
      dir = path.dirname(dir)
    ) {
      try {
        fs.rmdirSync(dir);
      } catch {
        break;
      }
    }
  }
  return removed;
}

function sameFile(a: string, b: string): boolean {
  try {
    const [x, y] = [fs.statSync(a), fs.statSync(b)];
    return x.ino === y.ino && x.dev === y.dev;
  } catch {
    return false;
  }
}

/** A copy of the tree at `from` made of hard links, at `to` (which must not exist yet). */
export function linkTree(from: string, to: string): void {
  fs.mkdirSync(to, { recursive: true });
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const [source, target] = [path.join(from, entry.name), path.join(to, entry.name)];
    if (entry.isDirectory()) linkTree(source, target);
    else fs.linkSync(source, target);
  }
}
