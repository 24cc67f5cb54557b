/**
 * The content check for one file on its own: a story's record (its fields, as the schema judged them when the record
 * was made), its body against the policy and the build's clock; an author's or the front page's YAML against its
 * schema. Each problem is one line, "<file>: <field> <what is wrong>". What needs the whole tree is check.ts's.
 */
import { undrawableCharacters } from '../fonts/fallback.ts';
import { codePointNames } from '../fonts/unicode.ts';
import { futureCorrections } from '../trust/rules.ts';
import { checkBody, inlineRelatedUrls } from './body-policy.ts';
import { parseYaml, splitFrontmatter } from './frontmatter.ts';
import type { SourceFile, StoryRecord } from './reader.ts';
import { formatIssue } from './issues.ts';
import type { SchemaIssue } from './story-record.ts';

export { fieldName, formatIssue } from './issues.ts';
import type { Story } from './schema/story.ts';

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
  const warnings = [
    ...record.unfinished.map(
      (field) => `${file}: this draft ${UNFINISHED[field]}; it is refused once draft is removed`,
    ),
    ...cardWarnings(file, 'headline', record.story.headline),
  ];
  const related = inlineRelatedUrls(parts.body, parts.bodyLine);
  return {
    file,
    problems,
    valid: { file, id: record.id, data: record.story, related },
    ...(warnings.length > 0 && { warnings }),
  };
}

/**
 * What the share card will leave out of a field's text, because no bundled font draws it (an emoji, a script the
 * cards have no font for): a warning, since the page itself shows it with the reader's fonts.
 */
export function cardWarnings(file: string, field: string, text: string): string[] {
  const missing = undrawableCharacters(text);
  if (missing.length === 0) return [];
  const named = missing.map((m) => `"${m}" (${codePointNames(m)})`).join(', ');
  return [`${file}: ${field} has ${named}, which no font of the share cards can draw; the card leaves it out`];
}

/** A YAML file (an author, the front page's pins) against its schema: its problems, or its data. */
export function checkYamlFile({ file, text }: SourceFile, schema: Schema): { problems: string[]; data?: any } {
  const parsed = parseYaml(file, text, 1, 'the file');
  if ('problem' in parsed) return { problems: [parsed.problem] };
  const result = schema.safeParse(parsed.data);
  if (!result.success) return { problems: result.error.issues.flatMap((issue) => formatIssue(file, issue)) };
  return { problems: [], data: result.data };
}
