/**
 * The house rules hold themselves: each wall between src/'s rooms (eslint.config.js) refuses a snippet that crosses
 * it, with a message that names the room map, and lets its neighbour through; Prettier's check refuses a file it
 * would rewrite, and leaves the files it must not touch alone.
 */
import path from 'node:path';
import { ESLint } from 'eslint';
import * as prettier from 'prettier';
import { beforeAll, describe, expect, test } from 'vitest';
import { BASE_PATH_WALL, WALLS } from '../../../eslint.config.js';

const root = path.resolve(import.meta.dirname, '../../..');
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

/** The errors ESLint gives `code` as if it were the file at `filePath` (the file need not exist). */
async function errors(code: string, filePath: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((message) => message.severity === 2);
}

const astroFile = (imports: string) => `---\n${imports}\n---\n<p>{String(x)}</p>\n`;

type Crossing = { wall: string; file: string; code: string; says: RegExp };

const crossings: Crossing[] = [
  {
    wall: 'astro:content only in src/data/',
    file: 'src/pages/x.ts',
    code: "import { getCollection } from 'astro:content';\nexport const all = getCollection('articles');\n",
    says: /astro:content is read only in src\/data\//,
  },
  {
    wall: 'astro:content only in src/data/',
    file: 'src/components/X.astro',
    code: astroFile(
      "import type { CollectionEntry } from 'astro:content';\nconst x: CollectionEntry<'articles'> | 1 = 1;",
    ),
    says: /astro:content is read only in src\/data\//,
  },
  {
    wall: 'astro:content only in src/data/',
    file: 'src/lib/archive/x.ts',
    code: "export { getEntry } from 'astro:content';\n",
    says: /astro:content is read only in src\/data\//,
  },
  {
    wall: 'no Node modules in browser code',
    file: 'src/client/x.ts',
    code: "import fs from 'node:fs';\nexport const read = fs.readFileSync;\n",
    says: /src\/client\/ is browser code and cannot import Node's modules/,
  },
  {
    wall: 'no Node modules in browser code',
    file: 'src/client/x.ts',
    code: "import { readFile } from 'fs/promises';\nexport const read = readFile;\n",
    says: /src\/client\/ is browser code and cannot import Node's modules/,
  },
  {
    wall: 'no Node modules in browser code',
    file: 'src/client/x.ts',
    code: "import path from 'path';\nexport const join = path.join;\n",
    says: /src\/client\/ is browser code and cannot import Node's modules/,
  },
  ...['data/articles.ts', 'pages/index.astro', 'components/Byline.astro', 'layouts/Base.astro'].map((target) => ({
    wall: 'src/lib/ stands alone',
    file: 'src/lib/archive/x.ts',
    code: `import thing from '../../${target}';\nexport default thing;\n`,
    says: /src\/lib\/ is the site's logic and never imports from src\/data\//,
  })),
  {
    wall: 'src/lib/ stands alone',
    file: 'src/lib/archive/deeper/x.ts',
    code: "import type { Teaser } from '../../../data/listing-page.ts';\nexport type T = Teaser;\n",
    says: /src\/lib\/ is the site's logic and never imports from src\/data\//,
  },
  {
    wall: 'src/lib/article/ reads no files',
    file: 'src/lib/article/x.ts',
    code: "import { readArticleBody } from '../content/reader.ts';\nexport const read = readArticleBody;\n",
    says: /src\/lib\/article\/ is pure/,
  },
  {
    wall: 'src/lib/article/ reads no files',
    file: 'src/lib/article/x.ts',
    code: "import fs from 'node:fs';\nexport const read = fs.readFileSync;\n",
    says: /src\/lib\/article\/ is pure/,
  },
  {
    wall: 'nothing in src/ imports tests/',
    file: 'src/lib/archive/x.ts',
    code: "import { scratchDir } from '../../../tests/support/scratch.ts';\nexport const dir = scratchDir;\n",
    says: /Code under src\/ never imports from tests\//,
  },
  {
    wall: 'nothing in src/ imports tests/',
    file: 'src/components/X.astro',
    code: astroFile("import { x } from '../../tests/support/x.ts';"),
    says: /Code under src\/ never imports from tests\//,
  },
  {
    wall: 'nothing in src/ imports tests/',
    file: 'src/data/x.ts',
    code: "import { x } from '../../tests/support/x.ts';\nexport const y = x;\n",
    says: /Code under src\/ never imports from tests\//,
  },
];

