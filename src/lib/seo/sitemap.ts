/**
 * What the sitemap lists and when each page last changed: every published page
 * but the 404 page and the editors' desk, republished stories included. The sitemap is how crawlers and
 * archives discover every permalink; whether a page may be indexed is the page's
 * own robots meta (see robotsFor in page-meta.ts), which search engines obey
 * over a sitemap listing.
 */
import { isNewsSitemapStory, newsTags } from '../archive/news-sitemap.ts';
import { isPublished, type Publication } from '../content/publication.ts';
import type { StoryRecord } from '../content/reader.ts';
import type { Story } from '../content/schema/story.ts';
import { language } from '../i18n/language.ts';
import { withBase } from '../site/url.ts';
import { DESK_PAGE } from '../desk/page.ts';
import { liveModified } from '../live/coverage.ts';
import { absoluteUrl } from '../site/url.ts';

export type SitemapItem = { url: string; lastmod?: string | Date; links?: { url: string; lang: string }[] };

/**
 * `publication` is the build's (src/lib/content/publication.ts): a draft, a story scheduled for later or one a rule holds
 * back is not on the site, so it is not listed and cannot date the front page. `newsSite` names the site in the
 * Google News sitemap. `all` is every story's record, read when the sitemap is written, at the end of the build, not
 * when the config loads: by then the content check has refreshed the reader's cache. A story's date is its `modified`
 * time, the one the page prints (src/lib/content/schema/story.ts); a live story's is its newest update shown, for its
 * own page and every later page of its coverage (`latestUpdates`, by story id: src/lib/live/coverage.ts).
 */
export function sitemapRules(
  site: string,
  base: string,
  all: () => readonly (Pick<StoryRecord, 'story'> & { id?: string })[],
  publication: Publication,
  newsSite = { name: 'Gazette', language: 'en' },
  latestUpdates: () => ReadonlyMap<string, Date> = () => new Map(),
) {
  const { now } = publication;
  type Known = {
    byUrl: Map<string, Story>;
    held: Set<string>;
    newest: Date | undefined;
    /** Each translated story's alternates (hreflang), itself and x-default included. */
    alternates: Map<string, { url: string; lang: string }[]>;
  };
  let known: Known | undefined;
  const languageOf = (story: Story) => language(story.lang ?? newsSite.language);
  const facts = () => {
    if (known) return known;
    const byUrl = new Map<string, Story>();
    const held = new Set<string>();
    const translations = new Map<string, { url: string; story: Story }[]>();
    let newest: Date | undefined;
    const latest = latestUpdates();
    for (const { story: written, id } of all()) {
      if (!written) continue;
      const update = written.live && id !== undefined && latest.get(id);
      const story = update
        ? { ...written, modified: liveModified(written.modified, [{ id: '', published: update }]) }
        : written;
      const url = new URL(withBase(base, story.permalink), site).href;
      if (!isPublished(story, publication)) {
        held.add(url);
        continue;
      }
      byUrl.set(url, story);
      if (!newest || story.modified > newest) newest = story.modified;
      if (story.translationKey)
        translations.set(story.translationKey, [...(translations.get(story.translationKey) ?? []), { url, story }]);
    }
    known = { byUrl, held, newest, alternates: alternatesOf(translations) };
    return known;
  };
  /** As the pages' heads name them (src/data/translations.ts): x-default is the site's language, else the first. */
  const alternatesOf = (groups: Map<string, { url: string; story: Story }[]>) => {
    const alternates = new Map<string, { url: string; lang: string }[]>();
    const siteBase = language(newsSite.language).base;
    for (const group of groups.values()) {
      if (group.length < 2) continue;
      const first = [...group].sort((a, b) => a.story.published.date.getTime() - b.story.published.date.getTime())[0];
      const fallback = group.find((t) => languageOf(t.story).base === siteBase) ?? first;
      const links = [
        ...group
          .map((t) => ({ url: t.url, lang: languageOf(t.story).base }))
          .sort((a, b) => a.lang.localeCompare(b.lang)),
        { url: fallback.url, lang: 'x-default' },
      ];
      for (const t of group) alternates.set(t.url, links);
    }
    return alternates;
  };
  const front = absoluteUrl(site, base);
  const desk = absoluteUrl(site, base, DESK_PAGE);
  return {
    /** Pages Astro built, but the 404 page, the desk, and (a guard: none is built) a story held back. */
    filter(page: string): boolean {
      return !/\/404\/?$/.test(page) && page !== desk && !facts().held.has(page);
    },
    serialize<T extends SitemapItem>(item: T): T & SitemapItem {
      const { byUrl, newest, alternates } = facts();
      // A later page of live coverage ("…/<slug>/page/2/") is dated as its story.
      const coverage = /^(.*\/)page\/\d+\/$/.exec(item.url)?.[1];
      const later = coverage ? byUrl.get(coverage) : undefined;
      if (later?.live) return { ...item, lastmod: later.modified.toISOString() };
      const story = byUrl.get(item.url);
      const links = alternates.get(item.url);
      if (story) return { ...item, lastmod: story.modified.toISOString(), ...(links && { links }) };
      if (item.url === front && newest) return { ...item, lastmod: newest.toISOString() };
      return item;
    },
    /**
     * @astrojs/sitemap's chunks: a story from the last two days goes into sitemap-news-0.xml with its <news:news>
     * tags, the rest into sitemap-pages-0.xml, both listed in sitemap-index.xml. With no such story there is no
     * news file at all (the sitemap package opens a file only for its first entry).
     */
    chunks: {
      news<T extends SitemapItem>(item: T) {
        const story = facts().byUrl.get(item.url);
        if (!story) return undefined;
        const candidate = { headline: story.headline, published: story.published.date, republished: !!story.source };
        // Google's code for the story's own language ("zh-cn" for Simplified Chinese), not the site's.
        const newsLanguage = languageOf(story).newsLanguage;
        return isNewsSitemapStory(candidate, now)
          ? { ...item, news: newsTags(candidate, { name: newsSite.name, language: newsLanguage }) }
          : undefined;
      },
    },
  };
}
