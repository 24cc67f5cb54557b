/**
 * The archive's test newsroom, generated at test time (never committed): the
 * benchmark's synthetic corpus (bench/lib/corpus.ts: eight sections, forty tags,
 * eight authors, ten years) plus the edge cases an archive must get right.
 */
import fs from 'node:fs';
import path from 'node:path';
import { makeImage } from '../../bench/build-scale.ts';
import { syntheticArticle, writeCorpus } from '../../bench/lib/corpus.ts';
import { FIXTURE_TMP } from './build-fixture.ts';

/** Synthetic stories; enough for the front page and the big sections to run to several pages. */
export const ARCHIVE_STORIES = 240;
/** One story in eight has a picture, so the front page shows thumbnails in each of its parts. */
const IMAGE_EVERY = 8;

/** Story i's entry id (its file under articles/, without ".md") and permalink, as the corpus writes it. */
export function archiveStory(i: number): { id: string; href: string } {
  const { file, markdown } = syntheticArticle(i, ARCHIVE_STORIES, IMAGE_EVERY);
  const [, y, m, d] = /^published: "(\d{4})-(\d{2})-(\d{2})T/m.exec(markdown)!;
  const slug = /^slug: (.+)$/m.exec(markdown)![1];
  return { id: file.replace(/^articles\//, '').replace(/\.md$/, ''), href: `/${y}/${m}/${d}/${slug}/` };
}

/**
 * The editors' pins at the fixture's clock (2026-11-01T00:00Z): an older story with a picture leads until the next
 * morning, a pin that lapsed the evening before is ignored, and a pin with no end follows the lead.
 */
export const PINS = { lead: archiveStory(16), lapsed: archiveStory(5), second: archiveStory(3) };
const FRONT_YAML = `pins:
  - story: ${PINS.lead.id}
    until: "2026-11-02T06:00:00+01:00"
  - story: ${PINS.lapsed.id}
    until: "2026-10-31T18:00:00+01:00"
  - story: ${PINS.second.id}
`;

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

/**
 * A month busier than one listing page: March 2020 runs to five pages, so its later pages must be linked from the
 * year's page for every story to stay three clicks from the front page (front page, year, the month's page, story).
 * Its stories have no tags, so no "On the same topics" link leads a crawler to them some other way, and they are
 * enough to run the year's, the section's and the author's lists past what their page numbers show from page 1.
 */
export const BUSY_MONTH = { href: '/2020/03/', stories: 90 };

function writeBusyMonth(dir: string): void {
  const articles = path.join(dir, 'articles', 'busy-month');
  fs.mkdirSync(articles, { recursive: true });
  for (let i = 1; i <= BUSY_MONTH.stories; i++) {
    const n = String(i).padStart(2, '0');
    const day = String(1 + ((i * 7) % 28)).padStart(2, '0');
    const hour = String(6 + (i % 14)).padStart(2, '0');
    fs.writeFileSync(
      path.join(articles, `story-${n}.md`),
      extra(
        `busy-month-${n}`,
        `published: "2020-03-${day}T${hour}:${String(i % 60).padStart(2, '0')}:00Z"\nsection: World`,
      ),
    );
  }
}

/** A new folder for a corpus, beside the fixture builds; the caller removes it. */
function corpusDir(): string {
  fs.mkdirSync(FIXTURE_TMP, { recursive: true });
  return fs.mkdtempSync(path.join(FIXTURE_TMP, 'archive-corpus-'));
}

/** Writes the archive's content tree into `dir` (by default a new folder the caller removes) and returns it. */
export async function writeArchiveFixture(dir = corpusDir()): Promise<string> {
  fs.mkdirSync(dir, { recursive: true });
  await writeCorpus(dir, ARCHIVE_STORIES, IMAGE_EVERY, makeImage);
  fs.writeFileSync(path.join(dir, 'front.yaml'), FRONT_YAML);
  const articles = path.join(dir, 'articles', 'edge');
  fs.mkdirSync(articles, { recursive: true });
  fs.writeFileSync(
    path.join(articles, 'lone.md'),
    extra('lone-story', 'published: "2024-12-30T12:00:00Z"\nsection: Obituaries\ntags: [Lone Tag]'),
  );
  fs.writeFileSync(
    path.join(articles, 'draft.md'),
    extra(
      'draft-story',
      'published: "2024-06-01T12:00:00Z"\nsection: Investigations\ntags: [Embargoed Topic]\ndraft: true',
    ),
  );
  fs.writeFileSync(
    path.join(articles, 'scheduled.md'),
    extra('scheduled-story', 'published: "2027-01-01T12:00:00Z"\nsection: World\ntags: [Tomorrow]'),
  );
  fs.writeFileSync(path.join(dir, 'authors', 'ivo-idle.yaml'), 'name: Ivo Idle\n');
  writeBusyMonth(dir);
  return dir;
}
