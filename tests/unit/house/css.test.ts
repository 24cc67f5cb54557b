/**
 * The CSS house rule holds itself: Stylelint (stylelint.config.mjs) refuses a physical side, size, unit or keyword in
 * a .css file or an .astro file's <style> block, and a four-value shorthand that sets left and right apart, naming the
 * flow-relative form to write instead; the same CSS written with logical properties passes. So a right-to-left page
 * mirrors without a second stylesheet (docs/decisions/046-logical-properties.md).
 */
import fs from 'node:fs';
import path from 'node:path';
import stylelint from 'stylelint';
import { describe, expect, test } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');

/** The errors Stylelint gives `code` as if it were the file at `file` (the file need not exist). */
async function errors(code: string, file = 'src/styles/x.css') {
  const { results } = await stylelint.lint({ code, codeFilename: path.join(root, file), cwd: root });
  return results[0].warnings.map(({ rule, text, line }) => ({ rule, text, line }));
}

const css = (declarations: string) => `.x {\n  ${declarations}\n}\n`;
const astro = (declarations: string) =>
  `---\nconst a = 1;\n---\n\n<p class="x">{a}</p>\n\n<style>\n  .x {\n    ${declarations}\n  }\n</style>\n`;

describe.each([
  { physical: 'margin-left: 1rem;', logical: 'margin-inline-start: 1rem;', says: '"margin-inline-start"' },
  { physical: 'padding-top: 1rem;', logical: 'padding-block-start: 1rem;', says: '"padding-block-start"' },
  { physical: 'border-right: 1px solid;', logical: 'border-inline-end: 1px solid;', says: '"border-inline-end"' },
  { physical: 'left: 0;', logical: 'inset-inline-start: 0;', says: '"inset-inline-start"' },
  { physical: 'max-width: 38rem;', logical: 'max-inline-size: 38rem;', says: '"max-inline-size"' },
  { physical: 'height: auto;', logical: 'block-size: auto;', says: '"block-size"' },
  { physical: 'font-size: 2vw;', logical: 'font-size: 2vi;', says: '"vi"' },
  { physical: 'text-align: left;', logical: 'text-align: start;', says: '"start"' },
  { physical: 'float: right;', logical: 'float: inline-end;', says: '"inline-end"' },
  {
    physical: 'transition: margin-left 1s;',
    logical: 'transition: margin-inline-start 1s;',
    says: '"margin-inline-start"',
  },
])('$physical', ({ physical, logical, says }) => {
  test('is an error in a .css file, naming the logical form', async () => {
    const found = await errors(css(physical));
    expect(found).toHaveLength(1);
    expect(found[0].text).toContain(says);
  });

  test('is an error in an .astro file, on its line of the <style> block', async () => {
    const found = await errors(astro(physical), 'src/components/X.astro');
    expect(found).toHaveLength(1);
    expect(found[0].line).toBe(9);
  });

  test(`written as ${logical} it passes`, async () => {
    expect(await errors(css(logical))).toEqual([]);
    expect(await errors(astro(logical), 'src/components/X.astro')).toEqual([]);
  });
});

describe('four-value shorthands (gazette/shorthand-sides)', () => {
  test.each([
    ['padding: 0.5rem 0 0.5rem 1rem;', 'padding-block: 0.5rem; padding-inline: 1rem 0;'],
    ['margin: 0 auto 0 var(--gutter);', 'margin-block: 0; margin-inline: var(--gutter) auto;'],
    ['inset: 0 auto auto 0;', 'inset-block: 0 auto; inset-inline: 0 auto;'],
    ['border-width: 1px 0 1px 3px;', 'border-block-width: 1px; border-inline-width: 3px 0;'],
  ])('%s is an error that says what to write: %s', async (shorthand, instead) => {
    const found = await errors(css(shorthand));
    expect(found).toEqual([expect.objectContaining({ rule: 'gazette/shorthand-sides' })]);
    expect(found[0].text).toContain(instead);
  });

  test('a rounded corner on one side only is an error', async () => {
    const found = await errors(css('border-radius: 2px 4px;'));
    expect(found.map((f) => f.rule)).toEqual(['gazette/shorthand-sides']);
    expect(found[0].text).toContain('border-start-start-radius');
  });

  test.each([
    'margin: 0 auto;',
    'padding: var(--space-2) var(--space-3) 0;',
    'padding: 1px calc(2px + 1%) 3px calc(2px + 1%);',
    'margin: 0 0 0 0 !important;',
    'border-radius: 4px 4px 0 0;',
    'border-radius: 50% / 10%;',
  ])('%s mirrors itself, and passes', async (shorthand) => {
    expect(await errors(css(shorthand))).toEqual([]);
  });
});

describe('what stays physical on purpose', () => {
  test('media queries ask for the viewport width (there is no inline-size media feature)', async () => {
    expect(await errors('@media (min-width: 40rem) {\n  .x {\n    display: grid;\n  }\n}\n')).toEqual([]);
  });

  test("a component prop named style is read as inline CSS: PublishedDate's is format", async () => {
    const page = (attribute: string) => `---\n---\n\n<PublishedDate date={d} ${attribute} />\n`;
    expect((await errors(page('style="date"'), 'src/components/X.astro')).map((f) => f.rule)).toEqual([
      'CssSyntaxError',
    ]);
    expect(await errors(page('format="date"'), 'src/components/X.astro')).toEqual([]);
  });
});

test('npm run lint:check runs Stylelint over every .css and .astro file under src/', () => {
  const { scripts } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  expect(scripts['lint:check']).toContain('lint:css');
  expect(scripts['lint:css']).toBe('stylelint "src/**/*.{css,astro}"');
});
