/**
 * A story file's record: the one place a story's frontmatter is parsed and validated (through storySchema, which
 * also enriches it), made once per version of the file and kept by the reader's scan cache under its digest. The
 * content loader, the content check, the sitemap, the redirects, the search records, the desk and the importer all
 * read records, so a fact about a story is worked out once and cannot come out differently in one of them (the way
 * guardian/dotcom-rendering validates an article once, then enriches it in one place). Pure: no clock, no other file.
 */
import { localBodyImages } from '../article/body-images.ts';
import { parseYaml, splitFrontmatter } from './frontmatter.ts';
import { type Story, storySchema } from './schema/story.ts';
import { REQUIRED_TO_PUBLISH } from './schema/story-checks.ts';

/** A schema issue as plain data (it is cached between builds): what the content check turns into a line. */
export type SchemaIssue = { code: string; path: PropertyKey[]; message: string; keys?: string[] };

/** What a story file says, whatever the file is called or where it sits: kept by digest between builds. */
export type StoryContent = {
  /** The story, validated and enriched; absent when the file is refused (`problem` or `issues` say why). */
  story?: Story;
  /** Why the frontmatter could not be read at all: none, or broken YAML (with the file's line and column). */
  problem?: string;
  /** The schema's objections, when the frontmatter was read. */
  issues: SchemaIssue[];
  /** The fields a draft still lacks before it can be published (REQUIRED_TO_PUBLISH's). */
  unfinished: string[];
  /** The photos beside the story that its body shows (`./harbour.jpg`), so a story without any is not read again. */
  bodyImages: string[];
};

/** One story file as every reader of the content tree sees it. */
export type StoryRecord = StoryContent & {
  /** Absolute path. */
  path: string;
  /** Path relative to the working directory, as messages name it. */
  file: string;
  /** The entry's id: the path under articles/ without ".md" ("2015/misseni-attack"). */
  id: string;
  /** sha256 of the file's bytes: what incremental builds compare. */
  digest: string;
};

/**
 * The frontmatter without an empty `translationKey`, which means no key: the desk (Sveltia CMS) writes one into every
 * story it saves, because it takes a field of that name for its own translations' key (its i18n `canonical_slug`,
 * "translationKey" by default, the name Hugo gave it first) and so never leaves it out as an empty optional field.
 */
function withoutDeskBlanks(data: unknown): unknown {
  if (!data || typeof data !== 'object' || (data as Record<string, unknown>).translationKey !== '') return data;
  const { translationKey: _, ...rest } = data as Record<string, unknown>;
  return rest;
}

/** Reads a story file's text into what its record holds. */
export function storyContent(text: string): StoryContent {
  const parts = splitFrontmatter(text);
  if (!parts) {
    return {
      problem: 'has no frontmatter; it must start with a line "---", the fields, then "---"',
      issues: [],
      unfinished: [],
      bodyImages: [],
    };
  }
  const bodyImages = localBodyImages(parts.body);
  const parsed = parseYaml('', parts.yaml, 2);
  if ('problem' in parsed)
    return { problem: parsed.problem.replace(/^: /, ''), issues: [], unfinished: [], bodyImages };
  const result = storySchema.safeParse(withoutDeskBlanks(parsed.data));
  if (!result.success) {
    const issues = result.error.issues.map(({ code, path, message, ...rest }) => ({
      code,
      path,
      message,
      ...('keys' in rest && { keys: rest.keys as string[] }),
    }));
    return { issues, unfinished: [], bodyImages };
  }
  const fields = parsed.data as Record<string, unknown>;
  const unfinished = result.data.draft ? Object.keys(REQUIRED_TO_PUBLISH).filter((f) => fields[f] === undefined) : [];
  return { story: result.data, issues: [], unfinished, bodyImages };
}
