/**
 * Writing an import so that it is all or nothing: every file is first written to a staging folder beside the content
 * (the same file system, so moving a file in is a rename), the content check runs over the tree as it would be, and
 * only then are the files moved into place, each one it replaces kept aside until the last has moved. A failure at
 * any point leaves the content directory exactly as it was.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MANIFEST, type Manifest, manifestText, sha256 } from './existing-content.ts';
import type { StagedFile } from './write-story.ts';

export type Staging = { dir: string; files: Map<string, { staged: string; sha: string }>; dirs: Set<string> };

const PREFIX = '.import-staging-';

/**
 * A fresh staging folder: inside the content directory for a real import, in the temp directory for a dry run.
 * One left by an import that was killed (not one that failed: that removes its own) is removed first.
 */
export function createStaging(contentDir: string, dryRun: boolean): Staging {
  const parent = dryRun ? os.tmpdir() : contentDir;
  fs.mkdirSync(parent, { recursive: true });
  if (!dryRun)
    for (const name of fs.readdirSync(contentDir))
      if (name.startsWith(PREFIX)) fs.rmSync(path.join(contentDir, name), { recursive: true, force: true });
  return { dir: fs.mkdtempSync(path.join(parent, PREFIX)), files: new Map(), dirs: new Set() };
}

export function stage(staging: Staging, file: StagedFile): void {
  const staged = path.join(staging.dir, 'new', file.file);
  // Thousands of stories share a few hundred folders: each is made once.
  const dir = path.dirname(staged);
  if (!staging.dirs.has(dir)) {
    fs.mkdirSync(dir, { recursive: true });
    staging.dirs.add(dir);
  }
  const bytes = 'text' in file ? Buffer.from(file.text) : fs.readFileSync(file.copyOf);
  fs.writeFileSync(staged, bytes);
  staging.files.set(file.file, { staged, sha: sha256(bytes) });
}

export function unstage(staging: Staging, file: string): void {
  const entry = staging.files.get(file);
  if (!entry) return;
  fs.rmSync(entry.staged, { force: true });
  staging.files.delete(file);
}

export type Decisions = { write: string[]; unchanged: string[]; kept: string[]; overwritten: string[] };

/**
 * What happens to each staged file: written when new or when the file there is exactly what an import last wrote,
 * left alone when it already holds these bytes, kept when someone has edited it since (or it was never an import's)
 * unless `force`.
 */
export function decide(staging: Staging, contentDir: string, manifest: Manifest, force: boolean): Decisions {
  const decisions: Decisions = { write: [], unchanged: [], kept: [], overwritten: [] };
  for (const [file, { sha }] of [...staging.files].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const target = path.join(contentDir, file);
    if (!fs.existsSync(target)) {
      decisions.write.push(file);
      continue;
    }
    const current = fs.statSync(target).isFile() ? sha256(fs.readFileSync(target)) : '';
    if (current === sha) decisions.unchanged.push(file);
    else if (current !== '' && manifest.files[file] === current) decisions.write.push(file);
    else if (force) {
      decisions.write.push(file);
      decisions.overwritten.push(file);
    } else decisions.kept.push(file);
  }
  return decisions;
}

/** File operations, replaceable in tests to fail part-way. */
export type Fs = { rename: (from: string, to: string) => void };

/**
 * Moves the files to write into the content directory and records them in the manifest. Should any move fail,
 * the ones already made are undone and what they replaced is put back, and the error is thrown.
 */
export function commit(
  staging: Staging,
  contentDir: string,
  decisions: Decisions,
  manifest: Manifest,
  ops: Fs = { rename: fs.renameSync },
): void {
  const next: Manifest = { files: { ...manifest.files } };
  for (const file of [...decisions.write, ...decisions.unchanged])
    next.files[file] = (staging.files.get(file) as { sha: string }).sha;
  const manifestStaged = path.join(staging.dir, MANIFEST);
  const text = manifestText(next);
  fs.writeFileSync(manifestStaged, text);
  const manifestFile = path.join(contentDir, MANIFEST);
  // Nothing to write and the same manifest: the content directory is left untouched, down to its timestamps.
  const sameManifest = fs.existsSync(manifestFile) && fs.readFileSync(manifestFile, 'utf8') === text;
  const moves = [
    ...decisions.write.map((file) => ({ from: (staging.files.get(file) as { staged: string }).staged, file })),
    ...(sameManifest ? [] : [{ from: manifestStaged, file: MANIFEST }]),
  ];
  const done: { target: string; backup?: string }[] = [];
  // Folders this commit creates, removed again if it fails: only its own files were ever in them.
  const created: string[] = [];
  const made = new Set<string>();
  try {
    for (const { from, file } of moves) {
      const target = path.join(contentDir, file);
      let backup: string | undefined;
      if (fs.existsSync(target)) {
        backup = path.join(staging.dir, 'replaced', file);
        fs.mkdirSync(path.dirname(backup), { recursive: true });
        ops.rename(target, backup);
      }
      done.push({ target, backup });
      if (!made.has(path.dirname(target))) {
        const first = fs.mkdirSync(path.dirname(target), { recursive: true });
        if (first) created.push(first);
        made.add(path.dirname(target));
      }
      ops.rename(from, target);
    }
  } catch (error) {
    for (const { target, backup } of done.reverse()) {
      fs.rmSync(target, { force: true });
      if (backup && fs.existsSync(backup)) fs.renameSync(backup, target);
    }
    for (const dir of created.reverse()) fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

export function removeStaging(staging: Staging): void {
  fs.rmSync(staging.dir, { recursive: true, force: true });
}
