import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  keyedOutputs,
  linkLiveOutputs,
  outputFileFor,
  readManifest,
  removeUnbuilt,
  reusableOutputs,
  unlinkBeforeWrite,
} from '../../../src/lib/incremental/reuse-output.ts';
import { scratchDir } from '../../support/scratch.ts';

function write(root: string, file: string, text: string) {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  fs.writeFileSync(path.join(root, file), text);
}

type Entry = { cacheKey: string; outputFile: string };
const manifest = (paths: Record<string, Entry>, extra: Record<string, unknown> = {}) => ({
  version: 1,
  configHash: 'c',
  lockfileHash: 'l',
  routes: { 'src/pages/x.astro': { dependencyHash: 'd', paths } },
  ...extra,
});
const entry = (outputFile: string, cacheKey = 'k'): Entry => ({ cacheKey, outputFile });

describe('reading the manifest Astro wrote', () => {
  test('the output file of every keyed path', () => {
    const dir = scratchDir('manifest');
    fs.writeFileSync(
      path.join(dir, 'm.json'),
      JSON.stringify(manifest({ '/a/': entry('a/index.html'), '/share/a/card.png': entry('share/a/card.png') })),
    );
    expect([...keyedOutputs(readManifest(path.join(dir, 'm.json')))].sort()).toEqual([
      'a/index.html',
      'share/a/card.png',
    ]);
  });

  test('no manifest from a missing, unreadable or unknown file, and no path that leaves the directory', () => {
    const dir = scratchDir('manifest');
    expect(readManifest(path.join(dir, 'none.json'))).toBeUndefined();
    fs.writeFileSync(path.join(dir, 'bad.json'), '{');
    expect(readManifest(path.join(dir, 'bad.json'))).toBeUndefined();
    fs.writeFileSync(path.join(dir, 'v2.json'), JSON.stringify(manifest({}, { version: 2 })));
    expect(readManifest(path.join(dir, 'v2.json'))).toBeUndefined();
    expect([
      ...keyedOutputs(
        manifest({
          '/x/': entry('../escape.html'),
          '/y/': entry('/etc/passwd'),
          '/ok/': entry('ok/index.html'),
        }) as any,
      ),
    ]).toEqual(['ok/index.html']);
  });
});

describe('reusableOutputs: only pages the live site holds as Astro’s manifest describes them', () => {
  const live = manifest({ '/a/': entry('a/index.html'), '/b/': entry('b/index.html', 'old') });

  test('a page whose key Astro recorded is the one that went live is reused; one recorded by a build that never went live is not', () => {
    // A build failed after Astro finished: it recorded b's new key, but the live site still has b's old page.
    const astro = manifest({ '/a/': entry('a/index.html'), '/b/': entry('b/index.html', 'new') });
    expect([...reusableOutputs(astro as any, live as any)]).toEqual(['a/index.html']);
  });

  test('nothing when either manifest is missing, or the config, lockfile or route code differ', () => {
    const astro = manifest({ '/a/': entry('a/index.html') });
    expect(reusableOutputs(undefined, live as any).size).toBe(0);
    expect(reusableOutputs(astro as any, undefined).size).toBe(0);
    expect(
      reusableOutputs(manifest({ '/a/': entry('a/index.html') }, { configHash: 'other' }) as any, live as any).size,
    ).toBe(0);
    expect(
      reusableOutputs(manifest({ '/a/': entry('a/index.html') }, { lockfileHash: 'other' }) as any, live as any).size,
    ).toBe(0);
    const otherCode = {
      ...astro,
      routes: { 'src/pages/x.astro': { dependencyHash: 'changed', paths: astro.routes['src/pages/x.astro'].paths } },
    };
    expect(reusableOutputs(otherCode as any, live as any).size).toBe(0);
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
    const linked = linkLiveOutputs(live, scratch, [
      'kept/index.html',
      'deleted/story/index.html',
      'rewritten/index.html',
    ]);
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
    // A rest parameter's endpoint gets a trailing slash under trailingSlash: 'always'; Astro writes the named file.
    ['/2026/10/31/live/updates.json/', 'endpoint', '2026/10/31/live/updates.json'],
    ['/2026/10/31/live/update/0815/index.html/', 'endpoint', '2026/10/31/live/update/0815/index.html'],
    ['/tags/c%C3%B4te/', 'page', 'tags/côte/index.html'],
  ])('%s (%s) is %s', (pathname, type, file) => {
    expect(outputFileFor(pathname, type)).toBe(file);
  });
});
