import { expect, test } from 'vitest';
import { buildInternalIndex, canonicalKey, resolveRelated } from '../../../src/lib/article/related.ts';

const ours = 'https://www.vice.com/en/article/7xjyya/al-qaeda-militants';
const index = buildInternalIndex([
  { sourceUrl: ours, href: '/news/2015/01/06/al-qaeda-militants/' },
  { href: '/news/2016/01/01/original-reporting/' },
]);

test('a related story we carry links to our copy; others keep their URL', () => {
  expect(
    resolveRelated(
      [
        { title: 'Ours', url: `${ours}/` },
        { title: 'Theirs', url: 'https://example.org/elsewhere' },
      ],
      index,
    ),
  ).toEqual([
    { title: 'Ours', url: `${ours}/`, href: '/news/2015/01/06/al-qaeda-militants/', internal: true },
    { title: 'Theirs', url: 'https://example.org/elsewhere', href: 'https://example.org/elsewhere', internal: false },
  ]);
});

test('canonicalKey ignores fragments, trailing slashes and host case', () => {
  expect(canonicalKey('https://WWW.Vice.com/a/b/#x')).toBe(canonicalKey('https://www.vice.com/a/b'));
  expect(canonicalKey('https://www.vice.com/a?b=1')).not.toBe(canonicalKey('https://www.vice.com/a'));
});
