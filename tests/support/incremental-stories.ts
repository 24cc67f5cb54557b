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

/**
 * A live story for the incremental tests: `articles/extra/live.md`, covered from 28 December 2024 (UTC), and the
 * update files of its updates folder, `live.updates/<id>.md`, one an hour: `count` of them fill two pages at 21 or
 * more. The second is pinned and the third a key event.
 */
export const LIVE_STORY = 'articles/extra/live.md';
export const LIVE_UPDATES = 'articles/extra/live.updates';
export const LIVE_PAGE = '2024/12/28/live-story/';

export function liveStory(end?: string): string {
  return [
    '---',
    'headline: "A live story for the incremental build tests"',
    'standfirst: "Updates through the day."',
    'slug: live-story',
    'author: ada-okafor',
    'published: "2024-12-28T08:00:00Z"',
    'timeZone: UTC',
    'section: World',
    'tags: [Sahel]',
    'live:',
    '  start: "2024-12-28T08:00:00Z"',
    ...(end ? [`  end: "${end}"`] : []),
    '---',
    '',
    'The talks are followed live.',
    '',
  ].join('\n');
}

/** Update `n` (0 = the oldest): its id and its file. */
export function liveUpdate(n: number, body = `Update number ${n} from the talks.`): { id: string; text: string } {
  const at = new Date(Date.UTC(2024, 11, 28, 9) + n * 3_600_000);
  const id = at.toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
  const text = [
    '---',
    `published: "${at.toISOString().slice(0, 19)}Z"`,
    'author: chen-wei',
    ...(n === 1 ? ['headline: "What we know so far"', 'pinned: true'] : []),
    ...(n === 2 ? ['headline: "The talks open"', 'key: true'] : []),
    '---',
    '',
    body,
    '',
  ].join('\n');
  return { id, text };
}
