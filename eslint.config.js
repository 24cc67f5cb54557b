// @ts-check
/**
 * ESLint: real mistakes (the recommended rules of ESLint, typescript-eslint and eslint-plugin-astro), and the walls
 * between the rooms of src/ (src/lib/README.md, "the room map"), each an error whose message says where the code
 * belongs. Formatting is Prettier's (prettier.config.ts), not ESLint's.
 *
 * Plain JavaScript, not eslint.config.ts: ESLint 10 loads a TypeScript config only through jiti or behind an
 * unstable flag, and editors' ESLint extensions pass no flag. `// @ts-check` keeps it type-checked by `astro check`.
 */
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const ROOM_MAP = 'src/lib/README.md: the room map';

/**
 * A wall: what code under `from` must not do, with the message that says where the code belongs; `except` what it
 * leaves out. Globs are a folder (`dir/**`) or one file. Imports are refused by module name (`paths`) or by a regular
 * expression of the specifier (`patterns`), wherever a module is named: `import … from`, `export … from`, `import()`
 * and TypeScript's `import('…')` types alike (a specifier built at run time cannot be seen). `syntax` refuses anything
 * else, as an ESLint selector. A relative import is caught by its path's segments, not resolved: `^(\.\./)+data/` is
 * `../../data/x.ts` from any depth, and no folder inside a room is called data, pages, components, layouts or tests
 * (tests/unit/house/rules.test.ts shows a neighbour such as `../archive/slug.ts` passes).
 * @typedef {{ name: string; from: string[]; except?: string[]; paths?: { name: string; message: string }[];
 *   patterns?: { regex: string; message: string }[]; syntax?: { selector: string; message: string }[] }} Wall
 */

/** Node's modules, by name: `node:*` or a bare builtin such as `fs` or `fs/promises`. */
const NODE_MODULE = `^(node:.*|${builtinModules.join('|')})$`;

/**
 * The base path has one reader (src/lib/site/base.ts, as Starlight's utils/base.ts): a second reader is how a link
 * that works at the domain root breaks under /news/. `import.meta.env` is read elsewhere only value by value, by name
 * (`import.meta.env.DEV`), so that no destructuring, alias or computed key can reach BASE_URL unseen.
 */
export const BASE_PATH_WALL = {
  name: 'the base path read in one place',
  reader: 'src/lib/site/base.ts',
  message: `import.meta.env.BASE_URL is read only in src/lib/site/base.ts: import { base, siteHref } from there (${ROOM_MAP}).`,
  whole: `import.meta.env is read only value by value, by name (import.meta.env.DEV), so that the base path keeps its one reader; BASE_URL comes from src/lib/site/base.ts (${ROOM_MAP}).`,
};

/** @type {Wall[]} */
export const WALLS = [
  {
    name: 'astro:content only in src/data/',
    from: ['src/**'],
    except: ['src/data/**', 'src/content.config.ts'],
    paths: [
      {
        name: 'astro:content',
        message: `astro:content is read only in src/data/ (and defined in src/content.config.ts): ask a src/data/ module instead (${ROOM_MAP}).`,
      },
    ],
  },
  {
    name: 'no Node modules in browser code',
    from: ['src/client/**'],
    patterns: [
      {
        regex: NODE_MODULE,
        message: `src/client/ is browser code and cannot import Node's modules (node:* or a bare builtin such as 'fs'); do that work at build time in src/lib/ (${ROOM_MAP}).`,
      },
    ],
  },
  {
    name: 'src/lib/ stands alone',
    from: ['src/lib/**'],
    patterns: [
      {
        regex: '^(\\.\\./)+(src/)?(data|pages|components|layouts)(/|$)',
        message: `src/lib/ is the site's logic and never imports from src/data/, src/pages/, src/components/ or src/layouts/: they ask src/lib/, not the other way round (${ROOM_MAP}).`,
      },
    ],
  },
  {
    name: 'src/lib/article/ reads no files',
    from: ['src/lib/article/**'],
    patterns: [
      {
        regex: `${NODE_MODULE}|^(\\.\\./)+content(/|$)`,
        message: `src/lib/article/ is pure (age.ts runs in the browser too) and src/lib/content/ builds on it: no Node modules and no src/lib/content/ here; read the file there and pass what it holds in (${ROOM_MAP}).`,
      },
    ],
  },
  {
    name: 'nothing in src/ imports tests/',
    from: ['src/**'],
    patterns: [
      {
        regex: '^(\\.\\./)+tests(/|$)',
        message: `Code under src/ never imports from tests/ (tests/support/ is code only tests and benchmarks use; ${ROOM_MAP}).`,
      },
    ],
  },
  {
    name: BASE_PATH_WALL.name,
    from: ['src/**'],
    except: [BASE_PATH_WALL.reader],
    syntax: [
      {
        selector:
          "MemberExpression[property.name='BASE_URL'][object.type='MemberExpression'][object.object.type='MetaProperty'][object.property.name='env']",
        message: BASE_PATH_WALL.message,
      },
      // `const { BASE_URL } = import.meta.env`, `const env = import.meta.env`, `import.meta.env['BASE_URL']`, and the
      // same one step up through `import.meta` itself.
      ...[
        "MemberExpression[object.type='MetaProperty'][property.name='env']",
        "MetaProperty[meta.name='import'][property.name='meta']",
      ].map((node) => ({
        selector: `${node}:not(MemberExpression[computed=false] > .object)`,
        message: BASE_PATH_WALL.whole,
      })),
    ],
  },
  {
    name: 'markup escaped in one place',
    from: ['src/**', 'scripts/**', 'bench/**', 'tests/**'],
    except: ['src/lib/markup/**'],
    syntax: [
      {
        selector: 'Literal[value=/^&(amp|lt);$/], TemplateElement[value.cooked=/^&(amp|lt);$/]',
        message: `Text is escaped for HTML, XML and SVG in one place: import escapeMarkup (attribute values) or escapeText (element content) from src/lib/markup/escape.ts (${ROOM_MAP}).`,
      },
    ],
  },
];

