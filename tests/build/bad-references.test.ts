import { describeBadContent, file } from '../support/bad-content.ts';

/**
 * Entries that are well-formed but point at something that is not there. Astro
 * names no Markdown file for a missing image and only logs a missing reference;
 * the content check makes each one stop the build with the file named.
 */
const cases: [name: string, message: string][] = [
  [
    'missing-image-file',
    `${file('missing-image-file')}: image.src "./no-such-photo.jpg" does not exist (looked for tests/fixtures/bad/missing-image-file/articles/no-such-photo.jpg)`,
  ],
  [
    'missing-author',
    `${file('missing-author')}: author "no-such-reporter" is not in the authors collection (no no-such-reporter.yaml in tests/fixtures/bad/missing-author/authors)`,
  ],
  [
    'missing-author-in-list',
    `${file('missing-author-in-list')}: author[1] "no-such-reporter" is not in the authors collection (no no-such-reporter.yaml in tests/fixtures/bad/missing-author-in-list/authors)`,
  ],
  [
    'missing-related-entry',
    `${file('missing-related-entry')}: related[0].url "https://gazette.example/2019/01/15/no-such-story/" points to this site, but no article has the permalink /2019/01/15/no-such-story/`,
  ],
  [
    'duplicate-permalink',
    `${file('duplicate-permalink', 'second.md')}: slug and published give the permalink /2020/03/01/fixture-story/, which ${file('duplicate-permalink', 'first.md')} already has; change one slug`,
  ],
];

// The related story's URL is on this site only when the site is where it points.
describeBadContent('bad reference', cases, { SITE_URL: 'https://gazette.example' });
