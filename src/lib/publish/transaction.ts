/**
 * One publish's changes to the live site, all or nothing. Every new file is written beside the live site first
 * (`<dist>-publish/new/`, on the same file system), then renamed into place, so a reader sees the old file or the
 * new one and never half of one; a file written this way replaces a hard link rather than writing through it. Each
 * file it replaces or removes is first linked into `<dist>-publish/old/`, so the publish can be rolled back until it is
 * committed. A journal lists what has been moved: a publisher that was killed is rolled back from it when it starts
 * again. Nothing of the publisher's is ever left inside the live site. Plain Node.
 */
import fs from 'node:fs';
import path from 'node:path';

type Journal = {
  written: string[];
  removed: string[];
  madeDirs: string[];
  swapped: { dir: string; hadOld: boolean }[];
};

/** The working folder beside `dist` (`.dist-publish` for `dist/`), like the build's `.dist-building`. */
export function publishWorkDir(dist: string): string {
  return path.join(path.dirname(dist), `.${path.basename(dist)}-publish`);
}

export class DistTransaction {
  readonly dist: string;
  readonly work: string;
  private readonly newDir: string;
  private readonly oldDir: string;
  private readonly journalFile: string;
  private readonly journal: Journal = { written: [], removed: [], madeDirs: [], swapped: [] };
  private readonly staged = new Set<string>();

  constructor(dist: string) {
    this.dist = dist;
    this.work = publishWorkDir(dist);
    this.newDir = path.join(this.work, 'new');
    this.oldDir = path.join(this.work, 'old');
    this.journalFile = path.join(this.work, 'journal.json');
    if (fs.existsSync(this.work)) {
      throw new Error(`${this.work} is left from another publish: roll it back first (recoverDist)`);
    }
    fs.mkdirSync(this.newDir, { recursive: true });
  }

  /** Whether the live site already holds exactly `body` at `file`. */
  unchanged(file: string, body: Uint8Array): boolean {
    try {
      const live = fs.readFileSync(path.join(this.dist, file));
      return Buffer.compare(live, body) === 0;
    } catch {
      return false;
    }
  }

  /** Writes `body` beside the live site, to go live at the next `goLive()`. */
  stage(file: string, body: Uint8Array): void {
    const to = path.join(this.newDir, file);
    fs.mkdirSync(path.dirname(to), { recursive: true });
    fs.writeFileSync(to, body);
    this.staged.add(file);
  }

  /** Takes the staged file at `file` from another folder's tree (the search index, written by its own process). */
  stageMoved(file: string, from: string): void {
    const to = path.join(this.newDir, file);
    fs.mkdirSync(path.dirname(to), { recursive: true });
    fs.renameSync(from, to);
    this.staged.add(file);
  }

  /**
   * Renames every staged file into the live site, in the order given (files not named follow), and removes `removed`.
   * Each replaced or removed file is kept for a rollback first.
   */
  goLive(order: readonly string[] = [], removed: readonly string[] = []): string[] {
    const files = [...new Set([...order.filter((f) => this.staged.has(f)), ...this.staged])];
    this.staged.clear();
    this.journal.written.push(...files);
    this.journal.removed.push(...removed);
    this.writeJournal();
    for (const file of files) {
      const live = path.join(this.dist, file);
      this.keepOld(file);
      this.makeDir(path.dirname(live));
      fs.renameSync(path.join(this.newDir, file), live);
    }
    for (const file of removed) {
      if (this.keepOld(file)) fs.rmSync(path.join(this.dist, file), { force: true });
      removeEmptyDirs(path.dirname(path.join(this.dist, file)), this.dist);
    }
    return files;
  }

  /**
   * Replaces the folder `dir` of the live site with `from` by two renames, as the build swaps the search index: it is
   * the old folder or the new one, and missing only between the two.
   */
  swapDir(dir: string, from: string): void {
    const live = path.join(this.dist, dir);
    const kept = path.join(this.oldDir, dir);
    if (this.journal.swapped.some((s) => s.dir === dir)) throw new Error(`${dir} was already swapped in this publish`);
    const hadOld = fs.existsSync(live);
    this.journal.swapped.push({ dir, hadOld });
    this.writeJournal();
    fs.mkdirSync(path.dirname(kept), { recursive: true });
    if (hadOld) fs.renameSync(live, kept);
    fs.renameSync(from, live);
  }