/** The longest a `.ts`, `.astro` or `.css` file under src/ or scripts/ may be, in lines: past it, split along a seam. */
export const MAX_LINES = 220;

/**
 * A regular expression's source as an ESLint selector writes it, between slashes.
 * @param {string} regex
 */
const selectorRegex = (regex) => `/${regex.replace(/\//g, '\\/')}/`;

/**
 * The selectors that refuse a wall's modules where `no-restricted-imports` does not look: `import()`, written with
 * quotes or as a template whose text starts with the module, and TypeScript's `import('…')` types.
 * @param {Wall} wall
 */
function dynamicImportSyntax(wall) {
  const names = (wall.paths ?? []).map(({ name, message }) => ({
    regex: `^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`,
    message,
  }));
  return [...names, ...(wall.patterns ?? [])].map(({ regex, message }) => {
    const re = selectorRegex(regex);
    return {
      selector: [
        `ImportExpression[source.value=${re}]`,
        `ImportExpression[source.quasis.0.value.cooked=${re}]`,
        `TSImportType[source.value=${re}]`,
      ].join(', '),
      message,
    };
  });
}

/**
 * One config object per scope, with every wall that holds there: ESLint does not merge a rule's options across config
 * objects (the last match wins), so the walls of one file have to be in one `no-restricted-imports` and one
 * `no-restricted-syntax`. The scopes are the walls' own globs, the most specific first; each leaves out the ones inside
 * it, so every file gets exactly one.
 * @returns {import('eslint').Linter.Config[]}
 */
function wallConfigs() {
  const globs = [...new Set(WALLS.flatMap((wall) => [...wall.from, ...(wall.except ?? [])]))];
  /** @type {(glob: string, outer: string) => boolean} */
  const inside = (glob, outer) => outer !== glob && matches(sampleOf(glob), [outer]);
  /** @type {(glob: string) => number} */
  const depth = (glob) => glob.split('/').length + (glob.endsWith('/**') ? 0 : 1);
  return globs
    .sort((a, b) => depth(b) - depth(a) || a.localeCompare(b))
    .map((glob) => {
      const sample = sampleOf(glob);
      const walls = WALLS.filter((wall) => matches(sample, wall.from) && !matches(sample, wall.except ?? []));
      return {
        name: `gazette/walls ${glob}`,
        files: [glob],
        ignores: globs.filter((other) => inside(other, glob)),
        rules: {
          'no-restricted-imports': [
            'error',
            {
              paths: walls.flatMap((wall) => wall.paths ?? []),
              patterns: walls.flatMap((wall) => wall.patterns ?? []),
            },
          ],
          'no-restricted-syntax': [
            'error',
            ...walls.flatMap((wall) => [...dynamicImportSyntax(wall), ...(wall.syntax ?? [])]),
          ],
        },
      };
    });
}

/**
 * A file that stands for every file a glob holds and nothing more specific: `dir/**` holds `dir/\0.ts`, which no
 * other glob names.
 * @param {string} glob
 */
const sampleOf = (glob) => (glob.endsWith('/**') ? `${glob.slice(0, -2)}\0.ts` : glob);

/**
 * Whether a sample path falls under one of these globs: `dir/**` or an exact file, the only forms the walls use.
 * @param {string} sample
 * @param {string[]} globs
 */
function matches(sample, globs) {
  return globs.some((glob) => (glob.endsWith('/**') ? sample.startsWith(glob.slice(0, -2)) : sample === glob));
}

export default defineConfig(
  globalIgnores([
    '.astro/',
    'dist/',
    '.dist-*/',
    '.cache/',
    'test-results/',
    'playwright-report/',
    'content/',
    'bench/results/',
    'bench/hugo/',
    // Fixtures are stories and exports whose bytes are the test; the worker modules are code.
    'tests/fixtures/*',
    '!tests/fixtures/workers/',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    name: 'gazette/node',
    languageOptions: { globals: globals.node },
  },
  {
    name: 'gazette/house',
    rules: {
      // `const { BASE_URL: _base, ...env } = process.env` leaves keys out of a copy on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      // `any` is written where untyped input (YAML, JSON, a stubbed module) is read, and `astro check`'s strict types
      // review the rest: its 75 findings on adoption were all such places, none a bug.
      '@typescript-eslint/no-explicit-any': 'off',
      // Every finding was a regex that finds or strips control characters (NUL, ESC) on purpose.
      'no-control-regex': 'off',
    },
  },
  {
    name: 'gazette/playwright',
    files: ['tests/e2e/**'],
    // Playwright reads a hook's fixtures from its first parameter's destructuring, so `({}, testInfo)` is required.
    rules: { 'no-empty-pattern': 'off' },
  },
  {
    name: 'gazette/browser',
    files: ['src/client/**', '**/*.astro/*.ts', '**/*.astro/*.js'],
    languageOptions: { globals: globals.browser },
  },
  wallConfigs(),
  {
    name: 'gazette/room size',
    files: ['src/**/*.ts', 'src/**/*.astro', 'scripts/**/*.ts'],
    rules: { 'max-lines': ['error', { max: MAX_LINES }] },
  },
);
