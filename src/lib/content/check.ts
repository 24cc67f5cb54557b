/**
 * The content check: one pass over every entry before Astro runs, reporting each
 * problem as "<file>: <field> <what is wrong>", so an editor sees which file and
 * which field to fix rather than a stack trace. It validates with the real schema
 * (passed in), then checks what the schema cannot see: files and entries that
 * frontmatter points at, clashing permalinks, section and tag URLs, old addresses, and what the body may contain.
 */
import path from 'node:path';
import { checkTaxonomy } from '../archive/taxonomy-check.ts';
import { checkAliases } from './alias-check.ts';
import { checkBody, inlineRelatedUrls } from './body-policy.ts';
import { parseYaml, splitFrontmatter } from './frontmatter.ts';
import { storyPath } from '../article/permalink.ts';
import { canonicalKey } from '../article/related.ts';
import { withBase } from '../site/url.ts';
import { entryId, type SourceFile } from './reader.ts';

export type { SourceFile };
export { entryId };

type Issue = { code: string; path: PropertyKey[]; message: string; keys?: string[] };
type Schema = {
  safeParse(data: unknown): { success: true; data: any } | { success: false; error: { issues: Issue[] } };
};

export type CheckOptions = {
  schemas: { articles: Schema; authors: Schema; frontPage?: Schema };
  /** Whether a file exists, for paths such as an image's. */
  exists: (file: string) => boolean;
  /** The site's origin and base path, to recognise links to this site's own pages. */
  site: string;
  base: string;
};

