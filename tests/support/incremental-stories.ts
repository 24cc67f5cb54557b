/**
 * Hand-written stories for the incremental-build tests (tests/build/incremental.test.ts), beside the generated
 * corpus: one citing a story Gazette does not carry yet, and one whose anniversary a test moves the clock across.
 */

/** A story's Markdown file; `related` adds a Related link, in the list and inline. */
export function markdown({
  slug,
  published,
  headline,
  author = 'ada-okafor',
  related,
}: {
  slug: string;
  published: string;
  headline: string;
  author?: string;
  related?: string;
}): string {
  return [
    '---',
    `headline: ${JSON.stringify(headline)}`,
    'standfirst: "A story written for the incremental build tests."',
    `slug: ${slug}`,
    `author: ${author}`,
    `published: "${published}"`,
    'timeZone: UTC',
    'dateline: "Dakar, XX"',
    'section: World',
    'tags: [Sahel]',
    ...(related ? ['related:', '  - title: The carried story', `    url: ${related}`] : []),
    'source:',
    '  publisher: Example Wire',
    `  url: https://example.org/news/${slug}`,
    '---',
    '',
    'The council met on Tuesday.',
    '',
    ...(related ? [`Related: [The carried story](${related})`, ''] : []),
    'The talks will resume next week.',
    '',
  ].join('\n');
}