  /** Undoes every file this publish moved: the live site is exactly as it was before it. */
  rollBack(): void {
    rollBackJournal(this.dist, this.journal, this.oldDir);
    this.clear();
  }

  /**
   * Keeps what went live. The old files are let go in the background: the search index alone is thousands of files,
   * and the next publish need not wait for them.
   */
  commit(): void {
    const trash = `${this.work}-done-${process.pid}-${Date.now()}`;
    fs.renameSync(this.work, trash);
    void fs.promises.rm(trash, { recursive: true, force: true }).catch(() => undefined);
  }

  private clear(): void {
    fs.rmSync(this.work, { recursive: true, force: true });
  }

  private writeJournal(): void {
    const temporary = `${this.journalFile}.tmp`;
    fs.writeFileSync(temporary, JSON.stringify(this.journal));
    fs.renameSync(temporary, this.journalFile);
  }

  /** Links the live file at `file` into old/ (once per publish); false when there was none. */
  private keepOld(file: string): boolean {
    const kept = path.join(this.oldDir, file);
    if (fs.existsSync(kept)) return true;
    try {
      fs.mkdirSync(path.dirname(kept), { recursive: true });
      fs.linkSync(path.join(this.dist, file), kept);
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw error;
    }
  }

  private makeDir(dir: string): void {
    const missing: string[] = [];
    for (let d = dir; d.startsWith(this.dist + path.sep) && !fs.existsSync(d); d = path.dirname(d)) missing.push(d);
    if (missing.length === 0) return;
    this.journal.madeDirs.push(...missing.reverse().map((d) => path.relative(this.dist, d)));
    this.writeJournal();
    fs.mkdirSync(dir, { recursive: true });
  }
}

function rollBackJournal(dist: string, journal: Journal, oldDir: string): void {
  for (const { dir, hadOld } of journal.swapped ?? []) {
    const kept = path.join(oldDir, dir);
    const live = path.join(dist, dir);
    // With an old folder that was never moved aside, the swap had not begun.
    if (hadOld && !fs.existsSync(kept)) continue;
    fs.rmSync(live, { recursive: true, force: true });
    if (hadOld) fs.renameSync(kept, live);
  }
  for (const file of [...journal.written, ...journal.removed]) {
    const kept = path.join(oldDir, file);
    const live = path.join(dist, file);
    if (fs.existsSync(kept)) {
      fs.mkdirSync(path.dirname(live), { recursive: true });
      fs.renameSync(kept, live);
    } else if (journal.written.includes(file)) {
      fs.rmSync(live, { force: true });
    }
  }
  for (const dir of [...journal.madeDirs].reverse()) {
    try {
      fs.rmdirSync(path.join(dist, dir));
    } catch {
      // Not empty (something else lives there now) or already gone.
    }
  }
}

/**
 * Puts back a publish that never committed (its publisher was killed), then clears the working folder. Returns
 * whether there was one to put back.
 */
export function recoverDist(dist: string): boolean {
  const work = publishWorkDir(dist);
  // Committed publishes whose old files were still being deleted.
  for (const name of fs.readdirSync(path.dirname(dist))) {
    if (name.startsWith(`${path.basename(work)}-done-`))
      fs.rmSync(path.join(path.dirname(dist), name), { recursive: true, force: true });
  }
  if (!fs.existsSync(work)) return false;
  let journal: Journal | undefined;
  try {
    journal = JSON.parse(fs.readFileSync(path.join(work, 'journal.json'), 'utf8')) as Journal;
  } catch {
    journal = undefined;
  }
  if (journal) rollBackJournal(dist, journal, path.join(work, 'old'));
  fs.rmSync(work, { recursive: true, force: true });
  return journal !== undefined;
}

/** Removes `dir` and its parents up to (not including) `root` while they are empty. */
export function removeEmptyDirs(dir: string, root: string): void {
  for (let d = dir; d.startsWith(root + path.sep); d = path.dirname(d)) {
    try {
      fs.rmdirSync(d);
    } catch {
      break;
    }
  }
}