/** The module a snippet imports, for the test's name. */
const imported = (code: string) => /from '([^']+)'/.exec(code)?.[1];

describe.each(crossings.map((crossing) => ({ ...crossing, imports: imported(crossing.code) })))(
  '$wall: $file imports $imports',
  ({ file, code, says }) => {
    test('is an error that says where the code belongs and points to the room map', async () => {
      const found = await errors(code, file);
      expect(found).toHaveLength(1);
      expect(found[0].ruleId).toBe('no-restricted-imports');
      expect(found[0].message).toMatch(says);
      expect(found[0].message).toContain('src/lib/README.md: the room map');
    });
  },
);

/** The walls that refuse modules, as opposed to other syntax. */
const importWalls = WALLS.filter((wall) => wall.paths || wall.patterns).map((wall) => wall.name);

test('every wall that refuses modules is shown refusing at least one import', () => {
  expect(new Set(crossings.map((crossing) => crossing.wall))).toEqual(new Set(importWalls));
});

/**
 * The same crossings written where `no-restricted-imports` does not look: `import()`, with quotes or as a template,
 * and TypeScript's `import('…')` types. Each is refused with its wall's own message.
 */
const dynamicCrossings: Crossing[] = [
  {
    wall: 'astro:content only in src/data/',
    file: 'src/pages/x.ts',
    code: "export const all = async () => (await import('astro:content')).getCollection('articles');\n",
    says: /astro:content is read only in src\/data\//,
  },
  {
    wall: 'astro:content only in src/data/',
    file: 'src/components/X.astro',
    code: astroFile("const x: import('astro:content').CollectionEntry<'articles'> | 1 = 1;"),
    says: /astro:content is read only in src\/data\//,
  },
  {
    wall: 'no Node modules in browser code',
    file: 'src/client/x.ts',
    code: "export const read = () => import('node:fs');\n",
    says: /src\/client\/ is browser code and cannot import Node's modules/,
  },
  {
    wall: 'no Node modules in browser code',
    file: 'src/client/x.ts',
    code: 'export const read = () => import(`fs/promises`);\n',
    says: /src\/client\/ is browser code and cannot import Node's modules/,
  },
  {
    wall: 'src/lib/ stands alone',
    file: 'src/lib/archive/x.ts',
    code: 'export const page = (name: string) => import(`../../data/${name}.ts`);\n',
    says: /src\/lib\/ is the site's logic and never imports from src\/data\//,
  },
  {
    wall: 'src/lib/ stands alone',
    file: 'src/lib/archive/x.ts',
    code: "export type T = import('../../data/listing-page.ts').Teaser;\n",
    says: /src\/lib\/ is the site's logic and never imports from src\/data\//,
  },
  {
    wall: 'src/lib/article/ reads no files',
    file: 'src/lib/article/x.ts',
    code: "export const body = async (file: string) => (await import('../content/reader.ts')).readArticleBody(file);\n",
    says: /src\/lib\/article\/ is pure/,
  },
  {
    wall: 'nothing in src/ imports tests/',
    file: 'src/data/x.ts',
    code: "export const y = () => import('../../tests/support/x.ts');\n",
    says: /Code under src\/ never imports from tests\//,
  },
];

describe.each(dynamicCrossings)('$wall: $file imports dynamically or as a type', ({ file, code, says }) => {
  test(`is refused with the wall's message`, async () => {
    const found = await errors(code, file);
    expect(found).toHaveLength(1);
    expect(found[0].ruleId).toBe('no-restricted-syntax');
    expect(found[0].message).toMatch(says);
    expect(found[0].message).toContain('src/lib/README.md: the room map');
  });
});

test('every wall that refuses modules refuses them in import() too', () => {
  expect(new Set(dynamicCrossings.map((crossing) => crossing.wall))).toEqual(new Set(importWalls));
});

test('a dynamic import across no wall, and one the linter cannot read, pass', async () => {
  expect(await errors("export const x = () => import('../lib/site/url.ts');\n", 'src/data/x.ts')).toEqual([]);
  expect(await errors("export const x = () => import('node:fs');\n", 'src/lib/archive/x.ts')).toEqual([]);
  // A specifier made at run time (the search page's Pagefind bundle) cannot be judged; it is let through.
  expect(await errors('export const x = (b: string) => import(`${b}pagefind.js`);\n', 'src/client/x.ts')).toEqual([]);
});

