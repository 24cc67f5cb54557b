/**
 * `npm run maps`: draws a locator map for every article whose frontmatter lists `places`, and writes it beside the
 * article as `<file name>-map.svg` (text as outlines, so sharp and every browser render it the same). Commit the SVG
 * and point `image.src` at it. The same entry always gives the same bytes.
 *
 * `npm run maps -- --check` writes nothing and fails if a committed map is missing or out of date.
 * Every entry is validated before anything is written, so a mistake leaves no map half-regenerated.
 */
import fs from 'node:fs';
import path from 'node:path';
import { contentDir } from '../src/lib/content/dir.ts';
import { formatIssue } from '../src/lib/content/issues.ts';
import { readStories } from '../src/lib/content/reader.ts';
import { renderLocatorMap } from '../src/lib/map/svg.ts';
import { loadMapSources } from '../src/lib/map/sources.ts';
import type { Place } from '../src/lib/map/places.ts';

const root = process.cwd();
const check = process.argv.includes('--check');

type Job = { file: string; out: string; places: Place[] };
const jobs: Job[] = [];
const errors: string[] = [];
// Each story's record (src/lib/content/story-record.ts): a map is drawn only from places the schema accepted.
for (const { file: rel, path: file, story, issues } of readStories(path.join(contentDir(), 'articles'), {
  cwd: root,
})) {
  const placeIssues = issues.filter((issue) => issue.path[0] === 'places');
  errors.push(...placeIssues.flatMap((issue) => formatIssue(rel, issue)));
  if (story?.places) jobs.push({ file, out: file.replace(/\.md$/, '-map.svg'), places: story.places });
}
if (errors.length) {
  console.error(`No maps written:\n${errors.join('\n')}`);
  process.exit(1);
}

const sources = loadMapSources();
const rendered = jobs.map((job) => {
  const event = job.places.find((p) => p.role === 'event') ?? job.places[0];
  try {
    return { ...job, svg: renderLocatorMap({ ...sources, places: job.places, title: `Locator map: ${event.name}` }) };
  } catch (error) {
    console.error(`No maps written: ${path.relative(root, job.file)}: ${(error as Error).message}`);
    process.exit(1);
  }
});

let stale = 0;
for (const { out, svg } of rendered) {
  const rel = path.relative(root, out);
  const current = fs.existsSync(out) ? fs.readFileSync(out, 'utf8') : undefined;
  if (current === svg) {
    console.log(`${rel}: up to date (${Buffer.byteLength(svg)} bytes)`);
  } else if (check) {
    console.error(`${rel}: ${current === undefined ? 'missing' : 'out of date'}; run npm run maps`);
    stale++;
  } else {
    fs.writeFileSync(out, svg);
    console.log(`${rel}: written (${Buffer.byteLength(svg)} bytes)`);
  }
}
if (jobs.length === 0) console.log('No article lists places; no maps to draw.');
process.exit(stale ? 1 : 0);
