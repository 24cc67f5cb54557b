import fs from 'node:fs';
import path from 'node:path';
import { load as loadYaml } from 'js-yaml';
import { parseOffsetDateTime } from './dates.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { articlePath } from './permalink.ts';
import { buildInternalIndex, type InternalIndex } from './related.ts';
import { withBase } from './url.ts';

/** What config-time code (before the content layer runs) needs to know about an article. */
export type ArticleHead = { sourceUrl?: string; href: string; published: Date; lastModified: Date; republished: boolean };

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
      const published = typeof data?.published === 'string' ? parseOffsetDateTime(data.published) : undefined;
      const updated = typeof data?.updated === 'string' ? parseOffsetDateTime(data.updated) : undefined;
      if (!published || typeof published === 'string') continue;
      if (data.draft === true || typeof data.slug !== 'string' || typeof data.timeZone !== 'string') continue;
      found.push({
        sourceUrl: typeof sourceUrl === 'string' ? sourceUrl : undefined,
        href: withBase(base, articlePath({ published: published.date, timeZone: data.timeZone, slug: data.slug })),
        published: published.date,
        lastModified: updated && typeof updated !== 'string' ? updated.date : published.date,
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
