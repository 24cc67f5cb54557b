/**
 * How many clicks each page of a built site is from its front page, as a reader or a crawler finds out: breadth
 * first from `/`, following every link in each page's HTML to another page of the site. The archive's promise is
 * that every story is within three clicks (front page, year, the month's page, story), however large the site and
 * however busy a month; the archive test and the 10,000-story bench both hold it to that. Tests and benchmarks only.
 */
import fs from 'node:fs';
import path from 'node:path';
import { tags } from './built-site.ts';
import { isArticlePath } from './listing-reader.ts';

/** The promise: no story further than this from the front page. */
export const MAX_CLICKS = 3;

export type ClickDepths = {
  /** Every page reached, by its site path, with its distance from `/` in clicks. */
  depth: Map<string, number>;
  /** Stories (permalinks) not reached within MAX_CLICKS, nearest first, then by path. */
  tooDeep: string[];
  /** The greatest number of clicks any story needed (Infinity when one cannot be reached at all). */
  deepestStory: number;
  stories: number;
};

/** The built file of a site path, or undefined when the build has no page there. */
function pageFile(dist: string, sitePath: string): string | undefined {
  const file = path.join(dist, decodeURIComponent(sitePath), 'index.html');
  return fs.existsSync(file) ? file : undefined;
}

/** The site paths a page links to: `href`s that start with "/", without the fragment. */
function linksOf(html: string): string[] {
  return tags(html, 'a')
    .map((a) => a.href?.split('#')[0])
    .filter((h): h is string => Boolean(h?.startsWith('/') && !h.startsWith('//')));
}

/** Crawls `dist` from its front page, breadth first, and measures every story's distance from it. */
export function clickDepths(dist: string, stories: readonly string[]): ClickDepths {
  const depth = new Map([['/', 0]]);
  let frontier = ['/'];
  for (let d = 1; frontier.length > 0; d++) {
    const next: string[] = [];
    for (const page of frontier) {
      const file = pageFile(dist, page);
      if (!file) continue;
      for (const href of linksOf(fs.readFileSync(file, 'utf8'))) {
        if (depth.has(href) || !pageFile(dist, href)) continue;
        depth.set(href, d);
        next.push(href);
      }
    }
    frontier = next;
  }
  const distance = (s: string) => depth.get(s) ?? Number.POSITIVE_INFINITY;
  return {
    depth,
    tooDeep: stories
      .filter((s) => distance(s) > MAX_CLICKS)
      .sort((a, b) => distance(a) - distance(b) || a.localeCompare(b)),
    deepestStory: Math.max(0, ...stories.map(distance)),
    stories: stories.length,
  };
}

/** Every story page in a build: the permalinks under `dist`. */
export function storyPaths(dist: string, pages: readonly string[]): string[] {
  return pages.filter((p) => isArticlePath(p) && pageFile(dist, p) !== undefined);
}

/** The line a failing check prints: the first story too deep, and how deep it is. */
export function describeTooDeep({ depth, tooDeep }: ClickDepths): string {
  if (tooDeep.length === 0) return `every story is within ${MAX_CLICKS} clicks of the front page`;
  const first = tooDeep[0];
  const clicks = depth.get(first);
  return `${tooDeep.length} stories are more than ${MAX_CLICKS} clicks from the front page; the first is ${first} (${clicks === undefined ? 'not reachable at all' : `${clicks} clicks`})`;
}
