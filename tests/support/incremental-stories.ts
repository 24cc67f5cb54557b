/**
 * Hand-written stories for the incremental-build tests (tests/build/incremental.test.ts), beside the generated
 * corpus: one citing a story Gazette does not carry yet, and one whose anniversary a test moves the clock across.
 */

/**
 * A story's Markdown file; `related` adds a Related link, in the list and inline, and `photo` a photo in the body (a
 * file beside the story, "./diagram.svg").
 */
export function markdown({
  slug,
  published,
  headline,
  author = 'ada-okafor',
  related,
  photo,
}: {
  slug: string;
  published: string;
  headline: string;
  author?: string;
  related?: string;
  photo?: string;
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
    ...(photo ? [`![A diagram of the talks](${photo})`, ''] : []),
    'The talks will resume next week.',
    '',
  ].join('\n');
}

/** A small SVG diagram in one colour: change the colour and the bytes change, the name and size do not. */
export function diagramSvg(colour: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="60" viewBox="0 0 120 60"><rect width="120" height="60" fill="${colour}"/></svg>\n`;
}
