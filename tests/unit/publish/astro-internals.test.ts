/**
 * The warm publisher relies on parts of Astro that are not public API (src/lib/publish/astro-internals.ts). Astro is
 * pinned exactly; after an upgrade this fails, naming each internal that moved or changed, before any publish does.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { checkAstroInternals, PINNED_ASTRO } from '../../../src/lib/publish/astro-internals.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');

test('astro is pinned to one exact version in package.json, the one the internals were read in', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  expect(
    pkg.devDependencies.astro,
    'no caret or range: an upgrade is a decision (docs/decisions/048-warm-publisher.md)',
  ).toBe(PINNED_ASTRO);
});

test('every Astro internal the warm publisher relies on is where it was read, by name', async () => {
  expect(await checkAstroInternals()).toEqual([]);
});
