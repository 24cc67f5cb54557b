/**
 * An import from start to finish: plan (first pass), write every story to a staging folder (second pass), run the
 * content check over the tree as it would be, hold back any story the check refuses, then move the files into
 * place, leaving files edited by hand alone. Plain Node; `scripts/import.ts` is its command line.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { SlugSite } from '../archive/slug.ts';
import type { SourceFile } from '../content/reader.ts';
import { ARTICLE_EXTENSIONS, AUTHOR_EXTENSIONS, readContentFiles } from '../content/reader.ts';
import { authorFile } from './article-file.ts';
import { readExistingContent } from './existing-content.ts';
import { mediaLookup } from './media.ts';
import { planImport } from './plan/plan.ts';
import type { ReadProgress } from './source-records.ts';
import { formatReport, type ImportReport, newReport, tally } from './report.ts';
import type { ImportSource } from './source.ts';
import { commit, createStaging, decide, removeStaging, stage, unstage } from './staging.ts';
import { writeStory } from './write-story.ts';
import { siteSettings } from '../site/settings.ts';
import { importedLanguage } from './imported-language.ts';

export type ContentTree = { articles: SourceFile[]; authors: SourceFile[]; authorsDir: string };

export type ImportOptions = {
  /** Where the archive comes from: `wordpressSource(file)` (wordpress/source.ts). */
  source: ImportSource<any, any>;
  contentDir: string;
  mediaDir?: string;
  timeZone: string;
  /** The site's language and further editions (content/site.yaml): section, tag and slug names fold in the language. */
  site: SlugSite;
  dateline?: string;
  imageCredit?: string;
  republished?: { publisher: string };
  dryRun: boolean;
  force: boolean;
  /** The clock, for telling scheduled stories from published ones in the report. */
  now: Date;
  /** The content check (src/lib/content/check.ts with the real schema) over a tree; one line per problem. */
  check: (tree: ContentTree, exists: (file: string) => boolean) => string[];
  /** The options as given, for the report's header. */
  described?: string[];
  onProgress?: (pass: 'plan' | 'write', progress: ReadProgress) => void;
};

export type ImportResult = { report: ImportReport; text: string };

/** The content tree as it would be after the import: files on disk, with the staged ones in their places. */
function treeAfter(contentDir: string, staged: Map<string, { staged: string }>, kept: Set<string>): ContentTree {
  const cwd = process.cwd();
  const rel = (file: string) => path.relative(cwd, path.join(contentDir, file));
  const read = (dir: string, extensions: string[]) => {
    const onDisk = new Map(
      readContentFiles(path.join(contentDir, dir), extensions, contentDir).map((f) => [f.file, f.text]),
    );
    for (const [file, { staged: from }] of staged) {
      if (file.startsWith(`${dir}/`) && extensions.includes(path.extname(file)) && !kept.has(file))
        onDisk.set(file, fs.readFileSync(from, 'utf8'));
    }
    return [...onDisk].sort(([a], [b]) => (a < b ? -1 : 1)).map(([file, text]) => ({ file: rel(file), text }));
  };
  return {
    articles: read('articles', ARTICLE_EXTENSIONS),
    authors: read('authors', AUTHOR_EXTENSIONS),
    authorsDir: rel('authors'),
  };
}