describe(BASE_PATH_WALL.name, () => {
  test.each(['src/data/x.ts', 'src/lib/archive/x.ts', 'src/pages/x.ts'])(
    '%s reading BASE_URL is an error naming base.ts',
    async (file) => {
      const found = await errors('export const base = import.meta.env.BASE_URL;\n', file);
      expect(found).toHaveLength(1);
      expect(found[0].ruleId).toBe('no-restricted-syntax');
      expect(found[0].message).toContain('src/lib/site/base.ts');
      expect(found[0].message).toContain('src/lib/README.md: the room map');
    },
  );

  test('an .astro component reading it is refused too', async () => {
    const found = await errors(astroFile('const x = import.meta.env.BASE_URL;'), 'src/components/X.astro');
    expect(found.map((message) => message.ruleId)).toEqual(['no-restricted-syntax']);
  });

  test.each([
    ['destructured', 'const { BASE_URL } = import.meta.env;\nexport const base = BASE_URL;\n'],
    ['destructured under another name', 'const { BASE_URL: b } = import.meta.env;\nexport const base = b;\n'],
    ['read through an alias', 'const env = import.meta.env;\nexport const base = env.BASE_URL;\n'],
    ['read by a computed key', "export const base = import.meta.env['BASE_URL'];\n"],
    ['reached through import.meta', 'const { env } = import.meta;\nexport const base = env.BASE_URL;\n'],
  ])('import.meta.env %s is an error that says to read values by name', async (_, code) => {
    const found = await errors(code, 'src/lib/archive/x.ts');
    expect(found.map((message) => message.ruleId)).toEqual(['no-restricted-syntax']);
    expect(found[0].message).toBe(BASE_PATH_WALL.whole);
  });

  test('base.ts itself, and other env values elsewhere read by name, pass', async () => {
    expect(await errors('export const base = import.meta.env.BASE_URL;\n', BASE_PATH_WALL.reader)).toEqual([]);
    expect(
      await errors('const { BASE_URL } = import.meta.env;\nexport const b = BASE_URL;\n', BASE_PATH_WALL.reader),
    ).toEqual([]);
    expect(await errors('export const dev = import.meta.env.DEV;\n', 'src/pages/x.ts')).toEqual([]);
    expect(await errors('export const here = new URL(import.meta.url);\n', 'src/lib/archive/x.ts')).toEqual([]);
  });
});

describe('markup escaped in one place', () => {
  const wall = WALLS.find((w) => w.name === 'markup escaped in one place')!;

  test.each([
    'src/data/x.ts',
    'src/lib/seo/x.ts',
    'src/components/X.astro',
    'scripts/x.ts',
    'bench/lib/x.ts',
    'tests/support/x.ts',
  ])('%s escaping by hand is an error naming escape.ts', async (file) => {
    const code = file.endsWith('.astro')
      ? astroFile("const x = String(Astro.props.t).replace(/&/g, '&amp;');")
      : "export const xml = (s: string) => s.replace(/&/g, '&amp;');\n";
    const found = await errors(code, file);
    expect(found.map((message) => message.ruleId)).toEqual(['no-restricted-syntax']);
    expect(found[0].message).toBe(wall.syntax![0].message);
    expect(found[0].message).toContain('src/lib/markup/escape.ts');
  });

  test('a table of entities, or a template, is refused as well', async () => {
    const table = "const ENTITIES: Record<string, string> = { '<': '&lt;' };\nexport const e = ENTITIES;\n";
    expect(await errors(table, 'src/data/x.ts')).toHaveLength(1);
    expect(await errors('export const amp = `&amp;`;\n', 'src/data/x.ts')).toHaveLength(1);
  });

  test('escape.ts itself passes, and so do text that merely contains an entity and reading entities back', async () => {
    const escape = "export const e = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');\n";
    expect(await errors(escape, 'src/lib/markup/escape.ts')).toEqual([]);
    expect(await errors("export const t = 'Q&amp;A';\n", 'src/data/x.ts')).toEqual([]);
    expect(await errors("export const u = (s: string) => s.replace(/&amp;/g, '&');\n", 'tests/support/x.ts')).toEqual(
      [],
    );
  });
});

