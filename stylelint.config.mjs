// @ts-check
/**
 * Stylelint: the CSS under src/ (.css files and the <style> blocks of .astro files) names sides and sizes by the
 * flow of the text, not by the screen, so a right-to-left page mirrors without a second stylesheet (decision 046).
 * `margin-inline-start`, not `margin-left`; `inline-size`, not `width`; `vi`, not `vw`; `text-align: start`, not
 * `left`. Stylelint's own layout-mapping rules (since 17.10) find the physical names; `gazette/shorthand-sides`
 * below finds the physical sides a four-value shorthand hides (`padding: 0 0 0 1rem` is a left padding).
 *
 * Plain JavaScript with `// @ts-check`, as eslint.config.js: editors' Stylelint extensions load it without a flag.
 */
import stylelint from 'stylelint';

const {
  createPlugin,
  utils: { report, ruleMessages, validateOptions },
} = stylelint;

/** Shorthands whose four values are top, right, bottom, left: the second and fourth must match to mirror. */
const SIDE_SHORTHANDS = [
  'margin',
  'padding',
  'inset',
  'scroll-margin',
  'scroll-padding',
  'border-width',
  'border-style',
  'border-color',
];

/**
 * Splits a value at its top-level spaces (a space inside `calc()` or `var()` is not a split), dropping `!important`.
 * @param {string} value
 * @returns {string[]}
 */
export function topLevelValues(value) {
  const parts = [];
  let depth = 0;
  let current = '';
  for (const char of value.replace(/!\s*important\s*$/i, '').trim()) {
    if (char === '(') depth++;
    if (char === ')') depth--;
    if (/\s/.test(char) && depth === 0) {
      if (current) parts.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  if (current) parts.push(current);
  return parts;
}

/**
 * Whether a `border-radius` list (one side of its slash) rounds each corner as its mirror image: top-left as
 * top-right, bottom-left as bottom-right. Its one to four values fill the corners clockwise from top-left.
 * @param {string[]} radii
 */
function mirrorsItself(radii) {
  const [topLeft, topRight = topLeft, bottomRight = topLeft, bottomLeft = topRight] = radii;
  return topLeft === topRight && bottomLeft === bottomRight;
}

/**
 * The flow-relative shorthand for one axis: margin-block, inset-inline, but border-block-width.
 * @param {string} prop
 * @param {'block' | 'inline'} along
 */
function axis(prop, along) {
  return prop.startsWith('border-') ? prop.replace('border-', `border-${along}-`) : `${prop}-${along}`;
}

export const SHORTHAND_SIDES = 'gazette/shorthand-sides';

const messages = ruleMessages(SHORTHAND_SIDES, {
  sides: (/** @type {string} */ prop, /** @type {string} */ block, /** @type {string} */ inline) =>
    `"${prop}" with four values sets the left and right sides, which stay put in a right-to-left page: write ` +
    `${axis(prop, 'block')}: ${block}; ${axis(prop, 'inline')}: ${inline}; (start, then end) instead.`,
  radius: (/** @type {string} */ value) =>
    `"border-radius: ${value}" rounds the left and right corners differently, which stay put in a right-to-left ` +
    'page: write border-start-start-radius, border-start-end-radius, border-end-start-radius and ' +
    'border-end-end-radius instead.',
});

/** @type {import('stylelint').Rule} */
const shorthandSides = (primary) => (root, result) => {
  if (!validateOptions(result, SHORTHAND_SIDES, { actual: primary, possible: [true] })) return;
  root.walkDecls((decl) => {
    const prop = decl.prop.toLowerCase();
    if (SIDE_SHORTHANDS.includes(prop)) {
      const values = topLevelValues(decl.value);
      if (values.length !== 4 || values[1] === values[3]) return;
      const block = values[0] === values[2] ? values[0] : `${values[0]} ${values[2]}`;
      report({
        result,
        ruleName: SHORTHAND_SIDES,
        node: decl,
        word: decl.prop,
        message: messages.sides(prop, block, `${values[3]} ${values[1]}`),
      });
    } else if (prop === 'border-radius') {
      if (decl.value.split('/').some((half) => !mirrorsItself(topLevelValues(half)))) {
        report({
          result,
          ruleName: SHORTHAND_SIDES,
          node: decl,
          word: decl.prop,
          message: messages.radius(decl.value),
        });
      }
    }
  });
};
shorthandSides.ruleName = SHORTHAND_SIDES;
shorthandSides.messages = messages;

/** @type {import('stylelint').Config} */
export default {
  plugins: [createPlugin(SHORTHAND_SIDES, shorthandSides)],
  // Gazette's pages are written top to bottom, in lines that run left to right or right to left: this tells the
  // rules which flow-relative name a physical one stands for, for their messages and `stylelint --fix`.
  languageOptions: { directionality: { block: 'top-to-bottom', inline: 'left-to-right' } },
  rules: {
    'property-layout-mappings': 'flow-relative',
    'unit-layout-mappings': 'flow-relative',
    'value-keyword-layout-mappings': 'flow-relative',
    [SHORTHAND_SIDES]: true,
  },
  overrides: [{ files: ['**/*.astro'], customSyntax: 'postcss-html' }],
};
