/**
 * A generated newsroom for the search tests: a few dozen made-up stories (the
 * benchmark's filler text, bench/lib/corpus.ts) over three years and five
 * sections, with two planted words whose only occurrence is known. Written at
 * test time under node_modules/.cache, never committed.
 */
import fs from 'node:fs';
import path from 'node:path';
// The generator bylines story i with AUTHORS[i % AUTHORS.length], so every one of them needs a file.
import { AUTHORS, authorYaml, syntheticArticle } from '../../bench/lib/corpus.ts';
import { FIXTURE_TMP } from './build-fixture.ts';

export const SEARCH_CORPUS_SIZE = 36;
/** Stories per search bundle: 36 stories make eight bundles, so each search merges them. */
export const SEARCH_BUNDLE_STORIES = 8;
/** Appears once, in the body of story BODY_WORD_STORY, and nowhere else. */
export const BODY_WORD = 'quillwort';
export const BODY_WORD_STORY = 17;
/** Appears only in the headline of story HEADLINE_WORD_STORY. */
export const HEADLINE_WORD = 'Kestrelbay';
export const HEADLINE_WORD_STORY = 23;
export const HEADLINE = `Ferry Crews Walk Out at Kestrelbay Harbour`;
/** Appears in the body of every fourth story (1, 5, 9 …), which the search index's bundles share out between them. */
export const SPREAD_WORD = 'tidewrack';
export const SPREAD_STORIES = Array.from({ length: SEARCH_CORPUS_SIZE }, (_, i) => i).filter((i) => i % 4 === 1);

// Beside the preview port, so engineers sharing a machine do not collide.
export const SEARCH_CORPUS_DIR = path.join(FIXTURE_TMP, `search-corpus-${process.env.PREVIEW_PORT || 4329}`);
export const searchCorpusDist = path.join(SEARCH_CORPUS_DIR, 'dist');

/** Story i's publication instant: spread over 2013-2015 so the year filter has something to do. */
export const publishedOf = (i: number) => new Date(Date.UTC(2013 + (i % 3), i % 12, 1 + (i % 28), 12));

export function writeSearchCorpus(dir: string): void {
  for (const id of AUTHORS) {
    fs.mkdirSync(path.join(dir, 'authors'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'authors', `${id}.yaml`), authorYaml(id));
  }
  for (let i = 0; i < SEARCH_CORPUS_SIZE; i++) {
    const story = syntheticArticle(i, SEARCH_CORPUS_SIZE, 0, 16);
    let markdown = story.markdown.replace(
      /^published: .*$/m,
      `published: "${publishedOf(i).toISOString().replace('.000Z', 'Z')}"`,
    );
    if (i === HEADLINE_WORD_STORY)
      markdown = markdown.replace(/^headline: .*$/m, `headline: ${JSON.stringify(HEADLINE)}`);
    if (SPREAD_STORIES.includes(i)) markdown = `${markdown}\nThe ${SPREAD_WORD} lay along the shore.\n`;
    if (i === BODY_WORD_STORY)
      markdown = `${markdown}\nDivers said the ${BODY_WORD} beds in the bay had not recovered.\n`;
    fs.mkdirSync(path.dirname(path.join(dir, story.file)), { recursive: true });
    fs.writeFileSync(path.join(dir, story.file), markdown);
  }
}

/** A story's frontmatter field, as generated: what the page must show. */
export function corpusField(dir: string, i: number, field: 'headline' | 'section' | 'slug' | 'published'): string {
  const file = syntheticArticle(i, SEARCH_CORPUS_SIZE, 0, 16).file;
  const line = fs.readFileSync(path.join(dir, file), 'utf8').match(new RegExp(`^${field}: (.*)$`, 'm'))?.[1] ?? '';
  return line.startsWith('"') ? JSON.parse(line) : line;
}