/** "related[0].url" for the path ["related", 0, "url"]. */
export function fieldName(issuePath: PropertyKey[]): string {
  return issuePath.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i > 0 ? '.' : ''}${String(p)}`)).join('');
}

/**
 * A schema issue as one plain line. The schema's messages already start with the
 * field's name ("headline is required"); they are given the exact path here
 * ("related[1].title ..."), and messages that do not get the name put in front.
 */
export function formatIssue(file: string, issue: Issue): string[] {
  const field = fieldName(issue.path);
  if (issue.code === 'unrecognized_keys') {
    return (issue.keys ?? []).map(
      (key) =>
        `${file}: unknown field "${field ? `${field}.` : ''}${key}"; the fields an entry may have are listed in src/content.config.ts`,
    );
  }
  if (field === '') return [`${file}: ${issue.message}`];
  const named = field.replace(/\[\d+\]/g, '');
  if (issue.message.startsWith(named)) return [`${file}: ${field}${issue.message.slice(named.length)}`];
  return [`${file}: ${field} ${issue.message}`];
}

type Parsed = { file: string; data: any; related: { url: string; line: number }[] };

/**
 * One file's own problems, what the checks across files need when its fields are valid, and warnings: what a draft
 * still lacks before it can be published, which stop nothing.
 */
export type CheckedFile = { file: string; problems: string[]; valid?: Parsed; warnings?: string[] };

/** What a story needs to be published and a draft may lack (the schema's REQUIRED_TO_PUBLISH), as an editor reads it. */
const UNFINISHED: Record<string, string> = {
  standfirst: 'has no standfirst yet',
  author: 'has no byline yet (author)',
};

/** A draft's warnings: each field it must have before `draft` is removed. */
function unfinished(file: string, raw: Record<string, unknown>, data: { draft?: boolean }): string[] {
  if (!data.draft) return [];
  return Object.entries(UNFINISHED)
    .filter(([field]) => raw[field] === undefined)
    .map(([, what]) => `${file}: this draft ${what}; it is refused once draft is removed`);
}

/** Checks one file on its own: its frontmatter (for articles), its body against the policy, its fields against the schema. */
export function checkFile({ file, text }: SourceFile, schema: Schema, frontmatter: boolean): CheckedFile {
  const problems: string[] = [];
  let yaml = text;
  let firstLine = 1;
  let related: Parsed['related'] = [];
  if (frontmatter) {
    const parts = splitFrontmatter(text);
    if (!parts)
      return {
        file,
        problems: [`${file}: has no frontmatter; it must start with a line "---", the fields, then "---"`],
      };
    yaml = parts.yaml;
    firstLine = 2;
    problems.push(...checkBody(file, parts.body, parts.bodyLine));
    related = inlineRelatedUrls(parts.body, parts.bodyLine);
  }
  const parsed = parseYaml(file, yaml, firstLine, frontmatter ? 'the frontmatter' : 'the file');
  if ('problem' in parsed) return { file, problems: [...problems, parsed.problem] };
  const result = schema.safeParse(parsed.data);
  if (!result.success)
    return { file, problems: [...problems, ...result.error.issues.flatMap((issue) => formatIssue(file, issue))] };
  const warnings = frontmatter ? unfinished(file, (parsed.data ?? {}) as Record<string, unknown>, result.data) : [];
  return { file, problems, valid: { file, data: result.data, related }, ...(warnings.length > 0 && { warnings }) };
}

function validate(checked: CheckedFile[], problems: string[]): Parsed[] {
  for (const c of checked) problems.push(...c.problems);
  return checked.flatMap((c) => (c.valid ? [c.valid] : []));
}

/** The front page file, when the tree has one, and the articles folder its pins name stories in. */
export type FrontPageTree = { file: SourceFile; articlesDir: string };

/**
 * The front page file's problems: its fields, and pins naming a story that has no file. A pin on a draft or a
 * scheduled story is not a problem: it waits for the story to be published.
 */
export function checkFrontPage(
  { file, articlesDir }: FrontPageTree,
  schema: Schema,
  articles: readonly { file: string }[],
): string[] {
  const checked = checkFile(file, schema, false);
  if (!checked.valid) return checked.problems;
  const ids = new Set(articles.map((a) => entryId(path.relative(articlesDir, a.file))));
  const pins: { story: string }[] = checked.valid.data.pins;
  return pins.flatMap(({ story }, i) =>
    ids.has(story)
      ? []
      : [
          `${file.file}: pins[${i}].story "${story}" is not a story: there is no ${path.join(articlesDir, `${story}.md`)}`,
        ],
  );
}

/**
 * Every problem in a content tree, in file order. Author files are named by
 * their path relative to the authors directory (`authorsDir`), as entries refer to them.
 */
export function checkContent(
  tree: { articles: SourceFile[]; authors: SourceFile[]; authorsDir: string; front?: FrontPageTree },
  options: CheckOptions,
): string[] {
  const articles = tree.articles.map((f) => checkFile(f, options.schemas.articles, true));
  return checkAcrossFiles({ ...tree, articles }, options);
}

/**
 * The whole tree's problems from its articles already checked one by one (`checkFile`, or a cached result of it):
 * each file's own problems, then what only the tree as a whole shows.
 */
export function checkAcrossFiles(
  tree: { articles: CheckedFile[]; authors: SourceFile[]; authorsDir: string; front?: FrontPageTree },
  options: CheckOptions,
): string[] {
  const problems: string[] = [];
  if (tree.front && options.schemas.frontPage)
    problems.push(...checkFrontPage(tree.front, options.schemas.frontPage, tree.articles));
  const articles = validate(tree.articles, problems);
  const authors = validate(
    tree.authors.map((f) => checkFile(f, options.schemas.authors, false)),
    problems,
  );
  const authorIds = new Set(authors.map((a) => entryId(path.relative(tree.authorsDir, a.file))));
  const allAuthorIds = new Set(tree.authors.map((a) => entryId(path.relative(tree.authorsDir, a.file))));

  const permalinks = new Map<string, string>();
  for (const { file, data } of articles) {
    const href = withBase(options.base, storyPath(data));
    const first = permalinks.get(href);
    if (first)
      problems.push(
        `${file}: slug and published give the permalink ${href}, which ${first} already has; change one slug`,
      );
    else permalinks.set(href, file);
  }
  problems.push(...checkTaxonomy(articles.map(({ file, data }) => ({ file, section: data.section, tags: data.tags }))));
  problems.push(
    ...checkAliases(
      articles.map(({ file, data }) => ({
        file,
        aliases: data.aliases,
        permalink: storyPath(data),
        section: data.section,
      })),
    ),
  );

  const siteOrigin = new URL(options.site).origin;
  for (const { file, data, related } of articles) {
    // The aside links where the list does; a line missing from `related` would be a story the list never shows.
    const listed = new Set(data.related.map((link: { url: string }) => canonicalKey(link.url)));
    for (const { url, line } of related) {
      let key: string | undefined;
      try {
        key = canonicalKey(url);
      } catch {
        key = undefined;
      }
      if (!key || !listed.has(key)) {
        problems.push(
          `${file}: body, line ${line}: the Related line links to "${url}", which is not listed under related; add it there with its title`,
        );
      }
    }
    // One author reads "author"; a byline of several names the one at fault, "author[1]".
    const byline: string[] = data.author;
    byline.forEach((id, i) => {
      const field = byline.length > 1 ? `author[${i}]` : 'author';
      if (!allAuthorIds.has(id)) {
        problems.push(
          `${file}: ${field} "${id}" is not in the authors collection (no ${id}.yaml in ${tree.authorsDir})`,
        );
      } else if (!authorIds.has(id)) {
        problems.push(`${file}: ${field} "${id}" refers to an author file that has problems of its own (see above)`);
      }
    });
    if (data.image) {
      const image = path.join(path.dirname(file), data.image.src);
      if (!options.exists(image))
        problems.push(`${file}: image.src "${data.image.src}" does not exist (looked for ${image})`);
    }
    data.related.forEach((link: { url: string }, i: number) => {
      const url = new URL(link.url);
      if (url.origin === siteOrigin && !permalinks.has(url.pathname)) {
        problems.push(
          `${file}: related[${i}].url "${link.url}" points to this site, but no article has the permalink ${url.pathname}`,
        );
      }
    });
  }
  return problems;
}
