/**
 * The content check's rules for live coverage, each reported as "<file>: <field> <what is wrong>": an update on its own
 * (`checkUpdate`: its fields, its body, its file name, its corrections against the clock), then what only the tree as a
 * whole shows (`checkLive`): an updates folder with no story beside it or beside a story that is not live, an update
 * dated outside its story's coverage or with an offset its story's zone did not have, an update naming an author who
 * does not exist, and a second pinned update in one story. An update dated after the build's clock is not
 * a problem: it waits for a later build, as a scheduled story does (src/lib/live/coverage.ts). Plain Node.
 */
import { isoInZone, zoneOffset } from '../article/dates.ts';
import { futureCorrections } from '../trust/rules.ts';
import { checkBody } from './body-policy.ts';
import type { CheckedStory } from './check-file.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { formatIssue } from './issues.ts';
import type { UpdateRecord } from './update-reader.ts';
import { type Update, UPDATES_SUFFIX } from './schema/update.ts';

/** A live update whose fields passed: its story's entry id and its own id (the file name without ".md"). */
export type CheckedUpdate = { file: string; story: string; id: string; data: Update };

/** One update file's own problems, and its fields when they are valid. */
export type CheckedUpdateFile = { file: string; problems: string[]; valid?: CheckedUpdate };

/** An update's id goes into its address (`#update-<id>`, `…/update/<id>/`), so it is plain letters and digits. */
export const UPDATE_ID_PATTERN = /^[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+)*$/;

/**
 * Checks one live update on its own: its fields, its body against the stories' body policy, and its corrections
 * against the build's clock. What needs its story or the authors is live-check.ts's.
 */
export function checkUpdate(record: UpdateRecord, text: string, now: Date): CheckedUpdateFile {
  const { file } = record;
  const parts = splitFrontmatter(text);
  if (!parts) return { file, problems: [`${file}: ${record.problem}`] };
  const problems = checkBody(file, parts.body, parts.bodyLine);
  if (!UPDATE_ID_PATTERN.test(record.id))
    problems.push(
      `${file}: the file name "${record.id}" is the update's id, in its address (#update-${record.id}); name it with letters, digits and hyphens only, like "20261025-081500.md"`,
    );
  for (const image of record.bodyImages)
    problems.push(
      `${file}: body shows the file "${image}", but an update cannot carry photos of its own yet; put the photo in the story, or link to it`,
    );
  if (record.problem) return { file, problems: [...problems, `${file}: ${record.problem}`] };
  problems.push(...record.issues.flatMap((issue) => formatIssue(file, issue)));
  if (!record.update) return { file, problems };
  problems.push(
    ...futureCorrections(record.update, now).flatMap((issue) => formatIssue(file, { code: 'custom', ...issue })),
  );
  if (problems.length > 0) return { file, problems };
  return { file, problems, valid: { file, story: record.story, id: record.id, data: record.update } };
}

/** What the check knows of the tree's live coverage. */
export type LiveTree = {
  /** Every update file, checked on its own (check-file.ts, checkUpdate). */
  updates: CheckedUpdateFile[];
  /** Every updates folder, as messages name it ("content/articles/2026/quake.updates"), and its story's entry id. */
  folders: { file: string; story: string }[];
  /** Every story file's entry id, valid or not, so a folder beside a story with problems is not called an orphan. */
  storyIds: ReadonlySet<string>;
  /** Files inside an updates folder's subfolders, which are no update. */
  strays: string[];
};

/** The updates folder a story's updates go in, as messages name it: "content/articles/2026/quake.updates". */
export const updatesFolderOf = (storyFile: string) => `${storyFile.replace(/\.md$/, '')}${UPDATES_SUFFIX}`;

/** Every problem of the tree's live coverage, given its valid stories and the authors that exist. */
export function checkLive(
  live: LiveTree,
  stories: readonly CheckedStory[],
  authors: { all: ReadonlySet<string>; valid: ReadonlySet<string>; dir: string },
): string[] {
  const problems: string[] = [];
  for (const c of live.updates) problems.push(...c.problems);
  for (const stray of live.strays)
    problems.push(
      `${stray}: is inside a folder within an updates folder; an update is a Markdown file directly in its story's "${UPDATES_SUFFIX}" folder`,
    );
  const byId = new Map(stories.map((s) => [s.id, s]));
  for (const folder of live.folders) {
    const story = byId.get(folder.story);
    if (!live.storyIds.has(folder.story)) {
      problems.push(
        `${folder.file}: is an updates folder, but there is no story beside it to hold them (no ${folder.file.slice(0, -UPDATES_SUFFIX.length)}.md)`,
      );
    } else if (story && !story.data.live) {
      problems.push(
        `${folder.file}: holds live updates, but ${story.file} is not live; add live: { start: "<date-time>" } to it, or move the folder`,
      );
    }
  }

  const pinned = new Map<string, CheckedUpdate>();
  for (const update of live.updates.flatMap((c) => (c.valid ? [c.valid] : []))) {
    const story = byId.get(update.story);
    if (!story?.data.live) continue; // its folder's problem is reported above, or the story's own
    const { file, data } = update;
    const { live: coverage, timeZone } = story.data;
    const dated: [string, { date: Date; offset: string }][] = [
      ['published', data.published],
      ...data.corrections.map((c, i): [string, { date: Date; offset: string }] => [`corrections[${i}].date`, c.date]),
    ];
    for (const [field, value] of dated) {
      const expected = zoneOffset(value.date, timeZone);
      if (value.offset !== expected)
        problems.push(
          `${file}: ${field} has offset ${value.offset}, but ${timeZone} (the time zone of ${story.file}) was at ${expected} on that date`,
        );
    }
    const when = data.published.date;
    if (when < coverage.start.date)
      problems.push(
        `${file}: published ${isoInZone(when, timeZone)} is before the coverage began (live.start in ${story.file}: ${isoInZone(coverage.start.date, timeZone)})`,
      );
    if (coverage.end && when > coverage.end.date)
      problems.push(
        `${file}: published ${isoInZone(when, timeZone)} is after the coverage ended (live.end in ${story.file}: ${isoInZone(coverage.end.date, timeZone)})`,
      );
    data.author.forEach((id, i) => {
      const field = data.author.length > 1 ? `author[${i}]` : 'author';
      if (!authors.all.has(id))
        problems.push(`${file}: ${field} "${id}" is not in the authors collection (no ${id}.yaml in ${authors.dir})`);
      else if (!authors.valid.has(id))
        problems.push(`${file}: ${field} "${id}" refers to an author file that has problems of its own (see above)`);
    });
    if (data.pinned) {
      const first = pinned.get(update.story);
      if (first)
        problems.push(
          `${file}: pinned is true, but ${first.file} is already the pinned update of ${story.file}; a story pins one update at most, so set pinned: false in one of them`,
        );
      else pinned.set(update.story, update);
    }
  }
  return problems;
}
