/**
 * The content check: one pass over every entry before Astro runs, reporting each
 * problem as "<file>: <field> <what is wrong>", so an editor sees which file and
 * which field to fix rather than a stack trace. It validates with the real schema
 * (passed in), then checks what the schema cannot see: files and entries that
 * frontmatter points at, clashing permalinks, and what the body may contain.
 */
import path from 'node:path';
import { load as loadYaml, YAMLException } from 'js-yaml';
import type { Link, Html, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { articlePath } from './permalink.ts';
import { withBase } from './url.ts';

export type SourceFile = {
  /** Path as the editor knows it, e.g. "content/articles/2015/misseni-attack.md". */
  file: string;
  text: string;
};

type Issue = { code: string; path: PropertyKey[]; message: string; keys?: string[] };
type Schema = { safeParse(data: unknown): { success: true; data: any } | { success: false; error: { issues: Issue[] } } };

export type CheckOptions = {
  schemas: { articles: Schema; authors: Schema };
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
      (key) => `${file}: unknown field "${field ? `${field}.` : ''}${key}"; the fields an entry may have are listed in src/content.config.ts`,
    );
  }
  if (field === '') return [`${file}: ${issue.message}`];
  const named = field.replace(/\[\d+\]/g, '');
  if (issue.message.startsWith(named)) return [`${file}: ${field}${issue.message.slice(named.length)}`];
  return [`${file}: ${field} ${issue.message}`];
}

/** Splits "---\nyaml\n---\nbody"; the body's first line number is kept for messages. */
export function splitFrontmatter(text: string): { yaml: string; body: string; bodyLine: number } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) return undefined;
  return { yaml: match[1], body: text.slice(match[0].length), bodyLine: match[0].split('\n').length };
}

/** Parses YAML, or says where it breaks; `firstLine` is the file line the YAML starts on. */
export function parseYaml(file: string, yaml: string, firstLine: number): { data: unknown } | { problem: string } {
  try {
    return { data: loadYaml(yaml) ?? {} };
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    const where = error.mark ? ` at line ${error.mark.line + firstLine}, column ${error.mark.column + 1}` : '';
    return { problem: `${file}: the frontmatter is not valid YAML${where}: ${error.reason}` };
  }
}

/** Elements that run code, embed other documents or restyle the page: never in a story's body. */
const FORBIDDEN_ELEMENT = /<\s*(script|iframe|frame|frameset|object|embed|style|link|meta|base|form)\b/i;
const EVENT_HANDLER = /<[^>]*?\s(on[a-z]+)\s*=/i;
const SCRIPT_URL = /^(javascript|vbscript|data):/i;
const HTML_SCRIPT_URL = /\s(?:href|src|action|formaction|xlink:href)\s*=\s*["']?\s*(javascript|vbscript|data):/i;

/** Browsers ignore control characters and spaces in a URL's scheme, so "java\tscript:" is still script. */
function scheme(url: string): string {
  return url.replace(/[\u0000-\u0020]/g, '');
}

/**
 * Most bodies hold no HTML, no character reference and no script scheme at all,
 * and need no Markdown parse (it is most of this check's time on a large archive).
 * Spaces, control characters and backslash escapes are dropped first, as a
 * browser or Markdown would drop them; "&" catches "&#106;avascript:".
 */
function mightBreakPolicy(body: string): boolean {
  return /[<&]/.test(body) || /(javascript|vbscript|data):/i.test(body.replace(/[\u0000-\u0020\\]/g, ''));
}

/**
 * What a story's body may not contain: script URLs in links, and raw HTML that
 * runs code or embeds another page. The policy is to refuse, not to clean up:
 * an editor learns what was wrong, and nothing is published that they did not see.
 */
export function checkBody(file: string, body: string, bodyLine: number): string[] {
  const problems: string[] = [];
  if (!mightBreakPolicy(body)) return problems;
  const at = (line: number | undefined) => `${file}: body, line ${(line ?? 1) + bodyLine - 1}:`;
  const tree = unified().use(remarkParse).use(remarkGfm).parse(body) as Root;
  visit(tree, (node) => {
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      const { url } = node as Link;
      if (SCRIPT_URL.test(scheme(url))) {
        problems.push(`${at(node.position?.start.line)} the ${node.type} to "${url}" uses a script URL; use an http(s) link`);
      }
    }
    if (node.type !== 'html') return;
    const { value } = node as Html;
    const line = node.position?.start.line;
    const element = FORBIDDEN_ELEMENT.exec(value);
    if (element) {
      problems.push(`${at(line)} raw <${element[1].toLowerCase()}> HTML is not allowed in an article body; write the story in Markdown`);
    }
    const handler = EVENT_HANDLER.exec(value);
    if (handler) problems.push(`${at(line)} the inline event handler ${handler[1]}="…" is not allowed in an article body`);
    const url = HTML_SCRIPT_URL.exec(value.replace(/[\u0000-\u0009\u000b-\u001f]/g, ''));
    if (url) problems.push(`${at(line)} raw HTML with a ${url[1].toLowerCase()}: URL is not allowed in an article body`);
  });
  return problems;
}

