import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { DistTransaction, publishWorkDir, recoverDist } from '../../../src/lib/publish/transaction.ts';
import { treeHashes } from '../../support/tree-hash.ts';
import { scratchDir } from '../../support/scratch.ts';

function site(files: Record<string, string>): string {
  const dist = path.join(scratchDir('publish-tx'), 'dist');
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
    fs.writeFileSync(path.join(dist, file), text);
  }
  return dist;
}
const read = (dist: string, file: string) => fs.readFileSync(path.join(dist, file), 'utf8');

describe('a publish to the live site', () => {
  test('new files go live by rename, removed ones go, and nothing of the publisher is left in or beside dist/', () => {
    const dist = site({ 'a/index.html': 'old a', 'b/index.html': 'old b', 'gone/index.html': 'gone' });
    const tx = new DistTransaction(dist);
    tx.stage('a/index.html', Buffer.from('new a'));
    tx.stage('c/d/index.html', Buffer.from('new c'));
    expect(read(dist, 'a/index.html')).toBe('old a');
    expect(tx.goLive(['c/d/index.html'], ['gone/index.html'])).toEqual(['c/d/index.html', 'a/index.html']);
    tx.commit();
    expect(treeHashes(dist)).toEqual(
      treeHashes(site({ 'a/index.html': 'new a', 'b/index.html': 'old b', 'c/d/index.html': 'new c' })),
    );
    expect(fs.existsSync(path.join(dist, 'gone'))).toBe(false);
    expect(fs.existsSync(publishWorkDir(dist))).toBe(false);
  });

  test('a page hard-linked elsewhere (the tree a build replaced) is replaced, never written through', () => {
    const dist = site({ 'a/index.html': 'old a' });
    const elsewhere = path.join(path.dirname(dist), 'linked.html');
    fs.linkSync(path.join(dist, 'a/index.html'), elsewhere);
    const tx = new DistTransaction(dist);
    tx.stage('a/index.html', Buffer.from('new a'));
    tx.goLive();
    tx.commit();
    expect(read(dist, 'a/index.html')).toBe('new a');
    expect(fs.readFileSync(elsewhere, 'utf8')).toBe('old a');
  });

  test('a rollback leaves the live site exactly as it was, folders and swapped search index included', () => {
    const dist = site({ 'a/index.html': 'old a', 'pagefind/x.js': 'old index', 'gone/index.html': 'gone' });
    const before = treeHashes(dist);
    const tx = new DistTransaction(dist);
    tx.stage('a/index.html', Buffer.from('new a'));
    tx.stage('n/e/w/index.html', Buffer.from('new'));
    tx.goLive([], ['gone/index.html']);
    const index = path.join(tx.work, 'search', 'pagefind');
    fs.mkdirSync(index, { recursive: true });
    fs.writeFileSync(path.join(index, 'x.js'), 'new index');
    tx.swapDir('pagefind', index);
    expect(read(dist, 'pagefind/x.js')).toBe('new index');
    tx.rollBack();
    expect(treeHashes(dist)).toEqual(before);
    expect(fs.existsSync(path.join(dist, 'n'))).toBe(false);
    expect(fs.existsSync(publishWorkDir(dist))).toBe(false);
  });

  test('a publisher killed mid-publish is rolled back from its journal when it starts again', () => {
    const dist = site({ 'a/index.html': 'old a', 'b/index.html': 'old b' });
    const before = treeHashes(dist);
    const tx = new DistTransaction(dist);
    tx.stage('a/index.html', Buffer.from('new a'));
    tx.stage('z/index.html', Buffer.from('new z'));
    tx.goLive([], ['b/index.html']);
    // No commit, no rollback: the process died here.
    expect(recoverDist(dist)).toBe(true);
    expect(treeHashes(dist)).toEqual(before);
    expect(fs.existsSync(publishWorkDir(dist))).toBe(false);
    expect(recoverDist(dist)).toBe(false);
  });

  test('unchanged bytes are recognised, so an unchanged page is not written again', () => {
    const dist = site({ 'a/index.html': 'same' });
    const tx = new DistTransaction(dist);
    expect(tx.unchanged('a/index.html', Buffer.from('same'))).toBe(true);
    expect(tx.unchanged('a/index.html', Buffer.from('other'))).toBe(false);
    expect(tx.unchanged('missing.html', Buffer.from('same'))).toBe(false);
    tx.commit();
  });
});
