import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { BuildCache } from '../../../src/lib/publish/build-cache.ts';
import { type BuildManifest, readManifest, reusableOutputs } from '../../../src/lib/incremental/reuse-output.ts';
import { scratchDir } from '../../support/scratch.ts';

const COMPONENT = 'src/pages/[...permalink].astro';
function setUp() {
  const cache = scratchDir('publish-cache');
  const manifest: BuildManifest = {
    version: 1,
    configHash: 'c',
    lockfileHash: 'l',
    routes: {
      [COMPONENT]: {
        dependencyHash: 'd',
        paths: {
          '/a/': { cacheKey: 'a1', outputFile: 'a/index.html' },
          '/gone/': { cacheKey: 'g1', outputFile: 'gone/index.html' },
        },
      },
    },
  };
  for (const [file, text] of [
    ['dist/a/index.html', 'a1'],
    ['dist/gone/index.html', 'g1'],
  ]) {
    fs.mkdirSync(path.dirname(path.join(cache, file)), { recursive: true });
    fs.writeFileSync(path.join(cache, file), text);
  }
  const live = path.join(cache, 'live-dist-manifest.json');
  fs.writeFileSync(path.join(cache, 'incremental-build.json'), JSON.stringify(manifest));
  fs.writeFileSync(live, JSON.stringify(manifest));
  return { cache, live, build: new BuildCache(cache, live, structuredClone(manifest)) };
}

test('while a publish changes the live site no build can link from it, and a rollback restores that', () => {
  const { live, build } = setUp();
  const before = fs.readFileSync(live, 'utf8');
  build.begin();
  expect(fs.existsSync(live)).toBe(false);
  build.rollBack();
  expect(fs.readFileSync(live, 'utf8')).toBe(before);
});

test("a recorded publish leaves Astro's manifest, its copies and the live manifest agreeing on the new keys", () => {
  const { cache, live, build } = setUp();
  build.begin();
  build.record(
    [
      { component: COMPONENT, pathname: '/a/', cacheKey: 'a2', outputFile: 'a/index.html', body: Buffer.from('a2') },
      {
        component: COMPONENT,
        pathname: '/new/',
        cacheKey: 'n1',
        outputFile: 'new/index.html',
        body: Buffer.from('n1'),
      },
    ],
    [{ component: COMPONENT, pathname: '/gone/', outputFile: 'gone/index.html' }],
  );
  const astro = readManifest(path.join(cache, 'incremental-build.json'))!;
  expect(astro.routes[COMPONENT].paths).toEqual({
    '/a/': { cacheKey: 'a2', outputFile: 'a/index.html' },
    '/new/': { cacheKey: 'n1', outputFile: 'new/index.html' },
  });
  expect(fs.readFileSync(path.join(cache, 'dist/a/index.html'), 'utf8')).toBe('a2');
  expect(fs.readFileSync(path.join(cache, 'dist/new/index.html'), 'utf8')).toBe('n1');
  expect(fs.existsSync(path.join(cache, 'dist/gone/index.html'))).toBe(false);
  // The next build links every page the publisher left, since both manifests describe it.
  expect([...reusableOutputs(astro, readManifest(live))].sort()).toEqual(['a/index.html', 'new/index.html']);
  expect(build.cacheKey(COMPONENT, '/a/')).toBe('a2');
});
