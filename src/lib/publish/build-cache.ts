/**
 * The build cache as the warm publisher leaves it: after every publish, Astro's incremental manifest, its copy of each
 * keyed output (`<cacheDir>/dist/`) and the live site's manifest (scripts/build.ts, "live-<dist>-manifest.json") say
 * exactly what the live site holds, so the next `npm run build` renders nothing the publisher already wrote.
 *
 * The order keeps every crash safe. Before a publish changes the live site, the live manifest is moved aside: a build
 * that starts after a crash links nothing from the live site and renders or restores every page. After the pages are
 * live, Astro's manifest is written first without the paths being replaced (a crash now costs their render, never a
 * stale copy restored under a new key), then their copies, then both manifests whole. Plain Node.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BuildManifest } from '../incremental/reuse-output.ts';

type PathEntry = BuildManifest['routes'][string]['paths'][string] & {
  staticImages?: unknown[];
  referencedImages?: string[];
  headers?: unknown[];
};

/** What one keyed page's render left for the manifest. */
export type RecordedPath = {
  component: string;
  pathname: string;
  cacheKey: string;
  outputFile: string;
  body: Uint8Array;
  staticImages?: unknown[];
  referencedImages?: string[];
};

function writeAtomically(file: string, text: string | Uint8Array): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, text);
  fs.renameSync(temporary, file);
}

export class BuildCache {
  readonly liveManifest: string;
  private readonly manifest: BuildManifest;
  private readonly astroManifest: string;
  private readonly copies: string;
  private readonly aside: string;

  /**
   * `manifest`: Astro's manifest as the first build wrote it (it is then this object's to keep). `liveManifest`: the
   * live site's manifest file (build-paths.ts).
   */
  constructor(cacheDir: string, liveManifest: string, manifest: BuildManifest) {
    this.liveManifest = liveManifest;
    this.manifest = manifest;
    this.astroManifest = path.join(cacheDir, 'incremental-build.json');
    this.copies = path.join(cacheDir, 'dist');
    this.aside = `${liveManifest}.publishing`;
  }

  /** The key Astro has for a path, if it keeps one. */
  cacheKey(component: string, pathname: string): string | undefined {
    return this.manifest.routes[component]?.paths?.[pathname]?.cacheKey;
  }

  /** The output file Astro has for a path, if it keeps one. */
  outputFile(component: string, pathname: string): string | undefined {
    return this.manifest.routes[component]?.paths?.[pathname]?.outputFile;
  }

  /** The live site is about to change: until `record()` finishes, no build may link its files. */
  begin(): void {
    try {
      fs.renameSync(this.liveManifest, this.aside);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }

  /** The publish was rolled back: the live site's manifest describes it again. */
  rollBack(): void {
    try {
      fs.renameSync(this.aside, this.liveManifest);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }

  /** Records the pages a publish wrote and the keyed paths it removed, in the safe order above. */
  record(
    written: readonly RecordedPath[],
    removed: readonly { component: string; pathname: string; outputFile?: string }[],
  ): void {
    const routes = this.manifest.routes;
    let replaced = false;
    for (const p of [...written, ...removed]) {
      const old = routes[p.component]?.paths?.[p.pathname];
      if (!old) continue;
      delete routes[p.component].paths[p.pathname];
      replaced = true;
    }
    if (replaced) writeAtomically(this.astroManifest, JSON.stringify(this.manifest));
    for (const p of removed) {
      if (p.outputFile) fs.rmSync(path.join(this.copies, p.outputFile), { force: true });
    }
    for (const p of written) {
      fs.mkdirSync(path.dirname(path.join(this.copies, p.outputFile)), { recursive: true });
      fs.writeFileSync(path.join(this.copies, p.outputFile), p.body);
      const route = (routes[p.component] ??= { paths: {} });
      route.paths ??= {};
      const next: PathEntry = { cacheKey: p.cacheKey, outputFile: p.outputFile };
      if (p.staticImages && p.staticImages.length > 0) next.staticImages = p.staticImages;
      if (p.referencedImages && p.referencedImages.length > 0) next.referencedImages = p.referencedImages;
      route.paths[p.pathname] = next;
    }
    this.writeManifests();
  }

  /** Both manifests as this object holds them; the live one last, since a build links only what both agree on. */
  writeManifests(): void {
    const text = JSON.stringify(this.manifest);
    writeAtomically(this.astroManifest, text);
    writeAtomically(this.liveManifest, text);
    fs.rmSync(this.aside, { force: true });
  }

  /** The live manifest's file as this publisher last wrote it, to tell when another build replaced the site. */
  liveStamp(): string | undefined {
    try {
      const stat = fs.statSync(this.liveManifest);
      return `${stat.ino}:${stat.size}:${stat.mtimeMs}`;
    } catch {
      return undefined;
    }
  }
}