const allowed: { why: string; file: string; code: string }[] = [
  {
    why: 'src/data/ reads astro:content',
    file: 'src/data/x.ts',
    code: "import { getCollection } from 'astro:content';\nexport const all = getCollection('articles');\n",
  },
  {
    why: 'src/content.config.ts defines the collections',
    file: 'src/content.config.ts',
    code: "import { defineCollection, reference } from 'astro:content';\nexport const x = [defineCollection, reference];\n",
  },
  {
    why: 'a component takes its types from src/data/',
    file: 'src/components/X.astro',
    code: astroFile("import type { Teaser } from '../data/listing-page.ts';\nconst x: Teaser | 1 = 1;"),
  },
  {
    why: 'browser code uses src/lib/',
    file: 'src/client/x.ts',
    code: "import { searchState } from '../lib/search/url-state.ts';\nexport const s = searchState;\n",
  },
  {
    why: 'build code in src/lib/ uses Node',
    file: 'src/lib/archive/x.ts',
    code: "import fs from 'node:fs';\nexport const read = fs.readFileSync;\n",
  },
  {
    why: 'a room of src/lib/ uses another',
    file: 'src/lib/archive/x.ts',
    code: "import { slugify } from '../site/slug.ts';\nimport { x } from '../content/data.ts';\nexport const y = [slugify, x];\n",
  },
  {
    why: 'tests use their own support code',
    file: 'tests/unit/x.test.ts',
    code: "import { scratchDir } from '../support/scratch.ts';\nexport const dir = scratchDir;\n",
  },
];

test.each(allowed)('$why: no error', async ({ file, code }) => {
  expect(await errors(code, file)).toEqual([]);
});

describe('formatting (Prettier, with the repository config)', () => {
  test('a file Prettier would rewrite fails the check; the same file as Prettier writes it passes', async () => {
    const filepath = path.join(root, 'src/lib/site/x.ts');
    const options = { ...(await prettier.resolveConfig(filepath)), filepath };
    const bad = 'export const greeting = "hello"\nexport function f( a:number ){ return a+1 }\n';
    expect(await prettier.check(bad, options)).toBe(false);
    const good = await prettier.format(bad, options);
    expect(good).toBe("export const greeting = 'hello';\nexport function f(a: number) {\n  return a + 1;\n}\n");
    expect(await prettier.check(good, options)).toBe(true);
  });

  test('lines hold up to 120 columns before Prettier wraps them', async () => {
    const filepath = path.join(root, 'src/lib/site/x.ts');
    const options = { ...(await prettier.resolveConfig(filepath)), filepath };
    const line = (width: number) => `export const x = ['${'a'.repeat(width - 27)}', 'b'];\n`;
    expect(line(120)).toHaveLength(121);
    expect(await prettier.check(line(120), options)).toBe(true);
    expect(await prettier.check(line(121), options)).toBe(false);
  });

  test('.astro files are checked through prettier-plugin-astro', async () => {
    const filepath = path.join(root, 'src/components/X.astro');
    const options = { ...(await prettier.resolveConfig(filepath)), filepath };
    expect(await prettier.check('---\nconst a = "x"\n---\n<p>{a}</p>\n', options)).toBe(false);
    expect(await prettier.check("---\nconst a = 'x';\n---\n\n<p>{a}</p>\n", options)).toBe(true);
  });

  test.each([
    ['content/articles/2015/misseni-attack.md', true],
    ['README.md', true],
    ['tests/fixtures/bad/raw-script/articles/story.md', true],
    ['bench/results/build-scale-round14.json', true],
    ['vercel.json', true],
    ['package-lock.json', true],
    ['content/front.yaml', true],
    ['tests/fixtures/workers/square.ts', false],
    ['src/lib/site/url.ts', false],
    // The content room shares its folder's name with the newsroom's content/, which an unanchored pattern also matched.
    ['src/lib/content/reader.ts', false],
    ['src/lib/content/schema/story.ts', false],
  ])('%s is ignored: %s', async (file, ignored) => {
    const info = await prettier.getFileInfo(path.join(root, file), { ignorePath: path.join(root, '.prettierignore') });
    expect(info.ignored).toBe(ignored);
  });
});

test.each([
  ['content/articles/2015/misseni-attack.md', true],
  ['src/lib/content/reader.ts', false],
  ['src/lib/content/schema/story.ts', false],
])('ESLint ignores %s: %s', async (file, ignored) => {
  expect(await eslint.isPathIgnored(path.join(root, file))).toBe(ignored);
});
