/**
 * The house's shape holds itself: no file under src/ or scripts/ grows past MAX_LINES lines (ESLint's `max-lines` for
 * `.ts` and `.astro`; this test for `.css`, which ESLint does not read), and no two files under src/ share a name
 * unless the list below says why, so a newcomer opening a file by name opens the one they meant.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, test } from 'vitest';
import { MAX_LINES } from '../../../eslint.config.js';
import { scratchDir } from '../../support/scratch.ts';

const root = path.resolve(import.meta.dirname, '../../..');

/** Lines in a text, as an editor numbers them: a last line without its newline counts, the newline itself does not. */
const lineCount = (text: string) => text.split('\n').length - (text.endsWith('\n') ? 1 : 0);

/** Every file under `dir` (relative to it, with forward slashes) whose name ends in `extension`. */
function filesUnder(dir: string, extension: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => f.split(path.sep).join('/'))
    .filter((f) => f.endsWith(extension))
    .sort();
}

/** The `.css` files under `dir` longer than MAX_LINES, with their length. */
function overLongCss(dir: string): [string, number][] {
  return filesUnder(dir, '.css')
    .map((f): [string, number] => [f, lineCount(fs.readFileSync(path.join(dir, f), 'utf8'))])
    .filter(([, lines]) => lines > MAX_LINES);
}

describe(`no file under src/ or scripts/ over ${MAX_LINES} lines`, () => {
  let eslint: ESLint;
  beforeAll(() => {
    eslint = new ESLint({ cwd: root });
  });
  const lines = (n: number) => Array.from({ length: n }, (_, i) => `export const x${i} = ${i};\n`).join('');
  const items = (n: number) => Array.from({ length: n }, (_, i) => `  ${i},\n`).join('');
  const astro = (n: number) => `---\nconst xs = [\n${items(n - 5)}];\n---\n<p>{xs.length}</p>\n`;
  const ruleIds = async (code: string, filePath: string) =>
    (await eslint.lintText(code, { filePath }))[0].messages.map((message) => message.ruleId);

  test.each([
    ['src/lib/archive/x.ts', lines],
    ['scripts/x.ts', lines],
    ['src/components/X.astro', astro],
  ])(`%s: ${MAX_LINES} lines pass, one more is an error`, async (file, make) => {
    expect(lineCount(make(MAX_LINES))).toBe(MAX_LINES);
    expect(await ruleIds(make(MAX_LINES), file)).toEqual([]);
    expect(await ruleIds(make(MAX_LINES + 1), file)).toEqual(['max-lines']);
  });

  test('tests and benchmarks are not held to it', async () => {
    expect(await ruleIds(lines(MAX_LINES + 1), 'tests/unit/x.test.ts')).toEqual([]);
  });

  test('a .css file over the limit is found', () => {
    const dir = scratchDir('css-lines');
    fs.mkdirSync(path.join(dir, 'styles'));
    const rules = (n: number) => Array.from({ length: n }, (_, i) => `.a${i} { margin: 0; }\n`).join('');
    fs.writeFileSync(path.join(dir, 'styles/short.css'), rules(MAX_LINES));
    fs.writeFileSync(path.join(dir, 'styles/long.css'), rules(MAX_LINES + 1));
    expect(overLongCss(dir)).toEqual([['styles/long.css', MAX_LINES + 1]]);
  });

  test('every .css file under src/ is within it', () => {
    expect(filesUnder(path.join(root, 'src'), '.css')).toContain('styles/global.css');
    expect(overLongCss(path.join(root, 'src'))).toEqual([]);
  });
});

/**
 * Names that stand in more than one place under src/ on purpose, each with its places. Anything else shared is a
 * file a newcomer would open by mistake: give one of them the name of what it holds.
 */
const SHARED_NAMES: Record<string, { why: string; places: string[] }> = {
  'README.md': { why: 'every room says what it owns', places: [] },
  'desk.ts': { why: "the desk's two halves: in the browser and in the build", places: ['client', 'integrations'] },
  'reuse-output.ts': { why: 'the integration and the logic it runs', places: ['integrations', 'lib/incremental'] },
  'onward.ts': {
    why: "the onward journeys' page model and their choosing (src/lib/archive/README.md)",
    places: ['data', 'lib/archive'],
  },
  'source.ts': {
    why: "the import's source interface and WordPress's implementation of it (src/lib/import/README.md)",
    places: ['lib/import', 'lib/import/wordpress'],
  },
  'layout.ts': {
    why: "a locator map's layout and a share card's, each in its room",
    places: ['lib/map', 'lib/share-card'],
  },
  'language.ts': {
    why: "which language each page speaks (the page model's) and what a language tag tells (src/lib/i18n/README.md)",
    places: ['data', 'lib/i18n'],
  },
};

test('no two files under src/ share a name but those that say why', () => {
  const src = path.join(root, 'src');
  const places = new Map<string, string[]>();
  for (const file of filesUnder(src, '')) {
    if (!fs.statSync(path.join(src, file)).isFile()) continue;
    const name = path.posix.basename(file);
    places.set(name, [...(places.get(name) ?? []), path.posix.dirname(file)].sort());
  }
  // Routes are named by the addresses they serve: src/pages/ holds many an index.astro and rss.xml.ts.
  const routes = (dirs: string[]) => dirs.every((dir) => dir === 'pages' || dir.startsWith('pages/'));
  const shared = Object.fromEntries([...places].filter(([, dirs]) => dirs.length > 1 && !routes(dirs)));
  expect(Object.keys(shared).sort()).toEqual(Object.keys(SHARED_NAMES).sort());
  for (const [name, { places: expected }] of Object.entries(SHARED_NAMES)) {
    if (expected.length > 0) expect(shared[name], name).toEqual(expected);
  }
});

/**
 * tests/unit/ is grouped as the code is: a folder per room of src/lib/ (tests/unit/desk/ for src/lib/desk/), one per
 * other folder of src/ it tests (data/, components/), and scripts/, bench/, support/ (tests of the tests' own helpers)
 * and house/ (these rules). A test file outside them has no room; put it in the room of the code it tests.
 */
test('every unit test lives in the folder of the room it tests', () => {
  const unit = path.join(root, 'tests/unit');
  const srcFolders = (dir: string) =>
    fs
      .readdirSync(path.join(root, dir), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
  const rooms = new Set([
    ...srcFolders('src/lib'),
    ...srcFolders('src').filter((f) => f !== 'lib'),
    'scripts',
    'bench',
    'support',
    'house',
  ]);
  const entries = fs.readdirSync(unit, { withFileTypes: true });
  expect(entries.filter((entry) => entry.isFile()).map((entry) => entry.name)).toEqual([]);
  const folders = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  expect(folders.filter((folder) => !rooms.has(folder))).toEqual([]);
  expect(folders.length).toBeGreaterThan(10);
});
