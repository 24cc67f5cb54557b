/**
 * The archive's test newsroom, generated at test time (never committed): the
 * benchmark's synthetic corpus (bench/lib/corpus.ts: eight sections, forty tags,
 * eight authors, ten years) plus the edge cases an archive must get right.
 */
import fs from 'node:fs';
import path from 'node:path';
import { makeImage } from '../../bench/build-scale.ts';
import { writeCorpus } from '../../bench/lib/corpus.ts';
import { FIXTURE_TMP } from './build-fixture.ts';

/** Synthetic stories; enough for the front page and the big sections to run to several pages. */
export const ARCHIVE_STORIES = 240;

const extra = (slug: string, fields: string) =>
  [
    '---',
    `headline: "Edge case: ${slug}"`,
    'standfirst: A story written for the archive tests.',
    `slug: ${slug}`,
    'author: ada-okafor',
    'timeZone: UTC',
    'dateline: Bamako, ML',
    fields.trim(),
    '---',
    '',
    'A paragraph.',
    '',
  ].join('\n');

/** Edge cases: one story alone in its section and tag, a draft and a scheduled story whose tags must get no page, an author with no stories. */
export const EDGE = {
  lone: { href: '/2024/12/30/lone-story/', section: '/obituaries/', tag: '/tags/lone-tag/' },
  emptyTags: ['/tags/embargoed-topic/', '/tags/tomorrow/'],
  emptySections: ['/investigations/'],
  idleAuthor: '/authors/ivo-idle/',
};

export async function writeArchiveFixture(): Promise<string> {
  fs.mkdirSync(FIXTURE_TMP, { recursive: true });
  const dir = fs.mkdtempSync(path.join(FIXTURE_TMP, 'archive-corpus-'));
  // One image in 80: the newest story (the front page's lead) has one.
  await writeCorpus(dir, ARCHIVE_STORIES, 80, makeImage);
  const articles = path.join(dir, 'articles', 'edge');
  fs.mkdirSync(articles, { recursive: true });
  fs.writeFileSync(path.join(articles, 'lone.md'), extra('lone-story', 'published: "2024-12-30T12:00:00Z"\nsection: Obituaries\ntags: [Lone Tag]'));
  fs.writeFileSync(
    path.join(articles, 'draft.md'),
    extra('draft-story', 'published: "2024-06-01T12:00:00Z"\nsection: Investigations\ntags: [Embargoed Topic]\ndraft: true'),
  );
  fs.writeFileSync(path.join(articles, 'scheduled.md'), extra('scheduled-story', 'published: "2027-01-01T12:00:00Z"\nsection: World\ntags: [Tomorrow]'));
  fs.writeFileSync(path.join(dir, 'authors', 'ivo-idle.yaml'), 'name: Ivo Idle\n');
  return dir;
}