/** An entry id as Astro's glob loader makes it: the path under the collection, without extension. */
export function entryId(relativePath: string): string {
  return relativePath.replace(/\\/g, '/').replace(/\.[^./]+$/, '');
}

type Parsed = { file: string; data: any };

function validate(files: SourceFile[], schema: Schema, problems: string[], frontmatter: boolean): Parsed[] {
  const valid: Parsed[] = [];
  for (const { file, text } of files) {
    let yaml = text;
    let firstLine = 1;
    if (frontmatter) {
      const parts = splitFrontmatter(text);
      if (!parts) {
        problems.push(`${file}: has no frontmatter; it must start with a line "---", the fields, then "---"`);
        continue;
      }
      yaml = parts.yaml;
      firstLine = 2;
      problems.push(...checkBody(file, parts.body, parts.bodyLine));
    }
    const parsed = parseYaml(file, yaml, firstLine);
    if ('problem' in parsed) {
      problems.push(parsed.problem);
      continue;
    }
    const result = schema.safeParse(parsed.data);
    if (result.success) valid.push({ file, data: result.data });
    else problems.push(...result.error.issues.flatMap((issue) => formatIssue(file, issue)));
  }
  return valid;
}

/**
 * Every problem in a content tree, in file order. Author files are named by
 * their path relative to the authors directory (`authorsDir`), as entries refer to them.
 */
export function checkContent(
  tree: { articles: SourceFile[]; authors: SourceFile[]; authorsDir: string },
  options: CheckOptions,
): string[] {
  const problems: string[] = [];
  const articles = validate(tree.articles, options.schemas.articles, problems, true);
  const authors = validate(tree.authors, options.schemas.authors, problems, false);
  const authorIds = new Set(authors.map((a) => entryId(path.relative(tree.authorsDir, a.file))));
  const allAuthorIds = new Set(tree.authors.map((a) => entryId(path.relative(tree.authorsDir, a.file))));

  const permalinks = new Map<string, string>();
  for (const { file, data } of articles) {
    const href = withBase(options.base, articlePath({ published: data.published.date, timeZone: data.timeZone, slug: data.slug }));
    const first = permalinks.get(href);
    if (first) problems.push(`${file}: slug and published give the permalink ${href}, which ${first} already has; change one slug`);
    else permalinks.set(href, file);
  }

  const siteOrigin = new URL(options.site).origin;
  for (const { file, data } of articles) {
    if (!allAuthorIds.has(data.author)) {
      problems.push(`${file}: author "${data.author}" is not in the authors collection (no ${data.author}.yaml in ${tree.authorsDir})`);
    } else if (!authorIds.has(data.author)) {
      problems.push(`${file}: author "${data.author}" refers to an author file that has problems of its own (see above)`);
    }
    if (data.image) {
      const image = path.join(path.dirname(file), data.image.src);
      if (!options.exists(image)) problems.push(`${file}: image.src "${data.image.src}" does not exist (looked for ${image})`);
    }
    data.related.forEach((link: { url: string }, i: number) => {
      const url = new URL(link.url);
      if (url.origin === siteOrigin && !permalinks.has(url.pathname)) {
        problems.push(`${file}: related[${i}].url "${link.url}" points to this site, but no article has the permalink ${url.pathname}`);
      }
    });
  }
  return problems;
}
