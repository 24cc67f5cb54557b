/**
 * The content check for one file on its own: a story's record (its fields, as the schema judged them when the record
 * was made), its body against the policy and the build's clock; an author's or the front page's YAML against its
 * schema. Each problem is one line, "<file>: <field> <what is wrong>". What needs the whole tree is check.ts's.
 */
import { futureCorrections } from '../trust/rules.ts';
import { checkBody, inlineRelatedUrls } from './body-policy.ts';
import { parseYaml, splitFrontmatter } from './frontmatter.ts';
import type { SourceFile, StoryRecord, UpdateRecord } from './reader.ts';
import { formatIssue } from './issues.ts';
import type { SchemaIssue } from './story-record.ts';

export { fieldName, formatIssue } from './issues.ts';
import type { Story } from './schema/story.ts';
import type { Update } from './schema/update.ts';

/** A schema, as the check uses one: Zod's safeParse. */
export type Schema = {
  safeParse(data: unknown): { success: true; data: any } | { success: false; error: { issues: SchemaIssue[] } };
};

/** A story whose fields passed, with what the checks across files need: its inline Related links. */
export type CheckedStory = { file: string; id: string; data: Story; related: { url: string; line: number }[] };

/**
 * One story file's own problems, its fields when they are valid, and warnings: what a draft still lacks before it can
 * be published, which stop nothing.
 */
export type CheckedFile = { file: string; problems: string[]; valid?: CheckedStory; warnings?: string[] };

/** What a draft lacks (the schema's REQUIRED_TO_PUBLISH), as an editor reads it. */
const UNFINISHED: Record<string, string> = {
  standfirst: 'has no standfirst yet',
  author: 'has no byline yet (author)',
};

/** Checks one story: `text` is its file's text (for the body), `now` the build's clock (for its corrections). */
export function checkStory(record: StoryRecord, text: string, now: Date): CheckedFile {
  const { file } = record;
  const parts = splitFrontmatter(text);
  if (!parts) return { file, problems: [`${file}: ${record.problem}`] };
  const problems = checkBody(file, parts.body, parts.bodyLine);
  if (record.problem) return { file, problems: [...problems, `${file}: ${record.problem}`] };
  problems.push(...record.issues.flatMap((issue) => formatIssue(file, issue)));
  if (!record.story) return { file, problems };
  // The one rule that depends on the clock, so it is not in the record, which depends on the file alone.
  const future = futureCorrections(record.story, now).flatMap((issue) =>
    formatIssue(file, { code: 'custom', ...issue }),
  );
  if (future.length > 0) return { file, problems: [...problems, ...future] };
  const warnings = record.unfinished.map(
    (field) => `${file}: this draft ${UNFINISHED[field]}; it is refused once draft is removed`,
  );
  const related = inlineRelatedUrls(parts.body, parts.bodyLine);
  return {
    file,
    problems,
    valid: { file, id: record.id, data: record.story, related },
    ...(warnings.length > 0 && { warnings }),
  };
}

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

/** A YAML file (an author, the front page's pins) against its schema: its problems, or its data. */
export function checkYamlFile({ file, text }: SourceFile, schema: Schema): { problems: string[]; data?: any } {
  const parsed = parseYaml(file, text, 1, 'the file');
  if ('problem' in parsed) return { problems: [parsed.problem] };
  const result = schema.safeParse(parsed.data);
  if (!result.success) return { problems: result.error.issues.flatMap((issue) => formatIssue(file, issue)) };
  return { problems: [], data: result.data };
}
