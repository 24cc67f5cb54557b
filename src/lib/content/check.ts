/**
 * The content check: one pass over every entry before Astro runs, reporting each problem as "<file>: <field> <what is
 * wrong>", so an editor sees which file and which field to fix rather than a stack trace. Each file is checked on its
 * own first (check-file.ts: a story through its record, made by the one story schema); this module then checks what
 * only the whole tree shows: files and entries that frontmatter points at, clashing permalinks, section and tag URLs,
 * old addresses, Related lines, authors and the front page's pins.
 */
import path from 'node:path';
import { checkTaxonomy } from '../archive/taxonomy-check.ts';
import { canonicalKey } from '../article/related.ts';
import { encodePath, withBase } from '../site/url.ts';
import { checkAliases } from './alias-check.ts';
import { type CheckedFile, type CheckedStory, checkStory, checkYamlFile } from './check-file.ts';
import { checkLive, checkUpdate, type LiveTree } from './live-check.ts';
import { checkTranslations } from './translation-check.ts';
import { digestOf, entryId, type SourceFile } from './reader.ts';
import { updateOwner } from './update-reader.ts';
import { authorSchema, frontPageSchema } from './schema/collections.ts';
import { UPDATES_SUFFIX } from './schema/update.ts';
import { storyContent } from './story-record.ts';
import { updateContent } from './update-record.ts';

export type { CheckedFile, LiveTree, SourceFile };
export { fieldName, formatIssue } from './issues.ts';

export type CheckOptions = {
  /** Whether a file exists, for paths such as an image's. */
  exists: (file: string) => boolean;
  /** The site's origin and base path, to recognise links to this site's own pages. */
  site: string;
  base: string;
  /**
   * The site's language (content/site.yaml), which a story without `lang` is in and section and tag names fold in;
   * English when not given.
   */
  language?: string;
  /** The further editions (content/site.yaml `languages`), whose front pages at /<tag>/ no section may take. */
  languages?: readonly string[];
};

/** The front page file, when the tree has one, and the articles folder its pins name stories in. */
export type FrontPageTree = { file: SourceFile; articlesDir: string };

/**
 * The front page file's problems: its fields, and pins naming a story that has no file. A pin on a draft or a
 * scheduled story is not a problem: it waits for the story to be published.
 */
export function checkFrontPage({ file, articlesDir }: FrontPageTree, articles: readonly { file: string }[]): string[] {
  const checked = checkYamlFile(file, frontPageSchema);
  if (!checked.data) return checked.problems;
  const ids = new Set(articles.map((a) => entryId(path.relative(articlesDir, a.file))));
  const pins: { story: string }[] = checked.data.pins;
  return pins.flatMap(({ story }, i) =>
    ids.has(story)
      ? []
      : [
          `${file.file}: pins[${i}].story "${story}" is not a story: there is no ${path.join(articlesDir, `${story}.md`)}`,
        ],
  );
}

/**
 * Every problem in a content tree given as text (the importer's staged files, tests), in file order, at the clock
 * `now`. Author files are named by their path relative to the authors directory (`authorsDir`), as entries refer to them.
 * `updates` are live updates, each named by a path that ends in "<story>.updates/<id>.md" beside its story's.
 */
export function checkContent(
  tree: {
    articles: SourceFile[];
    authors: SourceFile[];
    authorsDir: string;
    front?: FrontPageTree;
    updates?: SourceFile[];
  },
  options: CheckOptions & { now: Date },
): string[] {
  const articles = tree.articles.map(({ file, text }) => {
    const record = { ...storyContent(text), file, path: file, id: entryId(file), digest: digestOf(text) };
    return checkStory(record, text, options.now);
  });
  const updates = (tree.updates ?? []).flatMap(({ file, text }) => {
    const owner = updateOwner(file);
    if (!owner) return [];
    const record = { ...updateContent(text), file, path: file, ...owner, digest: digestOf(text) };
    return [checkUpdate(record, text, options.now)];
  });
  const folders = [...new Set((tree.updates ?? []).flatMap(({ file }) => updateOwner(file)?.story ?? []))].map(
    (story) => ({ file: `${story}${UPDATES_SUFFIX}`, story }),
  );
  const live: LiveTree = {
    updates,
    folders,
    storyIds: new Set(tree.articles.map(({ file }) => entryId(file))),
    strays: (tree.updates ?? []).filter(({ file }) => !updateOwner(file)).map(({ file }) => file),
  };
  return checkAcrossFiles({ ...tree, articles, live }, options);
}

function validStories(checked: readonly CheckedFile[], problems: string[]): CheckedStory[] {
  for (const c of checked) problems.push(...c.problems);
  return checked.flatMap((c) => (c.valid ? [c.valid] : []));
}

/**
 * The whole tree's problems from its stories already checked one by one (`checkStory`, or a cached result of it):
 * each file's own problems, then what only the tree as a whole shows.
 */
export function checkAcrossFiles(
  tree: { articles: CheckedFile[]; authors: SourceFile[]; authorsDir: string; front?: FrontPageTree; live?: LiveTree },
  options: CheckOptions,
): string[] {
  const problems: string[] = [];
  if (tree.front) problems.push(...checkFrontPage(tree.front, tree.articles));
  const articles = validStories(tree.articles, problems);
  const authors = tree.authors.filter((f) => {
    const { problems: own } = checkYamlFile(f, authorSchema);
    problems.push(...own);
    return own.length === 0;
  });
  const authorIds = new Set(authors.map((a) => entryId(path.relative(tree.authorsDir, a.file))));
  const allAuthorIds = new Set(tree.authors.map((a) => entryId(path.relative(tree.authorsDir, a.file))));

  const permalinks = new Map<string, string>();
  for (const { file, data } of articles) {
    const href = withBase(options.base, data.permalink);
    const first = permalinks.get(href);
    if (first)
      problems.push(
        `${file}: slug and published give the permalink ${href}, which ${first} already has; change one slug`,
      );
    else permalinks.set(href, file);
  }
  const site = { language: options.language ?? 'en', languages: options.languages ?? [] };
  problems.push(
    ...checkTaxonomy(
      articles.map(({ file, data }) => ({ file, section: data.section, tags: data.tags, lang: data.lang })),
      site,
    ),
  );
  problems.push(
    ...checkAliases(
      articles.map(({ file, data }) => ({
        file,
        aliases: data.aliases,
        permalink: data.permalink,
        section: data.section,
      })),
      site.language,
    ),
  );

  problems.push(...checkTranslations(articles, options.language ?? 'en'));

  const siteOrigin = new URL(options.site).origin;
  for (const { file, data, related } of articles) {
    // The aside links where the list does; a line missing from `related` would be a story the list never shows.
    const listed = new Set(data.related.map((link) => canonicalKey(link.url)));
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
    const byline = data.author;
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
    data.related.forEach((link, i) => {
      const url = new URL(link.url);
      if (url.origin === siteOrigin && !permalinks.has(samePath(url.pathname))) {
        problems.push(
          `${file}: related[${i}].url "${link.url}" points to this site, but no article has the permalink ${url.pathname}`,
        );
      }
    });
  }
  if (tree.live)
    problems.push(...checkLive(tree.live, articles, { all: allAuthorIds, valid: authorIds, dir: tree.authorsDir }));
  return problems;
}

/** A path as withBase encodes it, whatever the case of its escapes ("%d8%a7" is "%D8%A7") or whether they are there. */
function samePath(pathname: string): string {
  try {
    return encodePath(decodeURIComponent(pathname));
  } catch {
    return pathname;
  }
}
