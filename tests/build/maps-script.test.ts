import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { ROOT } from '../support/build-fixture.ts';
import { scratchDir } from '../support/scratch.ts';

const FIXTURE = path.join(ROOT, 'tests/fixtures/locator-map');
const COMMITTED = path.join(FIXTURE, 'articles/mali-places-map.svg');

function maps(contentDir: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts/maps.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, GAZETTE_CONTENT_DIR: contentDir },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

function copyOf(dir: string): string {
  const scratch = scratchDir('maps');
  fs.cpSync(dir, scratch, { recursive: true });
  return scratch;
}

test('regenerating a committed map gives exactly the same bytes', () => {
  const scratch = copyOf(FIXTURE);
  const out = path.join(scratch, 'articles/mali-places-map.svg');
  fs.rmSync(out);
  const run = maps(scratch);
  expect(run.status, run.output).toBe(0);
  expect(fs.readFileSync(out)).toEqual(fs.readFileSync(COMMITTED));
}, 60_000);

test('--check passes on an up-to-date map and fails on a stale one, writing nothing', () => {
  expect(maps(FIXTURE, '--check').status).toBe(0);
  const scratch = copyOf(FIXTURE);
  const out = path.join(scratch, 'articles/mali-places-map.svg');
  fs.writeFileSync(out, fs.readFileSync(out, 'utf8').replace('Nampala', 'Nampara'));
  const stale = fs.readFileSync(out);
  const run = maps(scratch, '--check');
  expect(run.status).toBe(1);
  expect(run.output).toMatch(/mali-places-map\.svg: out of date; run npm run maps/);
  expect(fs.readFileSync(out)).toEqual(stale);
}, 60_000);

test('a place with an impossible latitude stops the script, naming the file and field, before any map is written', () => {
  const scratch = copyOf(path.join(ROOT, 'tests/fixtures/place-bad-latitude'));
  const run = maps(scratch);
  expect(run.status).toBe(1);
  expect(run.output).toMatch(/bad-latitude\.md: places\[0\]\.lat must be between -90 and 90/);
  expect(fs.readdirSync(path.join(scratch, 'articles'))).toEqual(['bad-latitude.md']);
}, 60_000);
