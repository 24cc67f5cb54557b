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
 * A wall: imports that code under `src/` must not make, with the message that says why. `from` is a glob (or a list)
 * of files the wall holds for, `except` what it leaves out. A relative import is caught by its path's segments, not
 * resolved: `^(\.\./)+data/` is `../../data/x.ts` from any depth, and no folder inside a room is called data, pages,
 * components, layouts or tests (house-rules.test.ts shows a neighbour such as `../archive/slug.ts` passes).
 * @typedef {{ name: string; from: string[]; except?: string[]; paths?: { name: string; message: string }[];
 *   patterns?: { regex: string; message: string }[] }} Wall
 */

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
        regex: `^(node:.*|${builtinModules.join('|')})$`,
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
    name: 'nothing in src/ imports tests/',
    from: ['src/**'],
    patterns: [
      {
        regex: '^(\\.\\./)+tests(/|$)',
        message: `Code under src/ never imports from tests/ (tests/support/ is code only tests and benchmarks use; ${ROOM_MAP}).`,
      },
    ],
  },
];

/**
 * The base path has one reader (src/lib/site/base.ts, as Starlight's utils/base.ts): a second reader is how a link
 * that works at the domain root breaks under /news/.
 */
export const BASE_PATH_WALL = {
  name: 'the base path read in one place',
  reader: 'src/lib/site/base.ts',
  message: `import.meta.env.BASE_URL is read only in src/lib/site/base.ts: import { base, siteHref } from there (${ROOM_MAP}).`,
};

/**
 * One config object per group of folders, with every wall that holds there: ESLint does not merge a rule's options
 * across config objects (the last match wins), so the walls of one file have to be in one `no-restricted-imports`.
 * @returns {import('eslint').Linter.Config[]}
 */
function wallConfigs() {
  const scopes = [
    { files: ['src/data/**'], sample: 'src/data/x.ts' },
    { files: ['src/lib/**'], sample: 'src/lib/x/x.ts' },
    { files: ['src/client/**'], sample: 'src/client/x.ts' },
    { files: ['src/content.config.ts'], sample: 'src/content.config.ts' },
  ];
  const other = {
    files: ['src/**'],
    ignores: scopes.flatMap((scope) => scope.files),
    sample: 'src/pages/x.ts',
  };
  return [...scopes, other].map(({ sample, ...scope }) => {
    const walls = WALLS.filter((wall) => matches(sample, wall.from) && !matches(sample, wall.except ?? []));
    return {
      name: `gazette/walls ${scope.files.join(', ')}`,
      ...scope,
      rules: {
        'no-restricted-imports': [
          'error',
          {
            paths: walls.flatMap((wall) => wall.paths ?? []),
            patterns: walls.flatMap((wall) => wall.patterns ?? []),
          },
        ],
      },
    };
  });
}

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
    name: 'gazette/walls base path',
    files: ['src/**'],
    ignores: [BASE_PATH_WALL.reader],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "MemberExpression[object.property.name='env'][object.object.type='MetaProperty'][property.name='BASE_URL']",
          message: BASE_PATH_WALL.message,
        },
      ],
    },
  },
);
