/**
 * The desk's browser code (Sveltia CMS and Gazette's bootstrap, src/client/desk.ts) as a bundle of its own, built once
 * per version of what goes into it and kept in the build cache. Build time, plain Node, in the desk integration.
 *
 * Bundled with the site's pages, Sveltia's code in hundreds of chunks (docs/performance.md, "Figures behind the code's comments") made Vite's client build take seconds on
 * every build, for one page no reader opens; a story edited did not need it bundled again. Here it is bundled with
 * Vite (the bundler Astro itself drives) only when its key changes, and linked into the output under `_astro/`, where
 * every host already serves files as immutable.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { build, type Plugin } from 'vite';

/** The bundle's entry in the browser, under its folder. */
export const DESK_ENTRY = 'desk.js';

/** Folders whose files the bundle may import, beside the lockfile (which pins Sveltia). */
const INPUTS = ['src/client', 'src/lib', 'src/styles'];

/**
 * What the bundle is made from: the lockfile, every file it may import, and the base path its asset URLs carry. A
 * change to any of them makes a new key and so a new folder; an unchanged key reuses the bundle.
 */
export function deskBundleKey(root: string, base: string): string {
  const hash = createHash('sha256')
    .update(base)
    .update('\0')
    .update(fs.readFileSync(path.join(root, 'package-lock.json')));
  const files = INPUTS.flatMap((dir) =>
    fs
      .readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
      .map((f) => path.join(dir, f))
      .filter((f) => fs.statSync(path.join(root, f)).isFile()),
  ).sort();
  for (const file of files)
    hash
      .update(file)
      .update('\0')
      .update(fs.readFileSync(path.join(root, file)))
      .update('\0');
  return hash.digest('hex').slice(0, 16);
}

/** The bundle's folder under the site's output (and its URL under the base): `_astro/desk-<key>`. */
export const deskBundleDir = (key: string) => `_astro/desk-${key}`;

/**
 * The bundle for `key` in `cacheDir`, built when it is not there yet. Built into a scratch folder and renamed, so a
 * build killed half way never leaves a half bundle behind to be reused.
 */
export async function ensureDeskBundle({
  root,
  base,
  key,
  cacheDir,
  plugins,
}: {
  root: string;
  base: string;
  key: string;
  cacheDir: string;
  plugins: Plugin[];
}): Promise<string> {
  const target = path.join(cacheDir, 'desk', key);
  if (fs.existsSync(path.join(target, DESK_ENTRY))) return target;
  const scratch = `${target}.${process.pid}.building`;
  fs.rmSync(scratch, { recursive: true, force: true });
  await build({
    configFile: false,
    root,
    base: `${base}${deskBundleDir(key)}/`,
    publicDir: false,
    logLevel: 'warn',
    plugins,
    build: {
      outDir: scratch,
      emptyOutDir: true,
      assetsDir: '',
      sourcemap: false,
      rollupOptions: {
        input: path.join(root, 'src/client/desk.ts'),
        output: {
          entryFileNames: DESK_ENTRY,
          chunkFileNames: '[name]-[hash].js',
          assetFileNames: '[name]-[hash][extname]',
        },
      },
    },
  });
  fs.rmSync(target, { recursive: true, force: true });
  fs.renameSync(scratch, target);
  // Older bundles go: each is megabytes, and only the current key is ever linked into a site.
  for (const other of fs.readdirSync(path.dirname(target))) {
    if (other !== key && !other.endsWith('.building'))
      fs.rmSync(path.join(path.dirname(target), other), { recursive: true, force: true });
  }
  return target;
}
