/**
 * Prettier: the house style as the code was already written, so adopting the tool changed as little as possible.
 * Single quotes, semicolons, two spaces, trailing commas where ES5 and TypeScript allow them, 120 columns.
 * `npm run format` writes it; `npm test` fails on a file it would change (`npm run format:check`).
 */
import type { Config } from 'prettier';

const config: Config = {
  printWidth: 120,
  singleQuote: true,
  semi: true,
  tabWidth: 2,
  trailingComma: 'all',
  plugins: ['prettier-plugin-astro'],
  overrides: [{ files: '*.astro', options: { parser: 'astro' } }],
};

export default config;
