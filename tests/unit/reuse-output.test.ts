import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { keyedOutputs, linkLiveOutputs, outputFileFor, removeUnbuilt, unlinkBeforeWrite } from '../../src/lib/incremental/reuse-output.ts';
import { scratchDir } from '../support/scratch.ts';

function write(root: string, file: string, text: string) {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  fs.writeFileSync(path.join(root, file), text);
}

const manifest = (outputs: string[]) =>
  JSON.stringify({ version: 1, routes: { 'src/pages/x.astro': { paths: Object.fromEntries(outputs.map((o, i) => [`/p${i}/`, { cacheKey: 'k', outputFile: o }])) } } });

describe('keyedOutputs reads the output files Astro recorded', () => {
  test('every keyed path of every route', () => {
    const dir = scratchDir('manifest');
    fs.writeFileSync(path.join(dir, 'm.json'), manifest(['a/index.html', 'share/a/card.png']));
    expect([...keyedOutputs(path.join(dir, 'm.json'))].sort()).toEqual(['a/index.html', 'share/a/card.png']);
  });

  test('nothing from a missing, unreadable or unknown manifest, and no path that leaves the directory', () => {
    const dir = scratchDir('manifest');
    expect(keyedOutputs(path.join(dir, 'none.json')).size).toBe(0);
    fs.writeFileSync(path.join(dir, 'bad.json'), '{');
    expect(keyedOutputs(path.join(dir, 'bad.json')).size).toBe(0);
    fs.writeFileSync(path.join(dir, 'v2.json'), JSON.stringify({ ...JSON.parse(manifest(['a/index.html'])), version: 2 }));
    expect(keyedOutputs(path.join(dir, 'v2.json')).size).toBe(0);
    fs.writeFileSync(path.join(dir, 'out.json'), manifest(['../escape.html', '/etc/passwd', 'ok/index.html']));
    expect([...keyedOutputs(path.join(dir, 'out.json'))]).toEqual(['ok/index.html']);
  });
});

describe('linking the live site into the scratch directory', () => {
  test('links what exists, skips what does not, and shares the file rather than copying it', () => {
    const dir = scratchDir('link');
    const [live, scratch] = [path.join(dir, 'live'), path.join(dir, 'scratch')];
    write(live, 'a/index.html', 'A');
    const linked = linkLiveOutputs(live, scratch, ['a/index.html', 'gone/index.html']);
    expect([...linked]).toEqual(['a/index.html']);
    expect(fs.statSync(path.join(scratch, 'a/index.html')).ino).toBe(fs.statSync(path.join(live, 'a/index.html')).ino);
  });

  test('a page written again after unlinkBeforeWrite leaves the live file as it was', () => {
    const dir = scratchDir('link');
    const [live, scratch] = [path.join(dir, 'live'), path.join(dir, 'scratch')];
    write(live, 'a/index.html', 'old');
    linkLiveOutputs(live, scratch, ['a/index.html']);
    unlinkBeforeWrite(scratch, 'a/index.html');
    fs.writeFileSync(path.join(scratch, 'a/index.html'), 'new');
    expect(fs.readFileSync(path.join(live, 'a/index.html'), 'utf8')).toBe('old');
    expect(fs.readFileSync(path.join(scratch, 'a/index.html'), 'utf8')).toBe('new');
    // Nothing to unlink is not an error, and a path out of the directory is never touched.
    expect(() => unlinkBeforeWrite(scratch, 'never/index.html')).not.toThrow();
    unlinkBeforeWrite(scratch, '../live/a/index.html');
    expect(fs.existsSync(path.join(live, 'a/index.html'))).toBe(true);
  });

  test('removeUnbuilt drops linked pages the build neither kept nor rewrote, and their empty folders', () => {
    const dir = scratchDir('link');
    const [live, scratch] = [path.join(dir, 'live'), path.join(dir, 'scratch')];
    for (const f of ['kept/index.html', 'deleted/story/index.html', 'rewritten/index.html']) write(live, f, f);
    const linked = linkLiveOutputs(live, scratch, ['kept/index.html', 'deleted/story/index.html', 'rewritten/index.html']);
    // A page that lost its key but was rendered anyway is a new file, not the live one.
    unlinkBeforeWrite(scratch, 'rewritten/index.html');
    fs.writeFileSync(path.join(scratch, 'rewritten/index.html'), 'new');
    expect(removeUnbuilt(live, scratch, linked, new Set(['kept/index.html']))).toBe(1);
    expect(fs.existsSync(path.join(scratch, 'deleted'))).toBe(false);
    expect(fs.readFileSync(path.join(scratch, 'kept/index.html'), 'utf8')).toBe('kept/index.html');
    expect(fs.readFileSync(path.join(scratch, 'rewritten/index.html'), 'utf8')).toBe('new');
    expect(fs.readFileSync(path.join(live, 'deleted/story/index.html'), 'utf8')).toBe('deleted/story/index.html');
  });
});

describe('outputFileFor names the file Astro writes for a path (build.format "directory")', () => {
  test.each([
    ['/2015/06/11/story/', 'page', '2015/06/11/story/index.html'],
    ['/', 'page', 'index.html'],
    ['/tags/misseni/page/2/', 'page', 'tags/misseni/page/2/index.html'],
    ['/404', 'page', '404.html'],
    ['/404/', 'page', '404.html'],
    ['/rss.xml', 'endpoint', 'rss.xml'],
    ['/share/2015/06/11/story/card.png', 'endpoint', 'share/2015/06/11/story/card.png'],
    ['/tags/c%C3%B4te/', 'page', 'tags/côte/index.html'],
  ])('%s (%s) is %s', (pathname, type, file) => {
    expect(outputFileFor(pathname, type)).toBe(file);
  });
});
