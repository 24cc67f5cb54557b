import { describeBadContent, file } from '../support/bad-content.ts';

/**
 * Updates and corrections out of time: each stops the build with the file and
 * the field named. The build's clock is the test clock, 2026-11-01T00:00:00Z.
 */
const cases: [name: string, message: string][] = [
  ['updated-before-published', `${file('updated-before-published')}: updated must not be earlier than published`],
  [
    'correction-before-published',
    `${file('correction-before-published')}: corrections[0].date must not be earlier than published; a story is corrected after it appears`,
  ],
  [
    'correction-after-clock',
    `${file('correction-after-clock')}: corrections[1].date is after the build's clock (2026-11-01T00:00:00.000Z); a correction cannot be dated in the future`,
  ],
  ['correction-empty-text', `${file('correction-empty-text')}: corrections[0].text must not be empty`],
];

describeBadContent('bad correction', cases);
