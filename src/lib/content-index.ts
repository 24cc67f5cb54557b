import fs from 'node:fs';
import path from 'node:path';
import { load as loadYaml } from 'js-yaml';
import { parseOffsetDateTime } from './dates.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { articlePath } from './permalink.ts';
import { buildInternalIndex, type InternalIndex } from './related.ts';
import { modifiedAt } from './trust/updates.ts';
import { withBase } from './url.ts';

/** What config-time code (before the content layer runs) needs to know about an article. */
export type ArticleHead = {
  sourceUrl?: string;
  href: string;
  headline: string;
  published: Date;
  /** The later of `updated` and the latest correction (src/lib/trust/updates.ts). */
  lastModified: Date;
  republished: boolean;
};

/** Dates the schema accepts; anything else is left for the schema to report. */
function dateOf(value: unknown): Date | undefined {
  const parsed = typeof value === 'string' ? parseOffsetDateTime(value) : undefined;
  return parsed && typeof parsed !== 'string' ? parsed.date : undefined;
}

/**
 * Every published article's frontmatter essentials, read straight from the
 * files. Entries that fail to parse are skipped here; the schema reports them properly.
 */
export function readArticleHeads(articlesDir: string, base: string): ArticleHead[] {
  if (!fs.existsSync(articlesDir)) return [];
  const found: ArticleHead[] = [];
  for (const file of fs.readdirSync(articlesDir, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.md') || path.basename(file).startsWith('_')) continue;
    const text = fs.readFileSync(path.join(articlesDir, file), 'utf8');
    const parts = splitFrontmatter(text);
    if (!parts) continue;
    try {
      const data = loadYaml(parts.yaml) as Record<string, any>;
      const sourceUrl = data?.source?.url;
      const published = dateOf(data?.published);
      if (!published) continue;
      const corrections = (Array.isArray(data.corrections) ? data.corrections : []).flatMap((c: any) => {
        const date = dateOf(c?.date);
        return date ? [{ date }] : [];
      });
      if (data.draft === true || typeof data.slug !== 'string' || typeof data.timeZone !== 'string') continue;
      found.push({
        sourceUrl: typeof sourceUrl === 'string' ? sourceUrl : undefined,
        href: withBase(base, articlePath({ published, timeZone: data.timeZone, slug: data.slug })),
        headline: typeof data.headline === 'string' ? data.headline : '',
        published,
        lastModified: modifiedAt(published, dateOf(data.updated), corrections),
        republished: typeof sourceUrl === 'string',
      });
    } catch {
      continue;
    }
  }
  return found;
}

/**
 * Original URL to Gazette URL for every article in the content tree, so the
 * remark plugin can link inline "Related:" lines to our own copies.
 *
 * Only stories already published at `now` (the build's clock) are linked: a
 * scheduled story has no page yet, and its slug is not to leak before it does.
 *
 * The index is passed to the plugin as options, which makes it part of Astro's
 * config digest: when it changes, the content cache is cleared and every body is
 * rendered again, so an old article's links follow a newly added one.
 */
export function readInternalIndex(articlesDir: string, base: string, now: Date): InternalIndex {
  return buildInternalIndex(readArticleHeads(articlesDir, base).filter((a) => a.sourceUrl && a.published <= now));
}
