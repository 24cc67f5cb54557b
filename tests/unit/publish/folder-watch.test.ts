/**
 * The publisher's supervisor watches content/ folder by folder (src/lib/publish/folder-watch.ts): every save in any
 * folder is reported, including in a folder made and filled at once, or moved in, before its own watch began.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { watchFolders } from '../../../src/lib/publish/folder-watch.ts';

let root: string;
let seen: Set<string>;
let stop: () => void;
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'folder-watch-'));
  fs.mkdirSync(path.join(root, 'articles', '00'), { recursive: true });
  seen = new Set();
  stop = watchFolders(root, (file) => seen.add(path.relative(root, file)));
});
afterEach(() => {
  stop();
  fs.rmSync(root, { recursive: true, force: true });
});

const reported = (file: string) => expect.poll(() => seen.has(file), { timeout: 5000 }).toBe(true);

test('a save in a folder two levels down is reported by its path', async () => {
  fs.writeFileSync(path.join(root, 'articles', '00', 'story.md'), 'text');
  await reported('articles/00/story.md');
});

test('a folder made and filled at once, and a folder moved in, report the files in them', async () => {
  fs.mkdirSync(path.join(root, 'articles', 'new'));
  fs.writeFileSync(path.join(root, 'articles', 'new', 'first.md'), 'text');
  const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'folder-watch-outside-'));
  fs.mkdirSync(path.join(outside, 'moved', 'deeper'), { recursive: true });
  fs.writeFileSync(path.join(outside, 'moved', 'deeper', 'second.md'), 'text');
  fs.renameSync(path.join(outside, 'moved'), path.join(root, 'articles', 'moved'));
  fs.rmSync(outside, { recursive: true });
  await reported('articles/new/first.md');
  await reported('articles/moved/deeper/second.md');
  // And the new folders are watched from then on.
  fs.writeFileSync(path.join(root, 'articles', 'moved', 'deeper', 'third.md'), 'text');
  await reported('articles/moved/deeper/third.md');
});

test('a folder deleted is reported, and a folder made again under its name is watched again', async () => {
  fs.rmSync(path.join(root, 'articles', '00'), { recursive: true });
  await reported('articles/00');
  fs.mkdirSync(path.join(root, 'articles', '00'));
  fs.writeFileSync(path.join(root, 'articles', '00', 'again.md'), 'text');
  await reported('articles/00/again.md');
});
