/**
 * A live update file's record: the one place an update's frontmatter is parsed and validated (through updateSchema),
 * made once per version of the file and kept by the reader's scan cache under its digest, as a story's record is
 * (story-record.ts). The updates loader, the content check, the sitemap, the search records and the desk all read
 * records. Pure: no clock, no other file.
 */
import { localBodyImages } from '../article/body-images.ts';
import { parseYaml, splitFrontmatter } from './frontmatter.ts';
import { type Update, updateSchema } from './schema/update.ts';
import type { SchemaIssue } from './story-record.ts';

/** What an update file says, whatever the file is called: kept by digest between builds. */
export type UpdateContent = {
  /** The update, validated; absent when the file is refused (`problem` or `issues` say why). */
  update?: Update;
  /** Why the frontmatter could not be read at all. */
  problem?: string;
  /** The schema's objections, when the frontmatter was read. */
  issues: SchemaIssue[];
  /** Files beside the story that the body shows as photos: not supported in updates (the content check says so). */
  bodyImages: string[];
};

/** One update file as every reader of the content tree sees it. */
export type UpdateRecord = UpdateContent & {
  /** Absolute path. */
  path: string;
  /** Path relative to the working directory, as messages name it. */
  file: string;
  /** The story's entry id, the updates folder's name without ".updates" ("2026/quake"). */
  story: string;
  /** The update's id: its file name without ".md" ("20261025-081500"). */
  id: string;
  /** sha256 of the file's bytes. */
  digest: string;
};

/** Reads an update file's text into what its record holds. */
export function updateContent(text: string): UpdateContent {
  const parts = splitFrontmatter(text);
  if (!parts)
    return {
      problem: 'has no frontmatter; it must start with a line "---", the fields, then "---"',
      issues: [],
      bodyImages: [],
    };
  const bodyImages = localBodyImages(parts.body);
  const parsed = parseYaml('', parts.yaml, 2);
  if ('problem' in parsed) return { problem: parsed.problem.replace(/^: /, ''), issues: [], bodyImages };
  const result = updateSchema.safeParse(parsed.data);
  if (!result.success) {
    const issues = result.error.issues.map(({ code, path, message, ...rest }) => ({
      code,
      path,
      message,
      ...('keys' in rest && { keys: rest.keys as string[] }),
    }));
    return { issues, bodyImages };
  }
  return { update: result.data, issues: [], bodyImages };
}