/** Runs the import; throws ExportError for an export that cannot be read, having written nothing. */
export async function runImport(options: ImportOptions): Promise<ImportResult> {
  const { source } = options;
  const report = newReport(source.label, options.described ?? [], options.dryRun);
  const existing = readExistingContent(options.contentDir);
  const plan = await planImport(
    source,
    existing,
    {
      timeZone: options.timeZone,
      site: options.site,
      dateline: options.dateline,
      now: options.now,
      onProgress: (p) => options.onProgress?.('plan', p),
    },
    report,
  );
  // The stories' language: the export's, written on each story only when it is not the site's (content/site.yaml).
  const siteLanguage = siteSettings({ GAZETTE_CONTENT_DIR: options.contentDir }).language;
  const { lang, note } = importedLanguage(plan.site.language, siteLanguage);
  if (note) report.changes.push(note);
  const media = mediaLookup(options.mediaDir, (url) => source.mediaPath(url));
  const staging = createStaging(options.contentDir, options.dryRun);
  try {
    // Which staged files belong to which post, to hold a post back whole.
    const filesOf = new Map<string, string[]>();
    const copiesOf = new Map<string, string[]>();
    const notesOf = new Map<string, { what: string; lost: string[]; changed: string[]; unfinished: string[] }>();
    const usedAuthors = new Set<string>();
    const pass = { bodies: true, onProgress: (p: ReadProgress) => options.onProgress?.('write', p) };
    for await (const record of source.records(pass)) {
      if (record.kind !== 'post') continue;
      const story = plan.stories.get(record.id);
      if (!story) continue;
      const what = source.describe(record);
      const written = await writeStory(source, record, story, plan.attachments, media, { ...options, lang });
      story.state = written.state;
      for (const file of written.files) stage(staging, file);
      filesOf.set(
        record.id,
        written.files.map((f) => f.file),
      );
      copiesOf.set(
        record.id,
        written.files.flatMap((f) => ('copyOf' in f ? [f.copyOf] : [])),
      );
      notesOf.set(record.id, { what, lost: written.lost, changed: written.changed, unfinished: written.unfinished });
    }

    // Author files for the authors of the stories that are coming in.
    const authorFiles = () => {
      for (const file of [...staging.files.keys()].filter((f) => f.startsWith('authors/'))) unstage(staging, file);
      usedAuthors.clear();
      for (const id of plan.stories.keys())
        if (filesOf.has(id)) for (const a of plan.stories.get(id)?.authors ?? []) usedAuthors.add(a);
      for (const id of [...usedAuthors].sort()) {
        const author = plan.authors.authors.get(id);
        if (!author || (existing.authorIds.has(id) && !Object.hasOwn(existing.manifest.files, `authors/${id}.yaml`)))
          continue;
        stage(staging, {
          file: `authors/${id}.yaml`,
          text: authorFile(author.name, [`Imported from ${source.name}: the account "${author.login}"`]),
        });
      }
    };
    authorFiles();

    // The content check over the tree as it will be. A story it refuses is held back with the check's own words.
    let decisions = decide(staging, options.contentDir, existing.manifest, options.force);
    const preexisting: string[] = [];
    for (let round = 0; round < 5; round++) {
      const kept = new Set(decisions.kept);
      const exists = (file: string) => {
        const rel = path.relative(options.contentDir, path.resolve(file));
        return (staging.files.has(rel) && !kept.has(rel)) || fs.existsSync(file);
      };
      const problems = options.check(treeAfter(options.contentDir, staging.files, kept), exists);
      const refused = new Map<string, string[]>();
      preexisting.length = 0;
      // Problems start with the file as the check names it (relative to the working directory): "<file>: …".
      const idOf = new Map(
        [...filesOf].map(([id, files]) => [path.relative(process.cwd(), path.join(options.contentDir, files[0])), id]),
      );
      for (const problem of problems) {
        const id = idOf.get(problem.slice(0, problem.indexOf(': ')));
        if (id) refused.set(id, [...(refused.get(id) ?? []), problem]);
        else preexisting.push(problem);
      }
      if (refused.size === 0) break;
      for (const [id, lines] of refused) {
        for (const file of filesOf.get(id) ?? []) unstage(staging, file);
        filesOf.delete(id);
        const notes = notesOf.get(id);
        notesOf.delete(id);
        tally(report, 'posts', 'heldBack');
        report.notCarried.push(
          `${notes?.what ?? `post ${id}`}: held back: the content check refuses it: ${lines.join('; ')}`,
        );
      }
      authorFiles();
      decisions = decide(staging, options.contentDir, existing.manifest, options.force);
    }
    for (const problem of preexisting)
      report.changes.push(`the content already had this problem, not of the import's making: ${problem}`);

    // What came in.
    for (const [id, notes] of notesOf) {
      const story = plan.stories.get(id);
      if (!story) continue;
      tally(report, 'posts', 'imported');
      report.stories[story.state === 'draft' ? 'drafts' : story.state]++;
      if (story.state === 'published') report.redirects += story.aliases.length;
      if (notes.unfinished.length > 0)
        report.drafted.push(
          `${notes.what}: ${story.was} in ${source.name}, ${story.was === 'published' || story.was === 'scheduled' ? 'imported as a draft' : 'still to finish'}: ${notes.unfinished.join('; ')}`,
        );
      for (const line of notes.lost) report.notCarried.push(`${notes.what}: ${line}`);
      for (const line of notes.changed) report.changes.push(`${notes.what}: ${line}`);
    }
    tally(report, 'authors', 'imported', [...usedAuthors].length);
    tally(report, 'authors', 'skipped', [...plan.authors.authors.keys()].filter((id) => !usedAuthors.has(id)).length);
    // An attachment came in when a story that came in shows its file, as its main image or in its text.
    const copied = new Set([...copiesOf].filter(([id]) => notesOf.has(id)).flatMap(([, sources]) => sources));
    let usedAttachments = 0;
    for (const attachment of plan.attachments.values()) {
      const found = await media.find(attachment.url);
      if ('file' in found && copied.has(found.file)) usedAttachments++;
    }
    tally(report, 'attachments', 'imported', usedAttachments);
    tally(report, 'attachments', 'skipped', plan.attachments.size - usedAttachments);

    report.files = {
      written: decisions.write,
      unchanged: decisions.unchanged.length,
      kept: decisions.kept,
      overwritten: decisions.overwritten,
    };
    if (!options.dryRun) commit(staging, options.contentDir, decisions, existing.manifest);
    return { report, text: formatReport(report) };
  } finally {
    removeStaging(staging);
  }
}
